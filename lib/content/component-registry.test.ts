import { describe, expect, test } from 'vitest';
import { lessonComponents } from '@/components/mdx/registry';
import { lessonComponentRules } from './lesson-guard';

// The registry imports client components (the quiz island, next/link); they load fine in node, so the real
// object is compared rather than a regex over the file.
describe('lesson components', () => {
  test('the MDX registry offers exactly the components the lesson guard validates', () => {
    expect(Object.keys(lessonComponents).sort()).toEqual(Object.keys(lessonComponentRules).sort());
  });
});
