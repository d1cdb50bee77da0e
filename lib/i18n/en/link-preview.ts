/**
 * The words of a link preview in a mock screen, English: a catalogue of its own so that the live preview, which can
 * be a chunk of its own (components/spotter/mock/link-preview-control.tsx), does not carry every mock screen's words.
 */
export const linkPreviewText = {
  linkGoesTo: 'Goes to:',
  showAddress: 'Show address',
  hideAddress: 'Hide address',
} as const;
