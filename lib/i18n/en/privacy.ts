/** Interface text for the privacy feature, English. */
export const privacyText = {
  title: 'How we store your progress',
  intro:
    'Scamwise has no accounts and no server of its own that collects anything. Your progress is kept only in this browser, on this device, using its local storage. Nothing is sent to us or to anyone else, and there are no cookies, analytics or trackers.',
  keysTitle: 'What is stored',
  key: 'Storage key',
  purpose: 'What it is for',
  keptUntil: 'Kept until',
  resetTitle: 'Reset my progress',
  resetHelp:
    'This deletes everything listed above from this browser, in every open tab. It cannot be undone, so save a progress code first if you may want it back.',
  resetButton: 'Reset my progress',
  resetConfirm: 'Delete all your progress from this browser?',
  resetYes: 'Yes, delete my progress',
  resetNo: 'Keep my progress',
  resetDone: 'Your progress has been deleted from this browser.',
  resetKept: 'Nothing was deleted.',
  transfer: 'To move your progress to another browser or device, save it as a code:',
  transferLink: 'Take your progress with you',
  embedded:
    'Lessons shown inside other websites store progress in the same way, but your browser keeps it separately for each website: progress made on another site stays with that site and does not appear here. Safari may delete it after seven days without a visit.',
} as const;
