import type { Localised } from './t';
import { reportText as en } from './en/report';

/** The report feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const reportMessages: Localised<typeof en> = { en };
