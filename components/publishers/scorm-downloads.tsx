import { scormPackagePath } from '@/lib/embed/scorm-package';
import { publishersText } from '@/lib/i18n/en/publishers';
import { t } from '@/lib/i18n/t';
import { publishersMessages } from '@/lib/i18n/publishers';

export type ScormDownloadsProps = { lessons: { slug: string; title: string; order: number }[] };

const p = publishersText;

/** The SCORM 1.2 packages written by scripts/build-scorm.ts, and how to add one to Moodle (EMB-14). */
export function ScormDownloads({ lessons }: ScormDownloadsProps) {
  const downloads = [
    ...lessons.map((lesson) => ({
      href: scormPackagePath({ kind: 'lesson', ...lesson }),
      label: t(publishersMessages, 'scormLesson', lesson),
    })),
    { href: scormPackagePath({ kind: 'exam' }), label: p.scormExam },
  ];
  return (
    <section aria-labelledby="scorm" className="space-y-4">
      <h2 id="scorm" className="text-2xl font-bold">
        {p.scormTitle}
      </h2>
      <p>{p.scormIntro}</p>
      <h3 className="text-xl font-bold">{p.scormDownloadsTitle}</h3>
      <ul className="space-y-1">
        {downloads.map((download) => (
          <li key={download.href}>
            <a href={download.href} download className="inline-flex min-h-11 items-center">
              {download.label} {p.scormFormat}
            </a>
          </li>
        ))}
      </ul>
      <h3 className="text-xl font-bold">{p.scormMoodleTitle}</h3>
      <ol className="list-decimal space-y-1 pl-6">
        {p.scormMoodle.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p>{p.scormNote}</p>
    </section>
  );
}
