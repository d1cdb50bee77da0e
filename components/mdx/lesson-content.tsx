import type { ComponentType } from 'react';
import { getMDXComponent } from 'mdx-bundler/client';
import type { LessonLinkProps } from './lesson-link';
import { lessonComponents, markdownComponents } from './registry';

export type LessonContentProps = {
  code: string;
  /**
   * How the lesson's links are drawn: ./lesson-link.tsx on the site, ./embedded-lesson-link.tsx in an embed, where
   * every link opens a new tab so the frame never navigates away. Given by the route, so each imports only its own.
   */
  link: ComponentType<LessonLinkProps>;
};

/**
 * Renders a compiled lesson. A SERVER component: the MDX function is evaluated here, at build time, so the browser
 * receives HTML and client islands only, never MDX or `new Function` (RELIABILITY SEC-2).
 */
export function LessonContent({ code, link }: LessonContentProps) {
  const Component = getMDXComponent(code);
  // A server component renders once per page at build time and holds no state, so there is none to reset.
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={{ ...markdownComponents, ...lessonComponents, a: link }} />;
}
