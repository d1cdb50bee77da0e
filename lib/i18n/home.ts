import type { Localised } from './t';
import { homeText as en } from './en/home';

/** The home feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const homeMessages: Localised<typeof en> = { en };
