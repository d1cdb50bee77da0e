import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { buildSnippet, embedPath } from './snippet';

const origin = 'https://scamwise.example';
const lesson = {
  kind: 'lesson',
  slug: 'is-it-safe',
  title: 'Is it safe? How "your" money is <protected> & kept',
} as const;

function parse(html: string) {
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  return {
    iframe: document.querySelector('iframe')!,
    link: document.querySelector('p a')!,
    script: document.querySelector('script')!,
  };
}

describe('EMB-1/EMB-7: the embed snippet', () => {
  test('has every part RELIABILITY §1.3 asks for', () => {
    const { iframe, link, script } = parse(buildSnippet({ origin, target: lesson, integrity: 'sha384-abc' }));
    expect(iframe.getAttribute('src')).toBe('https://scamwise.example/embed/lessons/is-it-safe/');
    expect(iframe.getAttribute('title')).toBe(
      'Interactive lesson: Is it safe? How "your" money is <protected> & kept (Scamwise)',
    );
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(iframe.getAttribute('height')).toBe('720');
    expect(iframe.getAttribute('style')).toContain('min-height:480px');
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
    expect(iframe.getAttribute('sandbox')!.split(' ').sort()).toEqual(
      ['allow-forms', 'allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts'].sort(),
    );
    expect(iframe.hasAttribute('allow')).toBe(false);
    expect(iframe.hasAttribute('data-scamwise-embed')).toBe(true);
    expect(link.getAttribute('href')).toBe('https://scamwise.example/lessons/is-it-safe/');
    expect(link.getAttribute('rel')).toBe('noopener');
    expect(script.getAttribute('src')).toBe('https://scamwise.example/embed/v1.js');
    expect(script.hasAttribute('async')).toBe(true);
    expect(script.getAttribute('integrity')).toBe('sha384-abc');
    expect(script.getAttribute('crossorigin')).toBe('anonymous');
  });

  test('never adds allow-top-navigation', () => {
    expect(buildSnippet({ origin, target: lesson })).not.toContain('top-navigation');
  });

  test('the exam snippet frames /embed/exam/', () => {
    const { iframe } = parse(buildSnippet({ origin, target: { kind: 'exam' } }));
    expect(iframe.getAttribute('src')).toBe('https://scamwise.example/embed/exam/');
    expect(iframe.getAttribute('title')).toBe('Final exam (Scamwise)');
  });

  test('the look goes into the query only when it is not the default', () => {
    expect(embedPath({ target: lesson })).toBe('/embed/lessons/is-it-safe/');
    expect(embedPath({ target: lesson, theme: 'dark', accent: 'teal' })).toBe(
      '/embed/lessons/is-it-safe/?theme=dark&accent=teal',
    );
    expect(embedPath({ target: { kind: 'exam' }, accent: 'pink' })).toBe('/embed/exam/?accent=pink');
  });

  test('without a known hash the script is not pinned', () => {
    const { script } = parse(buildSnippet({ origin, target: lesson }));
    expect(script.hasAttribute('integrity')).toBe(false);
    expect(script.hasAttribute('crossorigin')).toBe(false);
  });
});
