/** The explanations after a red-flag exercise is checked or revealed, English (components/spotter/spotter-result.tsx). */
export const spotterResultText = {
  groups: {
    found: 'Red flags you found',
    missed: 'Red flags you missed',
    falseAlarms: 'Parts you marked that are normal here',
    overCaution: 'Why the parts you marked are normal here',
    whySafe: 'Why this one looks safe',
    flags: 'The red flags',
    fine: 'Parts that are normal here',
  },
  overCautionNote:
    'Checking twice is a good habit, and it costs nothing. Knowing what normal looks like helps you trust the real thing.',
} as const;
