/**
 * The publisher tool's own words (choices, snippet, preview, event console, copy buttons): the part of /publishers/
 * that runs in the browser. Apart from the page's server-rendered text (publishers.ts) so the tool's bundle carries
 * only these (issue 13).
 */
export const publisherToolText = {
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
  copied: 'Copied. Now paste it into your page.',
  copyFailed: 'Your browser did not let us copy. Select the text and copy it yourself.',
  previewTitle: '3. Preview',
  previewHelp:
    "This is the embed as your readers will see it, at the snippet's starting height. On your page the script makes the frame exactly as tall as the lesson, so there is nothing to scroll inside it.",
  consoleTitle: 'Events from the preview',
  consoleHelp:
    'What your page would receive from the preview above, as it happens. Answer a question in it to see one.',
  consoleEmpty: 'Nothing yet.',
  eventDetail: 'event.detail',
} as const;
