import { storageKeys } from './storage-keys';

/**
 * Every key Scamwise writes to browser storage, with its purpose in plain language. The privacy page renders this
 * list and an end-to-end test checks that nothing else is ever written (RELIABILITY PRV-2).
 */
export const storedItems = [
  {
    key: storageKeys.progress,
    purpose:
      'Your course progress: which lessons you have opened, the options you chose in each quiz, the parts you marked in each red-flag exercise, which pre-check and exam questions you were given and got right, the questions waiting in your review list, and the day you passed the exam. It lets you carry on where you left off.',
    keptUntil: 'You press "Reset my progress" or clear your browser data.',
  },
  {
    key: storageKeys.theme,
    purpose: 'Your choice of light or dark colours, if you changed it from your device setting.',
    keptUntil: 'You choose "Match my device" again, press "Reset my progress" or clear your browser data.',
  },
  {
    key: storageKeys.certificateName,
    purpose: 'The name you typed for your certificate, so it is still there next time you print it.',
    keptUntil: 'You clear the name box, press "Reset my progress" or clear your browser data.',
  },
  {
    key: storageKeys.reportCountry,
    purpose: 'The country you chose in "Where to report a scam", so the right reporting services show next time.',
    keptUntil: 'You press "Reset my progress" or clear your browser data.',
  },
  {
    key: storageKeys.checklist,
    purpose: 'Which boxes you ticked on the safe-shopping checklist.',
    keptUntil: 'You untick them, press "Reset my progress" or clear your browser data.',
  },
  {
    key: storageKeys.practice,
    purpose:
      'Your daily practice: how many days in a row you have practised, and the day, question and answer of your last practice, so you are not asked twice in one day.',
    keptUntil: 'You press "Reset my progress" or clear your browser data.',
  },
  {
    key: `${storageKeys.progress}.corrupt-…`,
    purpose:
      'Only if your saved progress was ever damaged: an untouched copy of it, kept so that nothing is thrown away without you knowing.',
    keptUntil: 'You press "Reset my progress" or clear your browser data.',
  },
] as const;
