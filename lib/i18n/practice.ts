import type { Localised } from './t';
import { practiceText as en } from './en/practice';

/** The practice feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const practiceMessages: Localised<typeof en> = { en };
