/**
 * Every key Scamwise writes to browser storage, with its purpose in plain language. The privacy page renders this
 * list and an end-to-end test checks that nothing else is ever written (RELIABILITY PRV-2).
 */
export const storagePrefix = 'scamwise:';

export const storageKeys = {
  progress: `${storagePrefix}progress`,
  theme: `${storagePrefix}theme`,
} as const;

export const storedItems = [
  {
    key: storageKeys.progress,
    purpose:
      'Your course progress: which lessons you have opened, the options you chose in each quiz and whether they were right. It lets you carry on where you left off.',
    keptUntil: 'You press "Reset my progress" or clear your browser data.',
  },
  {
    key: storageKeys.theme,
    purpose: 'Your choice of light or dark colours, if you changed it from your device setting.',
    keptUntil: 'You choose "Match my device" again, press "Reset my progress" or clear your browser data.',
  },
  {
    key: `${storageKeys.progress}.corrupt-…`,
    purpose:
      'Only if your saved progress was ever damaged: an untouched copy of it, kept so that nothing is thrown away without you knowing.',
    keptUntil: 'You press "Reset my progress" or clear your browser data.',
  },
] as const;
