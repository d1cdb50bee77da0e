/**
 * Every piece of interface text in one module, so a second language can be added by providing another object of
 * the same shape. Lesson text lives in content/, not here.
 */
export const ui = {
  siteName: 'Scamwise',
  tagline: 'Shop on AliExpress safely and spot scams before they cost you.',
  skipToContent: 'Skip to main content',
  nav: { label: 'Main', course: 'Course', privacy: 'Your data' },
  theme: { label: 'Colours', system: 'Match my device', light: 'Light', dark: 'Dark' },
  footer: {
    licence:
      'Code under the MIT licence. Course text and pictures under CC BY 4.0: reuse them with credit to Scamwise.',
    independence: 'Scamwise is independent and not affiliated with AliExpress or Alibaba Group.',
    publishers: 'For publishers: put our lessons on your site',
  },
  home: {
    title: 'Shop on AliExpress without getting scammed',
    intro:
      'A short, free course for shoppers. Learn how AliExpress protects your money, how to pick sellers you can trust, how to pay safely and how to spot the scams that target buyers. Each lesson ends with a quick quiz.',
    outlineTitle: 'The course',
    start: 'Start the course',
    continue: 'Continue where you left off',
    review: 'Review the course',
    progressLabel: 'Course progress',
    progress: (done: number, total: number) => `${done} of ${total} lessons done`,
    progressLoading: 'Checking your saved progress…',
    minutes: (n: number) => `${n} min`,
    lessonNumber: (n: number) => `Lesson ${n}`,
  },
  status: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
    loading: 'Checking…',
  },
  lesson: {
    readingTime: (n: number) => `${n} minute read`,
    objectivesTitle: 'In this lesson you will learn',
    tocTitle: 'On this page',
    lastReviewed: 'Facts last checked',
    sourcesTitle: 'Sources',
    previous: 'Previous lesson',
    next: 'Next lesson',
    backToCourse: 'Back to the course',
    doneNotice: 'Lesson complete: you have answered every question.',
    printSummaryNote: (url: string) => `The full course, with sources for every point, is at ${url}`,
    privacyLink: 'How we store your progress',
    keyTakeaways: 'Key takeaways',
    figureOpen: 'Picture',
    calloutLabels: { tip: 'Tip', warning: 'Warning', note: 'Note' },
  },
  quiz: {
    defaultTitle: 'Quiz',
    questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
    chooseOne: 'Choose one answer.',
    chooseAll: 'Choose every answer that applies.',
    scenario: 'Scenario',
    check: 'Check my answer',
    tryAgain: 'Try this question again',
    pickFirst: 'Choose an answer first.',
    correct: 'Correct.',
    incorrect: 'Not quite.',
    partly: 'Partly right.',
    yourChoice: 'Your choice',
    rightAnswer: 'Right answer',
    missed: 'You missed this one',
    summary: (right: number, total: number) => `You got ${right} of ${total} right first time or after retrying.`,
    allAnswered: 'You have answered every question in this quiz.',
    restart: 'Start the quiz again',
    fallbackShow: 'Show the answer and explanations',
    fallbackCorrect: 'Correct',
    fallbackWrong: 'Not correct',
    fallbackIntro: 'Interactive quizzes need JavaScript. You can still read each question and reveal its answer.',
  },
  storage: {
    memory:
      'Your browser is not letting this site save anything, so your progress will be lost when you leave this page.',
    memoryAfterError:
      'Your progress could not be saved just now (your browser storage may be full or blocked). We will keep trying; until then it lasts only while this page is open.',
    recovered:
      'We could not read your saved progress, so you are starting afresh. An untouched copy of the old data was kept in your browser.',
    dismiss: 'Dismiss',
    learnMore: 'About your data',
  },
  privacy: {
    title: 'How we store your progress',
    intro:
      'Scamwise has no accounts and no server of its own that collects anything. Your progress is kept only in this browser, on this device, using its local storage. Nothing is sent to us or to anyone else, and there are no cookies, analytics or trackers.',
    keysTitle: 'What is stored',
    key: 'Storage key',
    purpose: 'What it is for',
    keptUntil: 'Kept until',
    resetTitle: 'Reset my progress',
    resetHelp: 'This deletes everything listed above from this browser. It cannot be undone.',
    resetButton: 'Reset my progress',
    resetDone: 'Your progress has been deleted from this browser.',
    embedded:
      'Lessons shown inside other websites store progress in the same way, but your browser keeps it separately for each website: progress made on another site stays with that site and does not appear here. Safari may delete it after seven days without a visit.',
  },
  /** The framable pages under /embed/ (RELIABILITY §1). */
  embed: {
    openFullCourse: 'Open the full course',
    newTab: '(opens in a new tab)',
    /** Used both as the embed page's <title> and as the snippet's iframe title, so they match (EMB-1). */
    frameTitle: (lessonTitle: string) => `Interactive lesson: ${lessonTitle} (Scamwise)`,
    examFrameTitle: 'Final exam (Scamwise)',
    examTitle: 'Final exam',
    examComingSoon:
      'The final exam is coming soon. Until then, the lessons in the full course teach everything it will ask about.',
    storageNotice:
      "Progress won't be kept here: your browser does not let lessons embedded in other websites save anything, so your answers will be lost when you leave this page.",
    keepProgressLesson: 'Open the lesson in a new tab to keep your progress',
    keepProgressCourse: 'Open the course in a new tab to keep your progress',
    credit: 'From Scamwise, a free course on shopping safely on AliExpress. Text and pictures under CC BY 4.0.',
  },
  /** The publisher page: /publishers/ (RELIABILITY §1.3, EMB-1, EMB-7, EMB-9, STO-8, PRV-4). */
  publishers: {
    title: 'Put Scamwise lessons on your site',
    description:
      'Embed any Scamwise lesson, or the final exam, in your own pages: a snippet to copy, a preview, and the events your page can use.',
    intro:
      'Any lesson, or the final exam, can sit inside your own pages, free of charge. Choose what to show and how it looks, copy the snippet, and paste it into your page where the lesson should appear. It takes about a minute.',
    chooseTitle: '1. Choose what to embed',
    whatLabel: 'Lesson or exam',
    lessonOption: (order: number, title: string) => `Lesson ${order}: ${title}`,
    examOption: 'The final exam (coming soon)',
    themeLegend: 'Colours',
    themes: { system: "Match the reader's device", light: 'Light', dark: 'Dark' },
    accentLegend: 'Accent colour',
    accents: { blue: 'Blue', teal: 'Teal', purple: 'Purple', pink: 'Pink', orange: 'Orange' },
    snippetTitle: '2. Copy the snippet',
    snippetHelp:
      "Paste it into your page's HTML. With several embeds on one page, the script line is needed only once.",
    snippetLabel: 'Embed snippet',
    copySnippet: 'Copy the snippet',
    copyExample: 'Copy the example',
    copied: 'Copied. Now paste it into your page.',
    copyFailed: 'Your browser did not let us copy. Select the text and copy it yourself.',
    previewTitle: '3. Preview',
    previewHelp:
      "This is the embed as your readers will see it, at the snippet's starting height. On your page the script makes the frame exactly as tall as the lesson, so there is nothing to scroll inside it.",
    whyTitle: 'What each part of the snippet does',
    why: [
      ['title', 'names the frame for screen reader users; it matches the title of the page inside.'],
      [
        'height and min-height',
        'reserve the space before anything loads, so your page does not jump, and keep the lesson usable if the script is blocked.',
      ],
      ['loading="lazy"', 'loads the lesson only when the reader scrolls near it.'],
      ['referrerpolicy', 'tells us only the address of your site, never the page the reader is on.'],
      [
        'sandbox',
        'stops the lesson from navigating your page or opening dialogs. It allows scripts (for the quizzes), its own storage (for progress), forms, and links that open in a new tab.',
      ],
      [
        'no allow attribute',
        'the lessons use no camera, microphone, location or other device features, so none are given.',
      ],
      [
        'the link under the frame',
        'works with no JavaScript at all, and opens the lesson where the reader can keep their progress.',
      ],
      [
        'the script',
        'fits the frame to the lesson and passes on the events below. It is our own code, about 1.3 KB, with no dependencies and no tracking. The integrity hash makes the browser refuse it if it were ever changed.',
      ],
    ],
    eventsTitle: 'Events your page can use',
    eventsIntro:
      'The script tells your page when a reader starts or finishes something, as DOM events on the iframe element. They bubble, so you can also listen on document and read event.target.',
    eventHeaders: { name: 'Event', when: 'When', detail: 'event.detail' },
    events: [
      ['scamwise:lesson-started', 'The reader opens the lesson: once each time the page loads.', '{ lessonId }'],
      ['scamwise:lesson-completed', 'The reader has answered every question in the lesson.', '{ lessonId }'],
      [
        'scamwise:exam-scored',
        'The reader finishes the final exam (once the exam is live). score is a percentage, 0–100.',
        '{ score, passed }',
      ],
    ],
    eventsExampleLabel: 'Example: listening for events',
    eventsExample: `// Runs on your page, after the snippet.
document.addEventListener('scamwise:lesson-completed', (event) => {
  // event.target is the iframe; event.detail is { lessonId: 'is-it-safe' }
  console.log('A reader finished', event.detail.lessonId);
});
document.addEventListener('scamwise:exam-scored', (event) => {
  console.log('Exam score', event.detail.score, 'passed:', event.detail.passed);
});`,
    eventsPrivacy:
      "Events carry only a lesson id, or an exam score and whether it passed: never the reader's answers, name or any identifier. If you record them, say so in your own privacy notice.",
    advisory:
      "Events are advisory. They come from the reader's browser, where anyone can fake them, so never use them to award certificates, grades, prizes or access.",
    storageTitle: 'What the embed stores',
    storage: [
      'Only the reader’s course progress, in their own browser, under the same keys as the full course. There are no cookies, no analytics and no requests to anyone but our site.',
      'Browsers keep storage for embedded pages separately for each website. Progress a reader makes on your page stays with your page: it is not shared with the full course or with other sites. Safari may delete it after seven days without a visit.',
      'Some browsers block that storage altogether. The lesson then still works and still sends events, and tells the reader that their progress won’t be kept, with a link to open the lesson in a new tab.',
      'If you drop allow-same-origin from the sandbox, the lesson works the same way without saving progress, but the browser then hides where it comes from, so the script cannot fit its height or pass on events.',
    ],
    storageLink: 'How we store your progress',
    cspTitle: 'If your site sends a Content Security Policy',
    csp: "Allow our site's address (the start of every link in the snippet) in its frame-src and script-src, or the browser will block the lesson and the script.",
    licenceTitle: 'Licence',
    licence:
      'The course text and pictures are under CC BY 4.0: you may show, share and adapt them, with credit to Scamwise (the header of the embed gives it). The host script and the rest of our code are under the MIT licence.',
  },
  accessibility: {
    title: 'Accessibility statement',
    description: 'How accessible Scamwise is, how we test it, what we know is not right yet, and how to tell us.',
    intro:
      'We want everyone to be able to use Scamwise: on a phone or a computer, with a keyboard, a screen reader, speech recognition or a screen magnifier, zoomed in up to 400 %, with or without JavaScript.',
    standardTitle: 'The standard we aim for',
    standard:
      'Scamwise aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. We think it meets that standard, with the exceptions listed below.',
    testedTitle: 'What we test on every change',
    tested: [
      'Every page, in light and dark colours, on a phone-sized and a desktop-sized screen, with the axe checker set to WCAG 2.0, 2.1 and 2.2 levels A and AA (including target size). The change is not published unless it finds nothing.',
      'Every quiz answered with the keyboard alone, with the verdict read out through a live region.',
      'Every page at 320 pixels wide without sideways scrolling.',
      'Every lesson with JavaScript turned off: the text, pictures and quiz answers are all still there.',
      'The built pages against the HTML standard.',
    ],
    limitsTitle: 'Known limitations',
    limits: [
      'Automated checks find only part of the problems people meet. We have not yet had the course tested by disabled users or with every screen reader; until we do, some problems may remain.',
      'Some lesson pictures contain small text. Every picture has a text alternative that says what it shows, and the same points are made in the lesson text.',
      'Quiz feedback uses colour together with words ("Correct.", "Your choice", "Right answer"), so colour is never the only signal.',
    ],
    reportTitle: 'Tell us about a problem',
    report:
      'If something in Scamwise does not work for you, please tell the organisation that publishes this copy of the course and say which page and what happened.',
    reportContact: 'Contact:',
    prepared: 'This statement was prepared on 25 November 2026.',
  },
  notFound: {
    title: 'Page not found',
    body: 'We could not find that page. It may have moved, or the address may be mistyped.',
    home: 'Go to the course',
  },
} as const;
