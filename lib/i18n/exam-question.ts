import type { Localised } from './t';
import { examQuestionText as en } from './en/exam-question';

/** An exam question's messages by locale, for t() (daily practice shows them without the rest of the exam's). */
export const examQuestionMessages: Localised<typeof en> = { en };
