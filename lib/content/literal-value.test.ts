import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { literalValue } from './literal-value';

/** The estree MDX produces for `value` written as a JSX attribute, exactly as the lesson guard receives it. */
function attributeProgram(value: string): Program {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(`<X value={${value}} />`) as Root;
  const element = tree.children[0] as MdxJsxFlowElement;
  const attribute = element.attributes[0];
  if (attribute?.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'object' || !attribute.value?.data?.estree) {
    throw new Error(`no expression attribute parsed from ${value}`);
  }
  return attribute.value.data.estree;
}

const literal = (value: string) => literalValue(attributeProgram(value));

describe('CNT-1: literalValue accepts literal data', () => {
  test('strings, numbers, booleans and null come back as themselves', () => {
    expect(literal('"text"')).toBe('text');
    expect(literal('42')).toBe(42);
    expect(literal('true')).toBe(true);
    expect(literal('null')).toBeNull();
  });

  test('negative numbers come back negative', () => {
    expect(literal('-3')).toBe(-3);
    expect(literal('-0.25')).toBe(-0.25);
  });

  test('template strings without ${} come back as plain strings', () => {
    expect(literal('`one line`')).toBe('one line');
    expect(literal('`two\nlines`')).toBe('two\nlines');
  });

  test('nested arrays and objects, with name and string keys, come back as plain data', () => {
    const value = literal(`[
      { id: "who-ships", options: [{ id: "a", correct: true, weight: -1 }, { "id": "b", correct: false, note: null }] },
      { id: "second", tags: ["x", \`y\`], nested: { deeper: { deepest: [1, 2, 3] } } }
    ]`);
    expect(value).toEqual([
      { id: 'who-ships', options: [{ id: 'a', correct: true, weight: -1 }, { id: 'b', correct: false, note: null }] },
      { id: 'second', tags: ['x', 'y'], nested: { deeper: { deepest: [1, 2, 3] } } },
    ]);
    // Plain objects, so zod's strictObject and JSON treat them like any other data.
    const first = (value as Record<string, unknown>[])[0]!;
    expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
  });
});

describe('CNT-1: literalValue refuses anything that could run code', () => {
  test.each([
    ['an identifier', 'makeQuestions', /found a Identifier/],
    ['a call', 'makeQuestions()', /found a CallExpression/],
    ['a member expression', 'process.env.SECRET', /found a MemberExpression/],
    ['a template string with ${}', '`hello ${name}`', /template strings may not contain/],
    ['an array spread', '[...questions]', /arrays may not have holes or spreads/],
    ['an array hole', '[1, , 2]', /arrays may not have holes or spreads/],
    ['an object spread', '{ ...defaults, id: "a" }', /plain "key: value" pairs/],
    ['a computed key', '{ [key]: 1 }', /plain "key: value" pairs/],
    ['a method', '{ run() { return 1 } }', /plain "key: value" pairs/],
    ['a getter', '{ get id() { return "a" } }', /plain "key: value" pairs/],
    ['a numeric key', '{ 1: "a" }', /object keys must be names or strings/],
    ['a negated identifier', '-count', /found a UnaryExpression/],
    ['a logical not', '!true', /found a UnaryExpression/],
    ['a regular expression', '/a+/', /regular expressions and bigints/],
    ['a bigint', '10n', /regular expressions and bigints/],
    ['an arrow function', '() => 1', /found a ArrowFunctionExpression/],
    ['a value inside an object that is a call', '{ id: "a", options: load() }', /found a CallExpression/],
  ])('%s is refused', (_name, source, message) => {
    expect(() => literal(source)).toThrow(message);
  });

  test('a program that is not a single expression statement is refused', () => {
    const empty: Program = { type: 'Program', sourceType: 'module', body: [] };
    expect(() => literalValue(empty)).toThrow('must be a single literal value');

    const statement = attributeProgram('1').body[0]!;
    expect(() => literalValue({ ...empty, body: [statement, statement] })).toThrow('must be a single literal value');
  });
});

describe('CNT-1: a "__proto__" key stays plain data', () => {
  test.each([
    ['as a string key', '{ "__proto__": { polluted: true }, id: "a" }'],
    ['as a name key', '{ __proto__: { polluted: true }, id: "a" }'],
  ])('written %s, it becomes an own property and changes no prototype', (_name, source) => {
    const value = literal(source) as Record<string, unknown>;

    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value.polluted).toBeUndefined();
    expect(value.id).toBe('a');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});
