/**
 * A tiny formatter for ICU-style catalogue messages, so a translator edits strings rather than TypeScript:
 *
 *   'Question {number} of {total}'
 *   '{count, plural, =0 {Nothing marked yet.} one {# part marked.} other {# parts marked.}}'
 *   '{change, select, up {Better.} other {Not better.}}'
 *
 * Our own rather than `intl-messageformat`: that library adds about 10 KB gzip to every page that shows a message,
 * and the issue 13 budget holds first-load JS within 1.10 × a bare Next page; this file is a few hundred bytes.
 * It covers the subset the catalogues use: `{name}`, `plural` (exact `=N` branches first, then the locale's
 * `Intl.PluralRules` category, then `other`; `#` is the number) and `select`, nested. Braces are always syntax
 * and apostrophes always literal (no ICU quoting): messages hold no literal braces, and code samples in a
 * catalogue are shown as they are, never formatted.
 */

export type Values = Readonly<Record<string, string | number>>;

type Branches = Record<string, Part[]>;
type Part = string | { name: string } | { name: string; kind: 'plural' | 'select'; branches: Branches } | 0;
/** `#` inside a branch: the number of the nearest plural. */
const hash = 0;

const cache = new Map<string, Part[]>();
const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * Syntax is checked while developing and testing only: lib/i18n/catalogues.test.ts parses every catalogue entry,
 * so the production bundle leaves the checks and their texts out. The test is written out at each check (not one
 * constant) so that every minifier folds it away.
 */
const error = (message: string, why: string) => new Error(`Message "${message}": ${why}`);

/** Parses a message (cached); throws an error naming the message when it is malformed. */
export function parseMessage(message: string): Part[] {
  let parsed = cache.get(message);
  if (!parsed) {
    const at = { i: 0 };
    parsed = parts(message, at, false);
    cache.set(message, parsed);
  }
  return parsed;
}

function parts(text: string, at: { i: number }, nested: boolean): Part[] {
  const out: Part[] = [];
  let literal = '';
  for (; at.i < text.length; at.i++) {
    const c = text[at.i]!;
    if (c === '}') {
      if (nested) break;
      if (process.env.NODE_ENV !== 'production') throw error(text, `unmatched } at ${at.i}`);
    }
    if (c !== '{' && !(c === '#' && nested)) {
      literal += c;
      continue;
    }
    if (literal) out.push(literal);
    literal = '';
    if (c === '#') out.push(hash);
    else out.push(argument(text, at));
  }
  if (process.env.NODE_ENV !== 'production' && nested && text[at.i] !== '}')
    throw error(text, 'a branch is not closed');
  if (literal) out.push(literal);
  return out;
}

/** Reads `{name}` or `{name, plural|select, key {…} …}` from the `{` at `at.i`; leaves `at.i` on its `}`. */
function argument(text: string, at: { i: number }): Part {
  const head = /^\{\s*(\w+)\s*(?:(\})|,\s*(plural|select)\s*,)/.exec(text.slice(at.i));
  if (process.env.NODE_ENV !== 'production' && !head)
    throw error(text, `the placeholder at ${at.i} is not {name}, {name, plural, …} or {name, select, …}`);
  at.i += head![0].length;
  const name = head![1]!;
  const kind = head![3] as 'plural' | 'select' | undefined;
  if (!kind) {
    at.i--;
    return { name };
  }
  const branches: Branches = {};
  for (;;) {
    const key = /^\s*(=\d+|[\w-]+)\s*\{|^\s*\}/.exec(text.slice(at.i));
    if (process.env.NODE_ENV !== 'production' && !key)
      throw error(text, `a branch of {${name}} is malformed at ${at.i}`);
    at.i += key![0].length;
    if (!key![1]) break;
    branches[key![1]] = parts(text, at, true);
    at.i++;
  }
  at.i--;
  if (process.env.NODE_ENV !== 'production' && !branches.other)
    throw error(text, `{${name}, ${kind}} needs an "other" branch`);
  return { name, kind, branches };
}

function rules(locale: string): Intl.PluralRules {
  let found = pluralRules.get(locale);
  if (!found) pluralRules.set(locale, (found = new Intl.PluralRules(locale)));
  return found;
}

function render(message: string, list: Part[], values: Values, locale: string, count?: number): string {
  let out = '';
  for (const part of list) {
    if (typeof part === 'string') out += part;
    else if (part === hash) out += count === undefined ? '#' : String(count);
    else if (!(part.name in values)) {
      // A missing value is a bug in the caller: loud while developing and testing, visible but harmless live.
      if (process.env.NODE_ENV !== 'production') throw error(message, `no value for {${part.name}}`);
      out += `{${part.name}}`;
    } else if (!('kind' in part)) out += String(values[part.name]);
    else {
      const value = values[part.name]!;
      const n = Number(value);
      const key = part.kind === 'select' ? String(value) : `=${n}` in part.branches ? `=${n}` : rules(locale).select(n);
      const branch = part.branches[key] ?? part.branches.other!;
      out += render(message, branch, values, locale, part.kind === 'plural' ? n : count);
    }
  }
  return out;
}

/** The message with its placeholders, plurals and selects filled from `values`. */
export function format(message: string, values: Values = {}, locale = 'en'): string {
  return render(message, parseMessage(message), values, locale);
}
