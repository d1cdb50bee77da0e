/** Interface text for the "where to report a scam" block and the lesson checklist, English. */
export const reportText = {
  title: 'Where to report a scam',
  countryLabel: 'Where do you live?',
  countryHelp: 'We guessed from your browser’s language. Your choice is kept only in this browser.',
  phone: 'Phone: {phone}',
  email: 'Email: {email}',
  reviewed: 'Addresses checked on {date}. Type them yourself, or use these links: never a link from a message.',
  noJsAll: 'Find your country below.',
  checklistPrint: 'Print this checklist',
  checklistTicked: '{done} of {total} ticked',
  checklistExam: 'Ready? Take the final exam',
  checklistBlanks: 'Fill these in by hand, then keep the page with your cards.',
} as const;
