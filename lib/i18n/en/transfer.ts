/** Interface text for saving and restoring progress with a code (RELIABILITY STO-9), English. The page's prose is
 * content/pages/progress.mdx. */
export const transferText = {
  loading: 'Getting ready…',
  saveButton: 'Save my progress',
  codeLabel: 'Your progress code',
  codeLength: '{count} characters. It changes as you make more progress, so save a new one later.',
  copy: 'Copy the code',
  copied: 'Copied.',
  copyFailed: 'Your browser did not let us copy. Select the code and copy it yourself.',
  download: 'Download as a file',
  fileName: 'scamwise-progress.txt',
  restoreHelp:
    'Restoring adds the saved progress to what this browser already has. Nothing here is removed: where both have an answer to the same question, the answer in this browser is kept.',
  restoreLabel: 'Progress code',
  fileLabel: 'Or choose a saved file',
  check: 'Check this code',
  fromLink: 'This link carries a progress code.',
  confirmTitle: 'Add this progress to this browser?',
  summary: 'In the code: lessons opened: {lessons}; quiz answers: {answers}; exam attempts: {attempts}.',
  summaryPassed: 'It includes an exam pass on {day}.',
  confirm: 'Add it to my progress',
  cancel: 'Cancel',
  restored: 'Done: this browser now has the progress from the code as well as its own.',
  cancelled: 'Nothing was changed.',
  toCourse: 'Go to the course',
  errors: {
    empty: 'Paste a progress code first, or choose a saved file.',
    malformed:
      'This is not a Scamwise progress code. Check that you copied all of it, from “SW” to the last character. Nothing was changed.',
    tampered:
      'This code has been changed or is incomplete, so it cannot be trusted. Copy it again from where you saved it. Nothing was changed.',
    newer:
      'This code was made by a newer version of Scamwise. Reload the page to get the newest version, then try again. Nothing was changed.',
  },
  privacyLink: 'Save or restore your progress with a code',
} as const;
