/**
 * The words a marked part of a red-flag exercise shows, English: a catalogue of its own so that the part, which can
 * be a chunk of its own (components/spotter/mock/live-parts.tsx), does not carry the whole Spotter catalogue.
 */
export const spotMarkText = {
  redFlag: 'Red flag',
  outcome: { found: 'Found', missed: 'Missed', 'false-alarm': 'Not a red flag', flag: 'Red flag', fine: 'Normal' },
} as const;
