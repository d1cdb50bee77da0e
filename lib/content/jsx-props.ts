import type { ZodType } from 'zod';
import type { Node } from 'unist';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { literalValue } from './literal-value';
import { LessonError } from './lesson-error';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * The props an editor wrote on an MDX component, as plain data: strings as written, bare attributes as `true`, and
 * `{…}` values only when they are literals (RELIABILITY CNT-1). Lessons and pages share it, so "limited MDX" means
 * the same thing in both; anything else is a LessonError naming the file and the prop.
 */
export function jsxProps(node: JsxElement, file: string): Record<string, unknown> {
  const line = node.position?.start.line;
  const name = node.name ?? '<>';
  const props: Record<string, unknown> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      throw new LessonError(file, `<${name}>`, 'spread props ({...x}) are not allowed', line);
    }
    const value = attribute.value;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === 'string') props[attribute.name] = value;
    else {
      const program = value.data?.estree;
      if (!program) throw new LessonError(file, `${name}.${attribute.name}`, 'could not read this value', line);
      try {
        props[attribute.name] = literalValue(program);
      } catch (error) {
        throw new LessonError(file, `${name}.${attribute.name}`, (error as Error).message, line);
      }
    }
  }
  return props;
}

/** What a registered component accepts: its props' schema, and whether it wraps Markdown children. */
export type ComponentRule = { props: ZodType; children: boolean };

/** The rule of a component, or a LessonError when it is not registered or gets children it does not take. */
export function ruleFor(node: JsxElement, file: string, rules: Record<string, ComponentRule>, who: string): ComponentRule {
  const line = node.position?.start.line;
  const name = node.name ?? '<>';
  const rule = rules[name];
  if (!rule) {
    throw new LessonError(file, `<${name}>`, `unknown component; ${who} may use only ${Object.keys(rules).join(', ')}`, line);
  }
  if (!rule.children && node.children.length > 0) {
    throw new LessonError(file, `<${name}>`, 'takes its content as props, not as children', line);
  }
  return rule;
}

/**
 * "Limited MDX" (RELIABILITY CNT-1), for lessons and pages alike: no imports or exports, no {expressions}. Throws
 * on a node that is code, naming the file and line; `who` is "lessons" or "pages".
 */
export function rejectCode(node: Node & { value?: unknown }, file: string, who: string) {
  const line = node.position?.start.line;
  // mdx-bundler adds its own `export const frontmatter`, which has no position in the source.
  if (node.type === 'mdxjsEsm' && node.position)
    throw new LessonError(file, 'import/export', `${who} may not import or export code`, line);
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
    throw new LessonError(file, `{${String(node.value).trim().slice(0, 30)}}`, `${who} may not contain {expressions}`, line);
}
