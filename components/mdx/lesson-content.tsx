import { getMDXComponent } from 'mdx-bundler/client';
import { EmbeddedLessonLink } from './lesson-link';
import { lessonComponents, markdownComponents } from './registry';

export type LessonContentProps = {
  code: string;
  /** Inside an embed every link opens a new tab, so the frame never navigates away (app/embed). */
  embedded?: boolean;
};

const components = { ...markdownComponents, ...lessonComponents };
const embeddedComponents = { ...components, a: EmbeddedLessonLink };

/**
 * Renders a compiled lesson. A SERVER component: the MDX function is evaluated here, at build time, so the browser
 * receives HTML and client islands only, never MDX or `new Function` (RELIABILITY SEC-2).
 */
export function LessonContent({ code, embedded = false }: LessonContentProps) {
  const Component = getMDXComponent(code);
  // A server component renders once per page at build time and holds no state, so there is none to reset.
  // eslint-disable-next-line react-hooks/static-components
  return <Component components={embedded ? embeddedComponents : components} />;
}
