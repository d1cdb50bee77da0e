/** Interface text for the certificate feature, English. */
export const certificateText = {
  title: 'Your certificate',
  description: 'Print a certificate after passing the Scamwise final exam.',
  loading: 'Checking your saved results…',
  notYet: 'Your certificate appears here once you pass the final exam.',
  goToExam: 'Go to the final exam',
  nameLabel: 'Your name, as it should appear on the certificate',
  nameHint: 'Kept only in this browser, so it is still here next time you print. Nothing is sent anywhere.',
  print: 'Print or save as PDF',
  heading: 'Certificate of completion',
  awardedTo: 'This certifies that',
  namePlaceholder: 'Your name',
  completed: 'completed the Scamwise course',
  courseName: 'Shop on AliExpress without getting scammed',
  passedWith: 'and passed the final exam with {percent}%.',
  date: 'Date',
  note: 'Scamwise is a free course. This certificate records your own result in this browser; it is not a qualification.',
} as const;
