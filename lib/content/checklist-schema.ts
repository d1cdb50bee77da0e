import { z } from 'zod';
import { idPattern, idRuleMessage } from '@/lib/ids';

const id = z.string().regex(idPattern, idRuleMessage);
const text = z.string().trim().min(1, 'must not be empty');

function uniqueIds(items: { id: string }[], ctx: z.RefinementCtx, what: string) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `${what} id "${item.id}" is used twice` });
    seen.add(item.id);
  });
}

const itemSchema = z.strictObject({ id, title: text.max(60, 'keep a checklist item short (60 characters)'), detail: text.max(140).optional() });

/** The lesson checklist (<Checklist>): tickable items in short sections, plus blanks the learner fills in by hand. */
export const checklistPropsSchema = z.strictObject({
  id,
  sections: z
    .array(
      z.strictObject({
        title: text,
        items: z.array(itemSchema).min(1).max(6).superRefine((items, ctx) => uniqueIds(items, ctx, 'item')),
      }),
    )
    .min(1)
    .superRefine((sections, ctx) => uniqueIds(sections.flatMap((s) => s.items), ctx, 'item')),
  blanks: z.array(z.strictObject({ id, label: text })).default([]),
});

export type ChecklistProps = z.output<typeof checklistPropsSchema>;

/** Words a reader reads in a checklist: section titles, items and blank labels. */
export function checklistWords(checklist: ChecklistProps): number {
  const texts = [
    ...checklist.sections.flatMap((section) => [section.title, ...section.items.flatMap((item) => [item.title, item.detail ?? ''])]),
    ...checklist.blanks.map((blank) => blank.label),
  ];
  return texts.join(' ').split(/\s+/).filter(Boolean).length;
}
