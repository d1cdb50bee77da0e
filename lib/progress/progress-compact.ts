/**
 * The compact stored form of progress (v4, STO-6). The v3 form wrote every exam item id up to six times (items, right,
 * genuine, flagged, sure, review) and wrapped each answer in an object with long keys; with every lesson done and a
 * full exam history that came to 19 KB. Here each exam item id is written once, in a table, and referred to by its
 * place in it; an attempt's right / genuine / flagged / sure marks are one hex digit per item; answers are one string.
 *
 * Ids stay ids (lesson, quiz, question and option ids are not turned into numbers): an index into the course would
 * point at the wrong option once an editor reorders a question's options, and the blob must keep its meaning across
 * content updates. The item table is local to the blob for the same reason.
 *
 * `unpackProgress` only translates back to the v3 shape; it never judges. Whatever does not translate is passed on
 * as a value the v3 reader refuses, so that reader still drops bad entries one by one and counts them (STO-3, STO-12).
 */
import type { ExamResponse } from '@/lib/exam/score';
import type { Attempt, Progress } from './progress-schema';

/** The stored keys, each standing for one field of `Progress` (STO-7: nothing else is written). */
export type PackedProgress = {
  /** Exam item ids, each once; every number below that names an item is a place in this list. */
  k?: string[];
  /** quiz id → question id → answer (see `packChoice`). */
  a?: Record<string, Record<string, string>>;
  /** Visited lesson slugs. */
  v?: string[];
  /** Last lesson opened. */
  l?: string;
  /** Red-flag exercise id → parts marked (see `packChoice`). */
  s?: Record<string, string>;
  /** The pre-check. */
  p?: PackedAttempt;
  /** Exam attempts, oldest first. */
  t?: PackedAttempt[];
  /** Day of the first pass, and the score it was earned with. */
  d?: string;
  q?: number;
  /** The exam under way: items drawn, and place in `i` → response (see `packResponse`). */
  c?: { i: number[]; r: Record<string, string> };
  /** The review queue in order: `<item>:<streak>` separated by spaces (a string: object keys would be reordered). */
  r?: string;
};

/**
 * An attempt: `i` the items drawn; `f` one hex digit per item, bits right 1, genuine 2, flagged 4, sure 8; `p` partial
 * credit by place in `i`; `o` which of the optional lists the attempt recorded (g, f, s), left out when all three.
 */
type PackedAttempt = { i: number[]; f: string; p?: Record<string, number>; o?: string };

export const packedKeys = ['k', 'a', 'v', 'l', 's', 'p', 't', 'd', 'q', 'c', 'r'] as const;

const lists = [
  ['genuine', 'g', 2],
  ['flagged', 'f', 4],
  ['sure', 's', 8],
] as const;

/** `"1 a b"`: correct (1) or not (0), then the ids chosen, space-separated (ids never hold spaces). */
const packChoice = (ids: readonly string[], correct: boolean) => [correct ? '1' : '0', ...ids].join(' ');

/** `"v scam sure"`, `"s part-a part-b"` or `"q option-a"`: the response type's initial, then its values. */
function packResponse(response: ExamResponse): string {
  if (response.type === 'verdict') return `v ${response.choice} ${response.confidence}`;
  if (response.type === 'spotter') return ['s', ...response.marked].join(' ');
  return ['q', ...response.choice].join(' ');
}

const isEmpty = (value: object) => Object.keys(value).length === 0;

export function packProgress(progress: Progress): PackedProgress {
  const table: string[] = [];
  const place = new Map<string, number>();
  const ref = (id: string) => {
    if (!place.has(id)) place.set(id, table.push(id) - 1);
    return place.get(id)!;
  };
  const attempt = (a: Attempt): PackedAttempt => {
    const flags = a.items.map((id) =>
      lists.reduce((bits, [list, , bit]) => bits | (a[list]?.includes(id) ? bit : 0), a.right.includes(id) ? 1 : 0),
    );
    const packed: PackedAttempt = { i: a.items.map(ref), f: flags.map((bits) => bits.toString(16)).join('') };
    const partial = Object.entries(a.partial ?? {}).map(([id, credit]) => [String(a.items.indexOf(id)), credit]);
    if (partial.length) packed.p = Object.fromEntries(partial) as Record<string, number>;
    const recorded = lists.filter(([list]) => a[list] !== undefined).map(([, letter]) => letter);
    if (recorded.length < lists.length) packed.o = recorded.join('');
    return packed;
  };
  const { answers, visited, lastLesson, spotters, precheck, exam, review } = progress;
  const packed: PackedProgress = {};
  const quizzes = Object.entries(answers).map(([quiz, questions]) => [
    quiz,
    Object.fromEntries(
      Object.entries(questions).map(([id, answer]) => [id, packChoice(answer.choice, answer.correct)]),
    ),
  ]);
  if (quizzes.length) packed.a = Object.fromEntries(quizzes) as PackedProgress['a'];
  if (visited.length) packed.v = visited;
  if (lastLesson !== null) packed.l = lastLesson;
  if (!isEmpty(spotters))
    packed.s = Object.fromEntries(Object.entries(spotters).map(([id, s]) => [id, packChoice(s.marked, s.correct)]));
  if (precheck) packed.p = attempt(precheck);
  if (exam.attempts.length) packed.t = exam.attempts.map(attempt);
  if (exam.passedOn !== null) packed.d = exam.passedOn;
  if (exam.passedPercent !== null) packed.q = exam.passedPercent;
  if (exam.current) {
    const { items, responses } = exam.current;
    const r = Object.entries(responses).map(([id, response]) => [String(items.indexOf(id)), packResponse(response)]);
    packed.c = { i: items.map(ref), r: Object.fromEntries(r) as Record<string, string> };
  }
  const queue = Object.entries(review).map(([id, streak]) => `${ref(id)}:${streak}`);
  if (queue.length) packed.r = queue.join(' ');
  // The table last, once every field has added its ids; JSON key order puts it first for a reader.
  return table.length ? { k: table, ...packed } : packed;
}

// ---- Reading back: translate, never judge (see the top of the file). ----

/** Stands for an entry that did not translate; the v3 reader refuses it (not an id, not an answer) and counts it. */
const refused = null;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys unique per entry, so two refused keys in one record are still counted twice. */
const refusedKey = (n: number) => `!${n}`;

function unpackChoice(value: unknown, field: 'choice' | 'marked'): unknown {
  if (typeof value !== 'string') return refused;
  const [flag, ...ids] = value.split(' ');
  if (flag !== '0' && flag !== '1') return refused;
  return { [field]: ids, correct: flag === '1' };
}

function unpackResponse(value: unknown): unknown {
  if (typeof value !== 'string') return refused;
  const [type, ...rest] = value.split(' ');
  if (type === 'v') return rest.length === 2 ? { type: 'verdict', choice: rest[0], confidence: rest[1] } : refused;
  if (type === 's') return { type: 'spotter', marked: rest };
  if (type === 'q') return { type: 'question', choice: rest };
  return refused;
}

/** Maps each value of a record through `read`, leaving its keys to the v3 reader's id check. */
const mapValues = (value: unknown, read: (entry: unknown) => unknown): unknown =>
  isObject(value) ? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, read(entry)])) : value;

/** Translates the compact form back to the v3 shape (`readProgress` input). Counts only keys it does not know. */
export function unpackProgress(packed: Record<string, unknown>): { state: Record<string, unknown>; unknown: number } {
  const table = Array.isArray(packed.k) ? packed.k : [];
  /** An item named by its place in the table; anything else stays as it is, and the v3 reader refuses it. */
  const item = (n: unknown): unknown => (Number.isInteger(n) && (n as number) >= 0 ? (table[n as number] ?? n) : n);
  const items = (value: unknown): unknown[] | null => (Array.isArray(value) ? value.map(item) : refused);

  const attempt = (value: unknown): unknown => {
    if (!isObject(value)) return value;
    const { i, f, p, o, ...extra } = value;
    if (!isEmpty(extra)) return refused;
    const drawn = items(i);
    // Marks that do not fit the items (wrong length, not hex) leave the attempt without its `right`: refused whole,
    // as a v3 attempt without `right` would be, since its score cannot be known.
    const flags = typeof f === 'string' && drawn && f.length === drawn.length && /^[0-9a-f]*$/.test(f) ? f : null;
    const marked = (bit: number) => (drawn ?? []).filter((_, n) => parseInt(flags![n]!, 16) & bit);
    const recorded = typeof o === 'string' ? o : lists.map(([, letter]) => letter).join('');
    const result: Record<string, unknown> = { items: drawn, right: flags === null ? refused : marked(1) };
    if (flags !== null)
      for (const [list, letter, bit] of lists) if (recorded.includes(letter)) result[list] = marked(bit);
    if (isObject(p))
      result.partial = Object.fromEntries(Object.entries(p).map(([n, credit]) => [drawn?.[Number(n)] ?? n, credit]));
    return result;
  };

  const current = (value: unknown): unknown => {
    if (!isObject(value)) return value;
    const drawn = items(value.i);
    let bad = 0;
    const responses = isObject(value.r)
      ? Object.fromEntries(
          Object.entries(value.r).map(([n, r]) => [drawn?.[Number(n)] ?? refusedKey(bad++), unpackResponse(r)]),
        )
      : value.r;
    return { items: drawn, responses };
  };

  const review = (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    let bad = 0;
    const pairs = value
      .split(' ')
      .filter(Boolean)
      .map((entry) => {
        const [n, streak] = entry.split(':');
        const id = /^\d+$/.test(n ?? '') ? item(Number(n)) : refused;
        return [typeof id === 'string' ? id : refusedKey(bad++), streak === '0' ? 0 : streak === '1' ? 1 : refused];
      });
    return Object.fromEntries(pairs);
  };

  const { k: _table, a, v, l, s, p, t, d, q, c, r, ...extra } = packed;
  const state: Record<string, unknown> = {
    answers: mapValues(a, (quiz) => mapValues(quiz, (answer) => unpackChoice(answer, 'choice'))),
    visited: v,
    lastLesson: l ?? null,
    spotters: mapValues(s, (marked) => unpackChoice(marked, 'marked')),
    precheck: p === undefined ? null : attempt(p),
    exam: {
      attempts: Array.isArray(t) ? t.map(attempt) : t,
      passedOn: d ?? null,
      passedPercent: q ?? null,
      current: c === undefined ? null : current(c),
    },
    review: review(r),
  };
  return { state, unknown: Object.keys(extra).length };
}
