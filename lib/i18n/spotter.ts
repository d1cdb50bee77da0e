import type { Localised } from './t';
import { spotterText as en } from './en/spotter';

/** The spotter feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const spotterMessages: Localised<typeof en> = { en };
