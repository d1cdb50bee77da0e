import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, paragraphs, readability, sentenceCount, syllablesOf, wordsOf } from './readability';

const lesson = `---
title: A title with many polysyllabic words in it
sources:
  - url: https://example.com/
---

The cat sat on the mat. It was warm!

<Callout type="tip">
Keep your money inside the app.
</Callout>

<Quiz id="q" questions={[{ id: "a", kind: "single", prompt: "Unbelievably complicated question?", options: [] }]} />

- First item
- Second item, with \`inline.code.example\` inside

\`\`\`
code block words here
\`\`\`

## A heading is a label
`;

describe('readability (issue 11)', () => {
  it('reads only prose: no frontmatter, code, exercise data or headings; callouts and list items count', () => {
    expect(paragraphs(lesson)).toEqual([
      'The cat sat on the mat. It was warm!',
      'Keep your money inside the app.',
      'First item',
      'Second item, with inside',
    ]);
  });

  it('counts words with apostrophes and hyphens as one', () => {
    expect(wordsOf("Don't skip two-step sign-in, 2026.")).toEqual(["Don't", 'skip', 'two-step', 'sign-in', '2026']);
  });

  it('counts sentences, and a paragraph with no full stop as one', () => {
    expect(sentenceCount('One. Two! Three? Four')).toBe(4);
    expect(sentenceCount('Go to aliexpress.com and stop.')).toBe(1);
    expect(sentenceCount('A list item')).toBe(1);
    expect(sentenceCount('')).toBe(0);
  });

  it('counts syllables with the syllable package, numbers as one', () => {
    expect(syllablesOf('cat')).toBe(1);
    expect(syllablesOf('money')).toBe(2);
    expect(syllablesOf('protection')).toBe(3);
    expect(syllablesOf('2026')).toBe(1);
  });

  it('computes the Flesch–Kincaid grade from the counts', () => {
    // 100 words, 10 sentences, 130 syllables: 0.39 × 10 + 11.8 × 1.3 − 15.59 = 3.65
    expect(fleschKincaidGrade({ words: 100, sentences: 10, syllables: 130 })).toBe(3.7);
    expect(fleschKincaidGrade({ words: 0, sentences: 0, syllables: 0 })).toBe(0);
  });

  it('gives a low grade to plain text and a high one to dense text', () => {
    expect(readability('The cat sat on the mat. The dog ran to the van.').grade).toBeLessThan(2);
    const dense =
      'Notwithstanding contractual obligations, international marketplace intermediaries characteristically administer escrow arrangements, consequently postponing disbursement to merchants until fulfilment verification.';
    expect(readability(dense).grade).toBeGreaterThan(15);
  });

  it('finds the longest paragraph and where it starts', () => {
    const long = Array.from({ length: 70 }, (_, i) => `word${i}`).join(' ');
    const figures = readability(`Short one.\n\n${long}.\n\nAnother short one.`);
    expect(figures.longestParagraph).toBe(70);
    expect(figures.longestParagraphStart).toBe('word0 word1 word2 word3 word4 word5 word6 word7');
    expect(figures.words).toBe(75);
    expect(figures.sentences).toBe(3);
  });
});
