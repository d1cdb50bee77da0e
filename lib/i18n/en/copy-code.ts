/**
 * Interface text for a copyable block of code (components/publishers/copyable-code.tsx), English. Apart from the
 * publishers catalogue because every prose page places such a block: one import of that catalogue for these two
 * lines put all of it in the first load of /about/, /privacy/, /progress/ and the rest (issue 13).
 */
export const copyCodeText = {
  copied: 'Copied. Now paste it into your page.',
  copyFailed: 'Your browser did not let us copy. Select the text and copy it yourself.',
} as const;
