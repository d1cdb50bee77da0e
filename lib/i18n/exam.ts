import type { Localised } from './t';
import { examText as en } from './en/exam';

/** The exam feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const examMessages: Localised<typeof en> = { en };
