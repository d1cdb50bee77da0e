import type { Localised } from './t';
import { reviewText as en } from './en/review';

/** The review feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const reviewMessages: Localised<typeof en> = { en };
