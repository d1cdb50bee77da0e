/**
 * Interface text for the lesson page that only the server renders, English. What the page's scripts say in the
 * browser is in ./lesson-progress, so these strings never ship in a lesson's JavaScript.
 */
export const lessonText = {
  readingTime: '{minutes} minute read',
  objectivesTitle: 'In this lesson you will learn',
  tocTitle: 'On this page',
  lastReviewed: 'Facts last checked',
  sourcesTitle: 'Sources',
  sourcesCount: '({count, plural, one {# page} other {# pages}})',
  previous: 'Previous lesson',
  next: 'Next lesson',
  backToCourse: 'Back to the course',
  printSummaryNote: 'The full course, with sources for every point, is at {url}',
  precheckOffer:
    'Before you start: want to see how much you learn? Take the optional 8-question pre-check, or skip it and read on.',
  precheckLink: 'Take the pre-check',
  privacyLink: 'How we store your progress',
  keyTakeaways: 'Key takeaways',
  figureOpen: 'Picture',
  calloutLabels: { tip: 'Tip', warning: 'Warning', note: 'Note' },
} as const;
