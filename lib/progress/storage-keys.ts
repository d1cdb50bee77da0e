/**
 * Every key Scamwise writes to browser storage. Their plain-language purposes are in ./stored-items.ts, apart from
 * the keys so that public/theme-init.js, which imports this file, stays a few hundred bytes.
 */
export const storagePrefix = 'scamwise:';

export const storageKeys = {
  progress: `${storagePrefix}progress`,
  theme: `${storagePrefix}theme`,
  /** Free text, so it is kept apart from the progress blob, which holds ids and scores only (STO-7). */
  certificateName: `${storagePrefix}certificate-name`,
  /** The country chosen in the lesson's "where to report" block; checklist ticks (ids only). Both outside the progress blob. */
  reportCountry: `${storagePrefix}report-country`,
  checklist: `${storagePrefix}checklist`,
  practice: `${storagePrefix}practice`,
} as const;
