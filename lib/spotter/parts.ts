import { spotterPartText } from '@/lib/i18n/en/spotter-parts';
import { format } from '@/lib/i18n/format';
import type { UnscoredPart } from './unscored';

export { isUnscored, type UnscoredPart } from './unscored';

/**
 * The parts of each kind of artefact, in the order the mock kit draws them: fixed, named parts, and `@field` for a
 * list whose items are parts under their own ids. Keep in step with components/spotter/mock (each part there is a
 * <Part id="…">), so spots are numbered top to bottom as the learner sees them.
 */
const renderOrder = {
  listing: ['url', 'title', 'price', 'discount', '@badges', 'rating', '@variants', 'store', 'shipping', '@reviews'],
  store: ['name', 'opened', 'positive', 'followers', '@ratings', '@badges', '@notes'],
  chat: ['store', 'order', '@messages'],
  email: ['from', 'to', 'subject', '@body', 'button', '@attachments', 'footer'],
  sms: ['sender', '@messages'],
  checkout: ['url', 'heading', '@notes', '@items', 'total', '@fields', '@methods', 'button'],
  tracking: ['url', 'status', 'carrier', 'number', 'timer', '@events'],
  dispute: ['order', 'status', 'timer', '@events'],
} as const;

/**
 * The kinds the mock kit can draw. lib/content/artefact-schema.ts validates each kind's data and passes it here; this
 * module needs only the kind and the fields, so it imports nothing from the schema (no import circle), and an
 * artefact kind without a render order here is a type error where the schema calls `artefactPartIds`.
 */
type PartKind = keyof typeof renderOrder;
type ArtefactData = { kind: PartKind };

/** The fixed part names of each kind; list items may not reuse them as ids. */
export const scalarPartNames = Object.fromEntries(
  Object.entries(renderOrder).map(([kind, order]) => [kind, order.filter((name) => !name.startsWith('@'))]),
) as Record<PartKind, string[]>;

/** Which data field holds each fixed part, where it differs from the part's name. */
const fieldOf: Record<string, string> = { from: 'fromAddress' };

/** A drawn part: its id and a neutral name by kind and position ("the sender", "the second message"). */
export type ArtefactPart = { id: string; label: string };

/** Every part present in an artefact's data, top to bottom as drawn, each with its neutral name. */
export function artefactParts(artefact: ArtefactData): ArtefactPart[] {
  const data = artefact as unknown as Record<string, unknown>;
  const names = spotterPartText.partNames;
  return renderOrder[artefact.kind].flatMap((name: string): ArtefactPart[] => {
    if (!name.startsWith('@')) {
      if (data[fieldOf[name] ?? name] === undefined) return [];
      return [{ id: name, label: names.fixed[artefact.kind][name as keyof (typeof names.fixed)[PartKind]] }];
    }
    const field = name.slice(1) as keyof typeof names.list;
    const list = data[field];
    if (!Array.isArray(list)) return [];
    return list.map((item: { id: string }, index) => ({
      id: item.id,
      label: format(names.nth, { noun: names.list[field], position: list.length === 1 ? 0 : index + 1 }),
    }));
  });
}

/** Every part id present in an artefact's data, top to bottom as drawn. */
export function artefactPartIds(artefact: ArtefactData): string[] {
  return artefactParts(artefact).map((part) => part.id);
}

/** The spots in the order their parts are drawn, so numbers and feedback read top to bottom. */
export function inDrawOrder<S extends { id: string }>(spots: readonly S[], artefact: ArtefactData): S[] {
  const order = artefactPartIds(artefact);
  return [...spots].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

type SpotShape = { id: string; label: string; flag: boolean; explanation: string };

/**
 * The authored spots plus every other drawn part, in draw order (ASSESSMENT "Spotter parts"). If only scored parts
 * could be marked, which parts are selectable would itself give the answer away; so every part is a choice, and one
 * the author did not list counts as a false alarm in the partial credit. Idempotent: extending twice adds nothing.
 */
export function withEveryPart<S extends SpotShape>(spots: readonly S[], artefact: ArtefactData): (S | UnscoredPart)[] {
  return withParts(spots, artefactParts(artefact));
}

function withParts<S extends SpotShape>(spots: readonly S[], parts: readonly ArtefactPart[]): (S | UnscoredPart)[] {
  const authored = new Map(spots.map((spot) => [spot.id, spot]));
  const drawn = new Set(parts.map((part) => part.id));
  const every = parts.map(
    (part): S | UnscoredPart =>
      authored.get(part.id) ?? {
        ...part,
        flag: false,
        explanation: spotterPartText.unscoredExplanation,
        unscored: true,
      },
  );
  // The schema lets no spot point at a part that is not drawn; unchecked data keeps such spots rather than lose them.
  return [...every, ...spots.filter((spot) => !drawn.has(spot.id))];
}

/**
 * What the Spotter's browser code is handed with an exercise, worked out on the server (components/mdx/spotter-block.tsx)
 * or by a page that ships this module anyway (the exam): every drawn part as a spot, and the parts' neutral names
 * for the toggles and the list. So the Spotter needs neither the render order nor the names' catalogue (issue 13).
 */
export type MarkableParts<S extends SpotShape = SpotShape> = { spots: (S | UnscoredPart)[]; parts: ArtefactPart[] };

export function markableParts<S extends SpotShape>(spots: readonly S[], artefact: ArtefactData): MarkableParts<S> {
  const parts = artefactParts(artefact);
  return { spots: withParts(spots, parts), parts };
}
