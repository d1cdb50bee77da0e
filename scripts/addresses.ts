/** Which web addresses Scamwise may show (RELIABILITY CNT-3). Shared by the content and built-output checks. */

import { reservedHostPattern } from '../lib/ids';

/** The one reserved-domain rule (lib/ids.ts): the only hosts mock scam addresses may use. */
export const reservedHost = reservedHostPattern;

/** Real sites the course names in prose without linking: the platforms it teaches about, and GOV.UK as a publisher. */
export const namedSites = new Set(['aliexpress.com', 'alibaba.com', 'gov.uk']);

/** Addresses with a scheme. */
export const urlPattern = /\bhttps?:\/\/[^\s<>"'`)\]]+/gi;

/** Bare hosts, recognised by their top-level domain so that "progress.corrupt" in prose is not mistaken for one. */
export const hostPattern =
  /\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|co|uk|io|info|biz|shop|store|app|xyz|top|online|site|cn|ru|de|fr|es|it|au|nz|ie|eu|gov|example|test|invalid)\b/gi;

/** True when `host` may appear: reserved, named, or the host (or parent domain) of one of `sourceHosts`. */
export function isAllowedHost(host: string, sourceHosts: Iterable<string>): boolean {
  const lower = host.toLowerCase();
  if (reservedHost.test(lower) || namedSites.has(lower)) return true;
  for (const source of sourceHosts) if (source === lower || source.endsWith(`.${lower}`)) return true;
  return false;
}
