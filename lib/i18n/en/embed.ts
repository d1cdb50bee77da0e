/** The framable pages under /embed/ (RELIABILITY §1). */
export const embedText = {
  openFullCourse: 'Open the full course',
  newTab: '(opens in a new tab)',
  /** Used both as the embed page's <title> and as the snippet's iframe title, so they match (EMB-1). */
  frameTitle: 'Interactive lesson: {title} (Scamwise)',
  examFrameTitle: 'Final exam (Scamwise)',
  exerciseFrameTitle: 'Exercise: {title} (Scamwise)',
  exerciseFrom: 'From the lesson “{title}”: read it all',
  examTitle: 'Final exam',
  storageNotice:
    "Progress won't be kept here: your browser does not let lessons embedded in other websites save anything, so your answers will be lost when you leave this page.",
  keepProgressLesson: 'Open the lesson in a new tab to keep your progress',
  keepProgressCourse: 'Open the course in a new tab to keep your progress',
  startLesson: 'Start the lesson',
  backToExam: 'Back to the exam',
  credit: 'From Scamwise, a free course on shopping safely on AliExpress. Text and pictures under CC BY 4.0.',
} as const;
