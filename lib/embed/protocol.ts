/**
 * The postMessage protocol between the host script (lib/embed/host.ts, running on a publisher's page) and an
 * embedded Scamwise page (lib/embed/child.ts). RELIABILITY §1.4, EMB-2, EMB-3, PRV-4.
 *
 * Both sides import this one module, so they cannot drift apart. It ships inside the host script, which must stay
 * under 1.5 KB gzip, hence the small hand-written validators instead of a schema library.
 *
 * Messages:
 *   host → child  {type:'scamwise:hello', v:1, id}                 after the iframe's load event, to LESSON_ORIGIN only
 *   child → '*'   {type:'scamwise:ready', v:1}                     data-free, so a host script loaded late can start
 *   child → host  {type:'scamwise:resize', v:1, id, height}        only to the origin that said hello
 *   child → host  {type:'scamwise:progress', v:1, id, event, …}    only to the origin that said hello
 */
import { isId } from '@/lib/ids';

export const protocolVersion = 1;
export const messagePrefix = 'scamwise:';
export const helloType = 'scamwise:hello';
export const readyType = 'scamwise:ready';
export const resizeType = 'scamwise:resize';
export const progressType = 'scamwise:progress';

/** The iframe attribute the host script looks for. */
export const embedAttribute = 'data-scamwise-embed';

/** The element the child measures: it wraps everything an embed page shows (app/embed/layout.tsx, EMB-5). */
export const embedRootId = 'lesson-root';

/**
 * What a host page learns, as `CustomEvent`s named `scamwise:<event>` on the iframe element. Only ids and numbers:
 * no answers, no free text, no identifiers of the learner (PRV-4). `score` is a whole percentage, 0–100.
 */
export type EmbedEvent =
  | { event: 'lesson-started' | 'lesson-completed'; lessonId: string }
  | { event: 'exam-scored'; score: number; passed: boolean };

export type EmbedEventName = EmbedEvent['event'];

type HelloMessage = { type: typeof helloType; v: 1; id: number };
type ReadyMessage = { type: typeof readyType; v: 1 };
type ResizeMessage = { type: typeof resizeType; v: 1; id: number; height: number };
export type ProgressMessage = { type: typeof progressType; v: 1; id: number } & EmbedEvent;
type ChildMessage = ReadyMessage | ResizeMessage | ProgressMessage;

type Check = (value: unknown) => boolean;
type Shape = Record<string, Check>;

const equals =
  (...allowed: unknown[]): Check =>
  (value) =>
    allowed.includes(value);
const integer =
  (min: number, max: number): Check =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
// Lesson slugs follow the one id rule (lib/ids.ts).
const slug: Check = isId;

const version = equals(protocolVersion);
const frameId = integer(0, 1e6);

const helloShape: Shape = { type: equals(helloType), v: version, id: frameId };
const childShapes: Shape[] = [
  { type: equals(readyType), v: version },
  // Any non-negative whole number is accepted and then clamped by the host (lib/embed/resize.ts).
  { type: equals(resizeType), v: version, id: frameId, height: integer(0, Number.MAX_SAFE_INTEGER) },
  {
    type: equals(progressType),
    v: version,
    id: frameId,
    event: equals('lesson-started', 'lesson-completed'),
    lessonId: slug,
  },
  {
    type: equals(progressType),
    v: version,
    id: frameId,
    event: equals('exam-scored'),
    score: integer(0, 100),
    passed: equals(true, false),
  },
];

/**
 * True when `data` is a plain object with exactly the shape's keys, each passing its check. Extra keys (including
 * `__proto__` or `constructor` as own keys), arrays, class instances and null-prototype objects are all rejected.
 */
function matches(data: unknown, shape: Shape): boolean {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype) return false;
  const names = Object.keys(shape);
  return (
    Object.keys(data).length === names.length &&
    names.every(
      (name) =>
        Object.prototype.hasOwnProperty.call(data, name) && shape[name]!((data as Record<string, unknown>)[name]),
    )
  );
}

export const isHello = (data: unknown): data is HelloMessage => matches(data, helloShape);

export const parseChildMessage = (data: unknown): ChildMessage | undefined =>
  childShapes.some((shape) => matches(data, shape)) ? (data as ChildMessage) : undefined;

/** What the host script keeps for each iframe it has upgraded. */
type RegisteredFrame = { frame: { contentWindow: unknown }; id: number };

/**
 * The host's gate for every incoming message (EMB-2). All must hold: the exact origin (`===`, never `includes` or
 * `startsWith`, which `lessons.example.evil.test` would pass); a source that is the window of an iframe we upgraded;
 * a valid payload; and, for messages after the handshake, the id we gave that iframe.
 */
export function acceptMessage<F extends RegisteredFrame>(
  event: { origin: string; source: unknown; data: unknown },
  lessonOrigin: string,
  frames: readonly F[],
): [F, ChildMessage] | undefined {
  if (event.origin !== lessonOrigin || !event.source) return;
  const frame = frames.find((candidate) => candidate.frame.contentWindow === event.source);
  const message = frame && parseChildMessage(event.data);
  if (!message || ('id' in message && message.id !== frame.id)) return;
  return [frame, message];
}

/** The `CustomEvent` detail for a progress message: rebuilt field by field, so nothing else can ride along (PRV-4). */
export function eventDetail(message: ProgressMessage): { lessonId: string } | { score: number; passed: boolean } {
  return message.event === 'exam-scored'
    ? { score: message.score, passed: message.passed }
    : { lessonId: message.lessonId };
}
