/**
 * The look of a link preview, shared by the live one (./link-preview-control.tsx) and the static one
 * (./link-preview-view.tsx): a module of its own so the live one's chunk carries these classes and nothing else.
 */
export const previewClass = {
  root: 'relative z-10 mt-1 block',
  // No text selection or callout menu on a long-press: the hold is the interactive preview's, to show the address.
  text: 'block cursor-default select-none [-webkit-touch-callout:none]',
  summary:
    'mt-1 inline-flex min-h-11 cursor-pointer list-none items-center rounded-md border border-line bg-page px-2.5 text-sm font-semibold text-ink [&::-webkit-details-marker]:hidden',
} as const;
