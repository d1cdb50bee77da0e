import type { Artefact, ArtefactKind } from '@/lib/content/artefact-schema';

/**
 * The fixed, named parts of each kind of artefact that a spot can point at (besides the ids of list items such as
 * messages or reviews). The mock kit renders each of these inside a <Part id="…">; keep the two in step.
 */
export const scalarPartNames = {
  listing: ['url', 'title', 'price', 'discount', 'store', 'rating', 'shipping'],
  store: ['name', 'opened', 'positive', 'followers'],
  chat: ['store', 'order'],
  email: ['from', 'to', 'subject', 'button', 'footer'],
  sms: ['sender'],
  checkout: ['url', 'heading', 'total', 'button'],
  tracking: ['url', 'carrier', 'number', 'status', 'timer'],
  dispute: ['order', 'status', 'timer'],
} as const satisfies Record<ArtefactKind, readonly string[]>;

/** Which data field holds each fixed part (where it differs from the part's name). */
const fieldOf: Record<string, string> = { from: 'fromAddress' };

/** Every part id of an artefact that is present in its data, in reading order of the fixed parts then the items. */
export function artefactPartIds(artefact: Artefact): string[] {
  const data = artefact as unknown as Record<string, unknown>;
  const fixed = scalarPartNames[artefact.kind].filter((name) => data[fieldOf[name] ?? name] !== undefined);
  const items = Object.values(data)
    .filter(Array.isArray)
    .flatMap((list: { id?: string }[]) => list.map((item) => item.id).filter((id): id is string => typeof id === 'string'));
  return [...fixed, ...items];
}
