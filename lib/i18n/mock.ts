import type { Localised } from './t';
import { mockText as en } from './en/mock';

/** The mock feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const mockMessages: Localised<typeof en> = { en };
