/** Interface text for the storage feature, English. */
export const storageText = {
  memory:
    'Your browser is not letting this site save anything, so your progress will be lost when you leave this page.',
  memoryAfterError:
    'Your progress could not be saved just now (your browser storage may be full or blocked). We will keep trying; until then it lasts only while this page is open.',
  recovered:
    'We could not read your saved progress, so you are starting afresh. An untouched copy of the old data was kept in your browser.',
  dismiss: 'Dismiss',
  learnMore: 'About your data',
} as const;
