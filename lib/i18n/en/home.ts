/** Interface text for the home feature, English. */
export const homeText = {
  title: 'Shop on AliExpress without getting scammed',
  intro:
    'A short, free course for shoppers. Learn how AliExpress protects your money, how to pick sellers you can trust, how to pay safely and how to spot the scams that target buyers. Each lesson ends with a quick quiz.',
  outlineTitle: 'The course',
  nextStep: 'Your next step',
  step: {
    start: 'Start the course',
    continue: 'Continue where you left off',
    review: 'Review your mistakes, then retake the exam',
    exam: 'Take the final exam',
    certificate: 'Get your certificate',
  },
  lessonLine: 'Lesson {order}: {title}',
  reviewWaiting: '{count, plural, one {# question waits} other {# questions wait}} in your review list',
  glanceLabel: 'Every lesson at a glance',
  glanceItem: 'Lesson {order}: {title} ({status})',
  practiceLead: 'Come back every day: one "scam or real?" question',
  practiceBody: 'A new training example each day, about a minute long. Keep your streak going.',
  progressLabel: 'Course progress',
  progress: '{done} of {total} lessons done',
  progressLoading: 'Checking…',
  minutes: '{count} min',
  lessonNumber: 'Lesson {number}',
  checkTitle: 'Check what you know',
  precheckLead: 'New here? Take the optional 8-question pre-check first',
  precheckBody:
    'It takes about 3 minutes, and it is skippable. After the final exam you will see how much you improved.',
  examLead: 'Finished the lessons? Take the final exam',
  examBody:
    '16 questions drawn from the whole course: spot the red flags, decide whether something is a scam or safe, and choose what to do. Pass with 80% to print your certificate.',
} as const;
