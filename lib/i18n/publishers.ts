import type { Localised } from './t';
import { publishersText as en } from './en/publishers';

/** The publishers feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const publishersMessages: Localised<typeof en> = { en };
