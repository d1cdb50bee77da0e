/**
 * The rules every part of Scamwise shares about names, written once: the id rule (lesson slugs, quiz, question,
 * option, exercise and exam item ids, all of which are progress keys) and the reserved-domain rule for made-up
 * addresses (RELIABILITY CNT-3). Content schemas, the progress reader, the embed protocol and the checks import these.
 */

/** Lowercase kebab-case: a-z, 0-9 and single hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an editor is told when an id breaks the rule. */
export const idRuleMessage = 'must be lowercase kebab-case (a-z, 0-9 and single hyphens)';

/** Ids longer than this are refused when read back from storage or messages (they never come from our content). */
const maxIdLength = 80;

export const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= maxIdLength && idPattern.test(value);

/**
 * RFC 2606 / 6761 reserved names: the `.example`, `.test`, `.invalid` and `.localhost` top-level domains and
 * example.com/.net/.org with their subdomains. No one can register them, so a mock address can never lead to a live
 * site.
 */
export const reservedHostPattern = /(^|\.)(example|test|invalid|localhost)$|(^|\.)example\.(com|net|org)$/;
