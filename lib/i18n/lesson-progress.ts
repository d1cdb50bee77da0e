import type { Localised } from './t';
import { lessonProgressText as en } from './en/lesson-progress';

/**
 * The lesson page's browser-side messages by locale, for t(): a catalogue of its own so that a lesson's JavaScript
 * carries these few strings, not every string of the lesson page (issue 13).
 */
export const lessonProgressMessages: Localised<typeof en> = { en };
