import { z } from 'zod';
import { idPattern, idRuleMessage } from '@/lib/ids';

/**
 * Schemas for everything an editor writes in a lesson. Ids are progress keys: the saved answers of every learner
 * are stored under them, so they are restricted to a stable, URL-safe shape.
 */
const id = z
  .string()
  .regex(idPattern, idRuleMessage);

const text = z.string().trim().min(1, 'must not be empty');

const sourceSchema = z.strictObject({
  title: text,
  publisher: text,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
});

export const frontmatterSchema = z.strictObject({
  title: text.max(90, 'must be at most 90 characters'),
  description: text.max(160, 'must be at most 160 characters'),
  order: z.number().int().positive(),
  /** Ignored: reading time is computed from the text and exercises (lib/content/reading-time.ts, issue 11). */
  minutes: z.unknown().optional(),
  objectives: z.array(text).min(1).max(6),
  // gray-matter turns an unquoted YAML date into a Date; accept both and keep the ISO day.
  lastReviewed: z
    .union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string()])
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')),
  sources: z.array(sourceSchema).min(1),
  /** `summary` prints the lesson body alone, compactly, on one sheet (the course checklist); default `full`. */
  print: z.enum(['full', 'summary']).default('full'),
});

const optionSchema = z.strictObject({
  id,
  text,
  correct: z.boolean(),
  explanation: text,
});

function uniqueIds(items: { id: string }[], ctx: z.RefinementCtx, what: string) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate ${what} id "${item.id}"` });
    seen.add(item.id);
  });
}

/** The fields of a quiz question, shared with the exam's scenario questions (lib/exam/schema.ts). */
export const questionFields = {
  kind: z.enum(['single', 'multiple']),
  scenario: text.optional(),
  prompt: text,
  options: z
    .array(optionSchema)
    .min(2)
    .max(6)
    .superRefine((options, ctx) => uniqueIds(options, ctx, 'option')),
};

/** A "single" question has exactly one correct option; a "multiple" one at least one. */
export function checkCorrectCount(question: { kind: 'single' | 'multiple'; options: { correct: boolean }[] }, ctx: z.RefinementCtx) {
  const correct = question.options.filter((o) => o.correct).length;
  if (question.kind === 'single' && correct !== 1) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: `a "single" question needs exactly one correct option, found ${correct}` });
  }
  if (question.kind === 'multiple' && correct < 1) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'a "multiple" question needs at least one correct option' });
  }
}

const questionSchema = z.strictObject({ id, ...questionFields }).superRefine(checkCorrectCount);

export const quizPropsSchema = z.strictObject({
  id,
  title: text.optional(),
  questions: z
    .array(questionSchema)
    .min(1)
    .superRefine((questions, ctx) => uniqueIds(questions, ctx, 'question')),
});

export const calloutPropsSchema = z.strictObject({
  type: z.enum(['tip', 'warning', 'note']),
  title: text.optional(),
});

export const figurePropsSchema = z.strictObject({
  src: z.string().regex(/^[a-z0-9-]+\.svg$/, 'must name an .svg file beside index.mdx (lowercase, hyphens)'),
  alt: text,
  caption: text.optional(),
});

/** The frontmatter as an editor writes it. */
type EditorFrontmatter = z.output<typeof frontmatterSchema>;
/** The frontmatter of a compiled lesson: `minutes` is the computed reading time, never the typed one. */
export type Frontmatter = Omit<EditorFrontmatter, 'minutes'> & { minutes: number };
export type Source = z.output<typeof sourceSchema>;
export type QuizData = z.output<typeof quizPropsSchema>;
export type QuestionData = z.output<typeof questionSchema>;
