import type { Localised } from './t';
import { certificateText as en } from './en/certificate';

/** The certificate feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const certificateMessages: Localised<typeof en> = { en };
