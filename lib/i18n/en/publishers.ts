/** The publisher page: /publishers/ (RELIABILITY §1.3, EMB-1, EMB-7, EMB-9, STO-8, PRV-4). */
export const publishersText = {
  chooseTitle: '1. Choose what to embed',
  whatLabel: 'Lesson or exam',
  lessonOption: 'Lesson {order}: {title}',
  examOption: 'The final exam',
  exercisesGroup: 'A single exercise',
  themeLegend: 'Colours',
  themes: { system: "Match the reader's device", light: 'Light', dark: 'Dark' },
  accentLegend: 'Accent colour',
  accents: { blue: 'Blue', teal: 'Teal', purple: 'Purple', pink: 'Pink', orange: 'Orange' },
  snippetTitle: '2. Copy the snippet',
  snippetHelp: "Paste it into your page's HTML. With several embeds on one page, the script line is needed only once.",
  snippetLabel: 'Embed snippet',
  copySnippet: 'Copy the snippet',
  copyExample: 'Copy the example',
  pasteTitle: 'Or paste a link (WordPress, Ghost, Drupal)',
  pasteHelp:
    'Many site builders strip iframes and scripts from posts. Paste this address on a line of its own instead: they find the embed themselves (oEmbed). See the steps for each below.',
  pasteLabel: 'Address to paste',
  copyLink: 'Copy the link',
  pasteNoExercise:
    'A single exercise has no page of its own to paste. Use the snippet above (in WordPress, a Custom HTML block, which needs an administrator).',
  previewTitle: '3. Preview',
  previewHelp:
    "This is the embed as your readers will see it, at the snippet's starting height. On your page the script makes the frame exactly as tall as the lesson, so there is nothing to scroll inside it.",
  consoleTitle: 'Events from the preview',
  consoleHelp:
    'What your page would receive from the preview above, as it happens. Answer a question in it to see one.',
  consoleEmpty: 'Nothing yet.',
  cmsTitle: 'WordPress, Ghost and Drupal',
  cms: [
    [
      'WordPress',
      [
        'Copy the address from "Or paste a link" above.',
        'In the block editor, paste it on an empty line of its own. WordPress turns it into an Embed block; publish as usual.',
        'WordPress shows embeds from other sites in a box at most 1,000 px tall that cannot keep progress, so lessons appear as a short card with a button that opens the lesson. The exam runs inside the box and scrolls.',
        'For the whole lesson in your page, an administrator can paste the HTML snippet into a Custom HTML block instead.',
      ],
    ],
    [
      'Ghost',
      [
        'In the editor, type / and choose "Other…" (or paste the address on an empty line).',
        'Paste the address. Ghost reads our oEmbed response and embeds the lesson with its script, so the frame fits the lesson.',
        'Or use an HTML card with the snippet.',
      ],
    ],
    [
      'Drupal',
      [
        'Easiest: a text format that allows iframes and scripts (for example Full HTML), with the snippet pasted in Source mode.',
        'For media embeds: the core Media module accepts only providers it knows. Add one with the contributed oEmbed Providers module, for our site, with discovery on, then add the lesson address as a Remote video or a custom oEmbed media item.',
      ],
    ],
  ] as const,
  scormTitle: 'For your learning platform (SCORM)',
  scormIntro:
    'Schools, libraries and employers can add lessons and the exam to Moodle, Canvas, TalentLMS or any platform that takes SCORM 1.2. Each package is a small zip that shows the lesson from our site and reports to your platform: a lesson as completed once every question is answered, the exam as passed or failed with its score.',
  scormDownloadsTitle: 'Downloads',
  scormLesson: 'Lesson {order}: {title}',
  scormExam: 'The final exam',
  scormFormat: '(SCORM 1.2, zip)',
  scormMoodleTitle: 'In Moodle',
  scormMoodle: [
    'Download the package. Do not unzip it.',
    'In your course, turn editing on and choose "Add an activity or resource", then "SCORM package".',
    'Give it a name, and drop the zip into "Package file".',
    'Under "Grade", for the exam choose "Highest grade"; under "Compatibility settings", leave "Force completed" off.',
    'Save and display. Learners need to reach our site, as the lesson is shown from it.',
  ],
  scormNote:
    "Results come from the learner's browser, so treat them like the events above: fine for tracking progress, not proof for a qualification.",
  eventDetail: 'event.detail',
  eventsExampleLabel: 'Example: listening for events',
  eventsExample: `// Runs on your page, after the snippet.
document.addEventListener('scamwise:lesson-completed', (event) => {
console.log('A reader finished', event.detail.lessonId);
});
document.addEventListener('scamwise:exam-scored', (event) => {
console.log('Exam score', event.detail.score, 'passed:', event.detail.passed);
});`,
} as const;
