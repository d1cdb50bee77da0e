import { lessonText } from '@/lib/i18n/en/lesson';

export type LessonObjectivesProps = {
  /** The lesson's frontmatter objectives. */
  objectives: string[];
  className?: string;
};

/** "In this lesson you will learn", shared by the lesson page and its embed. */
export function LessonObjectives({ objectives, className = '' }: LessonObjectivesProps) {
  return (
    <section aria-labelledby="objectives" className={`rounded-lg bg-surface p-5 ${className}`}>
      <h2 id="objectives" className="text-xl font-bold">
        {lessonText.objectivesTitle}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    </section>
  );
}
