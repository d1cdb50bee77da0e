/** Interface text for the review feature, English. */
export const reviewText = {
  title: 'Review your mistakes',
  description: 'Questions you missed in the exam come back here until you have answered each one right twice in a row.',
  intro:
    'Questions you missed in the exam come back here. Each one leaves the list once you have answered it right twice in a row; a wrong answer starts its count again.',
  empty: 'Nothing to review right now.',
  emptyExam: 'Take the final exam',
  waiting: '{count, plural, one {# question is waiting.} other {# questions are waiting.}}',
  start: 'Start reviewing',
  again: 'Review the rest again',
  /** {count}: right answers in a row, 1 or 2. */
  streak:
    '{count, plural, =1 {Right once: get it right once more to clear it.} other {Right twice in a row: this one leaves your list.}}',
  reset: 'Not yet: this one stays on your list, and its count starts again.',
  next: 'Next',
  roundDone: 'That is everything for this round.',
  allDone: 'Your list is clear. Well done!',
} as const;
