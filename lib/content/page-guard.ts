import type { Root } from 'mdast';
// Type-only imports that add MDX's expression and ESM nodes to mdast's node types.
import type {} from 'mdast-util-mdx-expression';
import type {} from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import { jsxProps, rejectCode, ruleFor } from './jsx-props';
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
        rejectCode(node, file, 'pages');
        if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
        const rule = ruleFor(node, file, pageComponentRules, 'pages');
        parseOrThrow(rule.props, jsxProps(node, file), file, node.name ?? '<>', node.position?.start.line);
      });
    } catch (error) {
      if (error instanceof LessonError) found.error = error;
      throw error;
    }
  };
}
