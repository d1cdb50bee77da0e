import type { Root } from 'mdast';
// Type-only imports that add MDX's expression and ESM nodes to mdast's node types.
import type {} from 'mdast-util-mdx-expression';
import type {} from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import { jsxProps, ruleFor } from './jsx-props';
import { LessonError, parseOrThrow } from './lesson-error';
import { pageComponentRules } from './page-schema';

/**
 * "Limited MDX" for site pages (RELIABILITY CNT-1), as for lessons: no imports, no {expressions}, only the
 * registered components with valid props. `found` keeps the guard's own error, which esbuild would flatten.
 */
export function remarkPageGuard(options: { file: string; found: { error?: LessonError } }) {
  const { file, found } = options;
  return () => (tree: Root) => {
    try {
      visit(tree, (node) => {
        const line = node.position?.start.line;
        switch (node.type) {
          case 'mdxjsEsm':
            // mdx-bundler adds its own `export const frontmatter`, which has no position in the source.
            if (node.position) throw new LessonError(file, 'import/export', 'pages may not import or export code', line);
            return;
          case 'mdxFlowExpression':
          case 'mdxTextExpression':
            throw new LessonError(file, `{${node.value.trim().slice(0, 30)}}`, 'pages may not contain {expressions}', line);
          case 'mdxJsxFlowElement':
          case 'mdxJsxTextElement': {
            const rule = ruleFor(node, file, pageComponentRules, 'pages');
            parseOrThrow(rule.props, jsxProps(node, file), file, node.name ?? '<>', line);
            return;
          }
        }
      });
    } catch (error) {
      if (error instanceof LessonError) found.error = error;
      throw error;
    }
  };
}
