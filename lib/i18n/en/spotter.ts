import { spotMarkText } from './spot-marks';

/**
 * Interface text of the live red-flag exercise (the Spotter), English. What only follows a check (./spotter-result.ts),
 * what the server alone writes (the parts' neutral names, ./spotter-parts.ts; the no-JavaScript version,
 * ./spotter-fallback.ts) and a marked part's words (./spot-marks.ts) are catalogues of their own, so a page that
 * runs the Spotter ships only the words it shows while marking (issue 13).
 */
export const spotterText = {
  ...spotMarkText,
  defaultTitle: 'Red-flag exercise',
  defaultPrompt: 'Look closely. Mark every part that is a red flag, or say it looks safe if nothing is wrong.',
  howTo: 'Select a part to mark it as a red flag; select it again to unmark it.',
  viewLabel: 'How to mark',
  viewPicture: 'Mark on the example',
  viewList: 'Mark from a list',
  listLegend: 'Parts of the example: tick each red flag',
  markedCount: '{count, plural, =0 {Nothing marked yet.} one {# part marked.} other {# parts marked.}}',
  check: 'Check my red flags',
  looksSafe: 'It looks safe',
  reveal: 'Show all red flags',
  tryAgain: 'Try again',
  markFirst: 'Mark at least one part first, or choose "It looks safe".',
  revealed: 'Here is every red flag, and why the other parts are normal.',
  verdicts: {
    'all-found': 'Well spotted: you found every red flag.',
    safe: 'Right: this one looks safe.',
    partly: 'Partly right.',
    'wrong-parts': 'Right to be wary, but the red flags are elsewhere.',
    'missed-scam': 'This one is a scam. Here is what gives it away.',
    'over-cautious': 'Being careful is good, but this one is genuine.',
  },
  partlyDetail:
    'You found {found} of {total} red flags{falseAlarms, plural, =0 {.} one { and marked # normal part.} other { and marked # normal parts.}}',
} as const;
