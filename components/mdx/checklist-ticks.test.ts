import { describe, expect, test } from 'vitest';
import { checklistTicks, withTick } from './checklist-ticks';

describe('checklist ticks', () => {
  test('adds and removes ticks per checklist without touching others', () => {
    let stored = withTick(null, 'a', 'one', true);
    stored = withTick(stored, 'b', 'two', true);
    stored = withTick(stored, 'a', 'three', true);
    stored = withTick(stored, 'a', 'one', false);
    expect(checklistTicks(stored, 'a')).toEqual(['three']);
    expect(checklistTicks(stored, 'b')).toEqual(['two']);
  });

  test('unreadable values count as no ticks', () => {
    for (const bad of ['{', '[]', '"x"', 'null', '{"a": 3}', '{"a": [1, "ok"]}']) {
      expect(checklistTicks(bad, 'a').filter((id) => id !== 'ok')).toEqual([]);
    }
    expect(checklistTicks(withTick('{', 'a', 'x', true), 'a')).toEqual(['x']);
  });
});
