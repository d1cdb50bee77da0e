import { describe, expect, test } from 'vitest';
import { oembedAlternates, oembedPath, oembedResponse, pasteUrl } from './oembed';

const origin = 'https://scamwise.example';
const lesson = { kind: 'lesson', slug: 'is-it-safe', title: 'Is it safe?' } as const;

describe('EMB-13: oEmbed', () => {
  test('each page points at its own static response', () => {
    expect(oembedPath(lesson)).toBe('/oembed/lessons/is-it-safe.json');
    expect(oembedPath({ kind: 'exam' })).toBe('/oembed/exam.json');
    expect(oembedAlternates(lesson, origin)).toEqual({
      'application/json+oembed': [
        { url: `${origin}/oembed/lessons/is-it-safe.json`, title: 'Interactive lesson: Is it safe? (Scamwise)' },
      ],
    });
    expect(pasteUrl(lesson, origin)).toBe(`${origin}/lessons/is-it-safe/`);
  });

  test('the response is a rich oEmbed 1.0 with an iframe WordPress keeps', () => {
    const response = oembedResponse(lesson, { origin, providerName: 'Scamwise', integrity: 'sha384-abc' });
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Is it safe?',
      provider_name: 'Scamwise',
      provider_url: `${origin}/`,
      width: 640,
      height: 720,
    });
    // WordPress (wp_filter_oembed_result) keeps the first <iframe …></iframe> and its src, title, width, height.
    const iframe = /(<iframe[\s\S]*?><\/iframe>)/.exec(response.html)?.[1];
    expect(iframe).toContain(`src="${origin}/embed/lessons/is-it-safe/"`);
    expect(iframe).toContain('title="Interactive lesson: Is it safe? (Scamwise)"');
    expect(response.html).toContain(`src="${origin}/embed/v1.js" integrity="sha384-abc"`);
  });
});
