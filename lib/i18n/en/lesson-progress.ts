/** What a lesson page says from its scripts in the browser (progress bar, completion, islands), English. */
export const lessonProgressText = {
  doneNotice: 'Lesson complete: you have answered every question.',
  checksLabel: 'Questions in this lesson',
  checksValue: '{answered} of {total} answered',
  checksLoading: 'Checking…',
  /** Said when a lesson's exercise is used before its code has arrived; what was done is applied then. */
  islandGettingReady: 'Getting ready…',
} as const;
