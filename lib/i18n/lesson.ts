import type { Localised } from './t';
import { lessonText as en } from './en/lesson';

/** The lesson feature's messages by locale, for t(); it imports no other feature's catalogue. */
export const lessonMessages: Localised<typeof en> = { en };
