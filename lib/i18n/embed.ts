import type { Localised } from './t';
import { embedText as en } from './en/embed';

/** The embed feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const embedMessages: Localised<typeof en> = { en };
