import { getMDXComponent } from 'mdx-bundler/client';
import { pageComponents, pageMarkdownComponents } from './page-registry';

const components = { ...pageMarkdownComponents, ...pageComponents };

/** Renders a compiled site page on the server, at build time, like LessonContent (RELIABILITY SEC-2). */
export function PageContent({ code }: { code: string }) {
  const Component = getMDXComponent(code);
  // A server component renders once per page at build time and holds no state, so there is none to reset.
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={components} />;
}
