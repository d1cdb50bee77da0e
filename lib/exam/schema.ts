import { z } from 'zod';
import { idPattern, idRuleMessage } from '@/lib/ids';
import { artefactSchema, checkSpots, spotterFields } from '@/lib/content/artefact-schema';
import { checkCorrectCount, questionFields } from '@/lib/content/schema';
import { verdicts } from './verdicts';

export type { VerdictChoice } from './verdicts';

/**
 * The exam item pool's schema (content/exam/*.json). Three kinds of item, each tagged with the slug of the lesson that
 * teaches it: "scam or safe?" verdicts with a confidence choice, red-flag (Spotter) items, and scenario questions.
 * Item ids are progress keys (attempts and the review queue store them): never rename one after publishing.
 */
const id = z.string().regex(idPattern, idRuleMessage).max(60, 'must be at most 60 characters');
const text = z.string().trim().min(1, 'must not be empty');

const common = {
  id,
  /** The slug of the lesson that teaches this item, e.g. "paying-safely". */
  topic: id,
  /**
   * The one judgement the item tests, e.g. "read-web-address". A skill has several variants (other artefacts, other
   * wording), so a retake asks for the skill again without repeating the item (ASSESSMENT "What an item tests").
   */
  skill: id,
};

const verdictItemSchema = z.strictObject({
  ...common,
  type: z.literal('verdict'),
  /** Sets the scene, e.g. "This text arrives while you wait for an order." */
  prompt: text,
  artefact: artefactSchema,
  /** "check" where the screen alone cannot settle it and checking through your own route is the right habit. */
  answer: z.enum(verdicts),
  /** Why, shown in the review of mistakes. */
  explanation: text,
  /** What to notice, as short points, shown with the explanation. */
  cues: z.array(text).min(1).max(5).optional(),
});

const spotterItemSchema = z
  .strictObject({ ...common, type: z.literal('spotter'), ...spotterFields, prompt: text })
  .superRefine(checkSpots);

const questionItemSchema = z
  .strictObject({ ...common, type: z.literal('question'), ...questionFields })
  .superRefine(checkCorrectCount);

export const examItemSchema = z.discriminatedUnion('type', [verdictItemSchema, spotterItemSchema, questionItemSchema]);

export type ExamItem = z.output<typeof examItemSchema>;
/** What an author writes in content/exam (the schema's input type gives editors completion and checks). */
export type ExamItemInput = z.input<typeof examItemSchema>;
export type VerdictItem = Extract<ExamItem, { type: 'verdict' }>;
export type SpotterItem = Extract<ExamItem, { type: 'spotter' }>;
export type QuestionItem = Extract<ExamItem, { type: 'question' }>;

/** A topic as the exam shows it: the lesson's slug, title and number. */
export type ExamTopic = { slug: string; title: string; order: number };
