import { embedText } from '@/lib/i18n/en/embed';
import { lessonText } from '@/lib/i18n/en/lesson';
import { linkButtonClass } from '@/components/ui/button';

export type EmbedCardProps = {
  title: string;
  description: string;
  objectives: string[];
  /** The full lesson on our site. */
  href: string;
};

/**
 * The compact card a lesson shows when WordPress frames it (EMB-13): WordPress caps an embed at 1000 px, far
 * shorter than a lesson, and its sandbox keeps no progress. Not displayed until components/embed/use-embed-child.ts marks
 * the page as framed by WordPress (html.wp-embed, app/embed/embed.css).
 */
export function EmbedCard({ title, description, objectives, href }: EmbedCardProps) {
  return (
    <section data-wp-card aria-labelledby="card-title" className="mx-auto max-w-3xl space-y-4 px-4 py-5">
      {/* h2: the page's one h1 stays the lesson's own, which the card replaces only in WordPress. */}
      <h2 id="card-title" className="text-2xl font-bold leading-tight">
        {title}
      </h2>
      <p className="text-lg text-muted">{description}</p>
      <h3 className="text-lg font-bold">{lessonText.objectivesTitle}</h3>
      <ul className="list-disc space-y-1 pl-6">
        {objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
      <p>
        <a href={href} target="_blank" rel="noopener" className={linkButtonClass()}>
          {embedText.startLesson}
          <span className="sr-only"> {embedText.newTab}</span>
        </a>
      </p>
      <p className="text-base text-muted">{embedText.credit}</p>
    </section>
  );
}
