/** Interface text for the storage feature, English. */
export const storageText = {
  memory:
    'Your browser is not letting this site save anything, so your progress will be lost when you leave this page.',
  memoryAfterError:
    'Your progress could not be saved just now (your browser storage may be blocked). We will keep trying; until then it lasts only while this page is open.',
  full: 'Your progress could not be saved just now because your browser’s storage is full. To make room, clear data from other websites in your browser’s settings, or save a progress code so nothing is lost. We keep trying; until then it lasts only while this page is open.',
  readFailed:
    'Your saved progress could not be read just now. It has not been touched: what you do on this page is kept here and saved as soon as your browser lets us read it again.',
  newer:
    'Your progress was saved by a newer version of Scamwise, so this page leaves it untouched and does not save changes. Reload the page later to get the newer version.',
  noBackup:
    'Your saved progress looks damaged and there is no room to keep a copy of it, so it is left untouched and nothing new is saved. Free some space in your browser’s settings, or save a progress code.',
  recovered:
    'We could not read your saved progress, so you are starting afresh. An untouched copy of the old data was kept in your browser.',
  partial:
    'Part of your saved progress could not be read and was left out; the rest is here. An untouched copy of the old data was kept in your browser.',
  dismiss: 'Dismiss',
  learnMore: 'About your data',
  saveCode: 'Save a progress code',
} as const;
