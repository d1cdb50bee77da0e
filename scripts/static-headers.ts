/**
 * Reads a Cloudflare Pages `_headers` file and works out the headers a path gets, with Cloudflare's semantics
 * (workers-sdk pages-shared/asset-server/handler.ts): every matching rule applies, in file order; a rule first
 * removes the headers it detaches (`! Name`), then sets its own; a header set again by a later rule is *appended*,
 * which for Content-Security-Policy means two policies, both enforced.
 * Used by the SEC-1 unit test and by the end-to-end tests' static server, so both see what production would send.
 */
export type HeaderRule = { pattern: string; regex: RegExp; set: [string, string][]; unset: string[] };

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (!line || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      // A splat (*) matches any characters; everything else literally.
      const regex = new RegExp(
        `^${line
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      );
      rules.push({ pattern: line, regex, set: [], unset: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`header line before any path: ${line}`);
    const detach = line.trim().match(/^!\s*(\S+)$/);
    if (detach) rule.unset.push(detach[1]!.toLowerCase());
    else {
      const colon = line.indexOf(':');
      if (colon < 0) throw new Error(`not a "Name: value" line: ${line}`);
      rule.set.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/** The headers `pathname` gets: lower-case name → every value sent (more than one means a duplicated header). */
export function headersFor(rules: HeaderRule[], pathname: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  const setByRules = new Set<string>();
  for (const rule of rules.filter((candidate) => candidate.regex.test(pathname))) {
    rule.unset.forEach((name) => headers.delete(name));
    for (const [name, value] of rule.set) {
      if (setByRules.has(name)) headers.set(name, [...(headers.get(name) ?? []), value]);
      else {
        headers.set(name, [value]);
        setByRules.add(name);
      }
    }
  }
  return headers;
}
