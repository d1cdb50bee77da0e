/**
 * Rules of thumb a learner could pass the exam with, without the skill (ASSESSMENT "Artefact features"): "a link
 * means scam", "the marketplace's name means scam", "an urgent word means scam", and "the kind of artefact decides"
 * (the best kind → verdict mapping, found from the pool itself). Each rule's accuracy over the artefact items must
 * stay at or below `maxRuleAccuracy`; the pool's shape rules (genuine share, both versions of every kind, several
 * variants of every skill) are checked here too. Pure, for scripts/check-items.ts and its tests.
 */
import type { Artefact } from '@/lib/content/artefact-schema';
import type { ExamItem } from './schema';
import { truthOf, type ItemTruth } from './score';

export const maxRuleAccuracy = 0.65;
const genuineShare = { min: 0.35, max: 0.6 };
const minVariantsPerSkill = 2;

type ArtefactItem = Extract<ExamItem, { artefact: Artefact }>;
type Key = Exclude<ItemTruth, 'question'>;

/** Every piece of text an artefact shows, addresses included. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([field, inner]) =>
      field === 'id' || field === 'kind' ? [] : textsOf(inner),
    );
  return [];
}

/** A link the learner could follow: a page address, a link in a message, an email's button. */
export function hasLink(artefact: Artefact): boolean {
  const data = artefact as Record<string, unknown>;
  if (typeof data.url === 'string') return true;
  if ((data.button as { url?: string } | undefined)?.url) return true;
  return ((data.messages as { link?: string }[] | undefined) ?? []).some((m) => m.link);
}

export function namesMarketplace(artefact: Artefact): boolean {
  return textsOf(artefact).some((text) => /marketplace|aliexpress/i.test(text));
}

const urgentWords =
  /\b(today|tonight|now|urgent(ly)?|immediately|asap|hours?|expires?|expiring|ends?|ending|left|deadline|within|last chance|soon|midnight|quickly|hurry)\b|\d{2}:\d{2}:\d{2}/i;

export function soundsUrgent(artefact: Artefact): boolean {
  return textsOf(artefact).some((text) => urgentWords.test(text));
}

type RuleResult = { rule: string; right: number; total: number; accuracy: number; over: boolean };

const result = (rule: string, right: number, total: number): RuleResult => {
  const accuracy = total > 0 ? right / total : 0;
  return { rule, right, total, accuracy, over: accuracy > maxRuleAccuracy + 1e-9 };
};

function artefactItems(pool: readonly ExamItem[]): { item: ArtefactItem; key: Key }[] {
  return pool.flatMap((item) => (item.type === 'question' ? [] : [{ item, key: truthOf(item) as Key }]));
}

/** A rule predicts "scam" when the feature is there and "genuine" when it is not; "check" items beat every rule. */
function featureRule(rule: string, items: { item: ArtefactItem; key: Key }[], feature: (a: Artefact) => boolean) {
  const right = items.filter(({ item, key }) => key === (feature(item.artefact) ? 'scam' : 'genuine')).length;
  return result(rule, right, items.length);
}

/** The best any kind → verdict mapping can do: each kind answered with its commonest key. */
function kindRule(items: { item: ArtefactItem; key: Key }[]): RuleResult {
  const byKind = new Map<string, Map<Key, number>>();
  for (const { item, key } of items) {
    const counts = byKind.get(item.artefact.kind) ?? new Map<Key, number>();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    byKind.set(item.artefact.kind, counts);
  }
  const right = [...byKind.values()].reduce((sum, counts) => sum + Math.max(...counts.values()), 0);
  return result('the artefact kind decides (best mapping)', right, items.length);
}

export function surfaceRules(pool: readonly ExamItem[]): RuleResult[] {
  const items = artefactItems(pool);
  return [
    featureRule('a link means scam', items, hasLink),
    featureRule('the marketplace’s name means scam', items, namesMarketplace),
    featureRule('an urgent word means scam', items, soundsUrgent),
    kindRule(items),
  ];
}

/** Shape rules of the pool: genuine share, scam and genuine versions of every kind, several variants per skill. */
export function poolShapeProblems(pool: readonly ExamItem[], kinds: readonly string[]): string[] {
  const problems: string[] = [];
  const items = artefactItems(pool);
  const genuine = items.filter(({ key }) => key === 'genuine').length / Math.max(1, items.length);
  if (genuine < genuineShare.min || genuine > genuineShare.max)
    problems.push(
      `${Math.round(genuine * 100)} % of artefact items are genuine; keep it between ${genuineShare.min * 100} and ${genuineShare.max * 100} %`,
    );
  for (const kind of kinds) {
    for (const key of ['scam', 'genuine'] as const) {
      if (!items.some(({ item, key: k }) => item.artefact.kind === kind && k === key))
        problems.push(`no ${key} ${kind}: every artefact kind needs scam and genuine versions`);
    }
  }
  const skills = new Map<string, number>();
  for (const item of pool) skills.set(item.skill, (skills.get(item.skill) ?? 0) + 1);
  for (const [skill, count] of skills) {
    if (count < minVariantsPerSkill)
      problems.push(`skill "${skill}" has ${count} item; every skill needs at least ${minVariantsPerSkill} variants`);
  }
  return problems;
}
