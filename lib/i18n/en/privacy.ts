/** Interface text for the privacy feature, English. The page's prose is content/pages/privacy.mdx. */
export const privacyText = {
  key: 'Storage key',
  purpose: 'What it is for',
  keptUntil: 'Kept until',
  resetButton: 'Reset my progress',
  resetConfirm: 'Delete all your progress from this browser?',
  resetYes: 'Yes, delete my progress',
  resetNo: 'Keep my progress',
  resetDone: 'Your progress has been deleted from this browser.',
  resetKept: 'Nothing was deleted.',
} as const;
