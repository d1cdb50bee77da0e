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

/** Every part id present in an artefact's data, top to bottom as drawn. */
export function artefactPartIds(artefact: ArtefactData): string[] {
  const data = artefact as unknown as Record<string, unknown>;
  return renderOrder[artefact.kind].flatMap((name: string) => {
    if (!name.startsWith('@')) return data[fieldOf[name] ?? name] === undefined ? [] : [name];
    const list = data[name.slice(1)];
    return Array.isArray(list) ? list.map((item: { id: string }) => item.id) : [];
  });
}

/** The spots in the order their parts are drawn, so numbers and feedback read top to bottom. */
export function inDrawOrder<S extends { id: string }>(spots: readonly S[], artefact: ArtefactData): S[] {
  const order = artefactPartIds(artefact);
  return [...spots].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
