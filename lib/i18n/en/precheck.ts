/** Interface text for the precheck feature, English. */
export const precheckText = {
  title: 'Pre-check: what do you know already?',
  description: 'Eight quick questions before the course, so you can see your own progress after the final exam.',
  intro:
    'Eight questions from the main lessons, built like the final exam but never the same questions. Answer as well as you can: nobody expects you to know it all yet. At the end of the course, the final exam shows your before and after.',
  skip: 'Skip it and start the course',
  start: 'Start the pre-check',
  resultTitle: 'Your pre-check result',
  score: 'You got {right} of {total} right.',
  nextStep:
    'The lessons cover every one of these. When you have finished them, take the final exam to see your progress.',
  startCourse: 'Start the course',
  takeExam: 'Go to the final exam',
  topicRight: 'Right',
  topicWrong: 'To learn',
} as const;
