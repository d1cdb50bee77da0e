import type { Localised } from './t';
import { precheckText as en } from './en/precheck';

/** The precheck feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const precheckMessages: Localised<typeof en> = { en };
