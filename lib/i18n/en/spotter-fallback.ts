/** The red-flag exercise without JavaScript and on paper, English (components/spotter/spotter-fallback.tsx). */
export const spotterFallbackText = {
  intro: 'The interactive version needs JavaScript. You can still study the example and reveal its red flags.',
  show: 'Show the red flags',
  genuine: 'This one is genuine: nothing here is a red flag.',
  flag: 'Red flag',
  fine: 'Normal',
} as const;
