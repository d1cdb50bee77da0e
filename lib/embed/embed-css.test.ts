import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

// Everything that styles the framable pages: their routes, their components, and the document shell they share.
const embedFiles = [
  ...files(path.join(root, 'app/embed')),
  ...files(path.join(root, 'components/embed')),
  path.join(root, 'app/layout.tsx'),
];

describe('EMB-5: embed styles never depend on the frame height (no resize loops)', () => {
  test.each(embedFiles.map((file) => [path.relative(root, file), file]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    // vh-family units (CSS or arbitrary Tailwind values) and Tailwind's viewport-height utilities.
    expect(text).not.toMatch(/\d(s|l|d)?vh\b/);
    expect(text).not.toMatch(/\b(min-|max-)?h-(screen|svh|lvh|dvh)\b/);
    // height:100% on html or body.
    expect(text).not.toMatch(/(html|body)[^{]*\{[^}]*height:\s*100%/);
    expect(text).not.toMatch(/<(html|body)[^>]*className="[^"]*\bh-full\b/);
  });
});
