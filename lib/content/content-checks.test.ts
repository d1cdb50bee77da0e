import { describe, expect, it } from 'vitest';
import { figureWords, gapsOverLimit, interactionGaps, largestGap, maxWordsBeforeFirstInteraction } from './interaction-gaps';
import { readingMinutes } from './reading-time';
import { maxSources, sourceProblems } from './source-policy';

const source = (url: string) => ({ title: 'A page', publisher: 'Someone', url });
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('reading time (issue 11)', () => {
  it('is 200 words a minute plus half a minute a question and a minute and a half a red-flag exercise', () => {
    expect(readingMinutes({ words: 1000, questions: 0, spotters: 0 })).toBe(5);
    expect(readingMinutes({ words: 1000, questions: 6, spotters: 2 })).toBe(11);
    expect(readingMinutes({ words: 10, questions: 0, spotters: 0 })).toBe(1);
  });
});

describe('words between interactions (issue 15 item 1)', () => {
  const lesson = `---
title: x
---

${words(40)}

## A heading

${words(60)}

<Figure src="a.svg" alt="A picture" />

<Quiz id="first-check" questions={[{ id: "q", kind: "single", prompt: "${words(30)}", options: [] }]} />

<Callout type="tip">
${words(25)}
</Callout>

<Spotter id="fee-text" artefact={{ kind: "sms", sender: "x", messages: [] }} spots={[]} />

${words(5)}
`;

  it('counts prose, headings, callouts and figures between quizzes and red-flag exercises, not exercise data', () => {
    expect(interactionGaps(lesson)).toEqual([
      { words: 40 + 2 + 60 + figureWords, after: 'the start of the lesson', before: 'Quiz(first-check)' },
      { words: 25, after: 'Quiz(first-check)', before: 'Spotter(fee-text)' },
      { words: 5, after: 'Spotter(fee-text)', before: 'the end of the lesson' },
    ]);
    expect(largestGap(interactionGaps(lesson)).before).toBe('Quiz(first-check)');
  });

  it('gives the first section a lower limit, since the lesson header shares its screens', () => {
    const gaps = [
      { words: maxWordsBeforeFirstInteraction + 1, after: 'the start of the lesson', before: 'Quiz(a)' },
      { words: maxWordsBeforeFirstInteraction + 1, after: 'Quiz(a)', before: 'Quiz(b)' },
    ];
    expect(gapsOverLimit(gaps)).toEqual([{ ...gaps[0], limit: maxWordsBeforeFirstInteraction }]);
  });
});

describe('source policy (issue 11)', () => {
  it('accepts https pages of authoritative hosts and their subdomains', () => {
    expect(
      sourceProblems([
        source('https://www.aliexpress.com/p/help/buyer-protection.html'),
        source('https://consumer.ftc.gov/articles/how-avoid-scam'),
        source('https://www.gov.uk/guidance/vat-and-overseas-goods-sold-to-customers-in-the-uk'),
        source('https://taxation-customs.ec.europa.eu/customs-4/ecommerce_en'),
      ]),
    ).toEqual([]);
  });

  it('names look-alike copies of the help centre, plain http, unknown hosts and too many sources', () => {
    const problems = sourceProblems([
      source('https://aliexpresshlp.ru/en/confirm.html'),
      source('https://guide-aliexpress.com/en/x/'),
      source('https://help.aliexpress.com.example-shop.top/x'),
      source('http://www.aliexpress.com/buyerprotection/old.html'),
      source('https://someblog.example/aliexpress-tips'),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/aliexpresshlp\.ru.*deny-list/),
      expect.stringMatching(/guide-aliexpress\.com.*deny-list/),
      expect.stringMatching(/example-shop\.top.*look-alike/),
      expect.stringMatching(/old\.html is not https/),
      expect.stringMatching(/someblog\.example is not an authoritative host/),
    ]);
    const many = Array.from({ length: maxSources + 1 }, (_, i) => source(`https://www.ftc.gov/page-${i}`));
    expect(sourceProblems(many)).toEqual([`has ${maxSources + 1} sources; at most ${maxSources} allowed`]);
  });
});
