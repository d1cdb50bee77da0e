import type { Localised } from './t';
import { quizText as en } from './en/quiz';

/** The quiz feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const quizMessages: Localised<typeof en> = { en };
