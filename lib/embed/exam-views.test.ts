import { describe, expect, test } from 'vitest';
import { inFrameView } from './exam-views';

const origin = 'https://scamwise.example';

describe('EMB-12: the embedded exam keeps its certificate and review in the frame', () => {
  test.each([
    ['/certificate/', 'certificate'],
    [`${origin}/review/`, 'review'],
    ['/exam/', 'exam'],
    ['/embed/exam/?theme=dark', 'exam'],
  ])('%s → %s', (href, view) => {
    expect(inFrameView(href, origin)).toBe(view);
  });

  test.each([
    ['a lesson', '/lessons/is-it-safe/'],
    ['another origin', 'https://evil.example/certificate/'],
    ['a lookalike path', '/certificate/extra/'],
    ['a prototype key', '/constructor'],
    ['the privacy page', '/privacy/'],
  ])('%s is left alone', (_name, href) => {
    expect(inFrameView(href, origin)).toBeUndefined();
  });
});
