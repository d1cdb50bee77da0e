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
