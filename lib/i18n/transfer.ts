import type { Localised } from './t';
import { transferText as en } from './en/transfer';

/** The transfer feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const transferMessages: Localised<typeof en> = { en };
