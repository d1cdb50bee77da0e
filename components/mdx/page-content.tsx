import { getMDXComponent } from 'mdx-bundler/client';
import { pageComponents, pageMarkdownComponents, type PageIslands } from './page-registry';

/** Renders a compiled site page on the server, at build time, like LessonContent (RELIABILITY SEC-2). */
export function PageContent({ code, islands = {} }: { code: string; islands?: PageIslands }) {
  const Component = getMDXComponent(code);
  // A server component renders once per page at build time and holds no state, so there is none to reset.
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={{ ...pageMarkdownComponents, ...pageComponents, ...islands }} />;
}
