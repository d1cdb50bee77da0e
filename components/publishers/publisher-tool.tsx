'use client';

import { useId, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  buildSnippet,
  frameTitle,
  minimumHeight,
  previewPath,
  sandboxTokens,
  startHeight,
  type EmbedTarget,
} from '@/lib/embed/snippet';
import { pasteUrl } from '@/lib/embed/oembed';
import { noSubscription } from '@/lib/use-hydrated';
import { EventConsole } from './event-console';
import { RadioChoices } from './radio-choices';
import {
  accentSwatches,
  defaultAccent,
  defaultTheme,
  embedAccents,
  embedThemes,
  type EmbedAccent,
  type EmbedTheme,
} from '@/lib/embed/theme';
import { publisherToolText } from '@/lib/i18n/en/publisher-tool';
import { CopyableCode } from './copyable-code';
import { usePreviewNear } from './use-preview-near';
import { t } from '@/lib/i18n/t';
import { publisherToolMessages } from '@/lib/i18n/publisher-tool';

export type PublisherToolProps = {
  lessons: { slug: string; title: string; order: number }[];
  /** Single exercises (EMB-15), with the title exerciseTitle() gives them and their lesson's slug. */
  exercises: { id: string; title: string; lesson: string }[];
  /** The origin known at build time (SITE_URL); replaced by the page's real origin once it runs. */
  buildOrigin: string;
  /** SRI of the host script that ships with this build. */
  integrity?: string;
};

const examValue = 'exam';
const exercisePrefix = 'exercise:';

/** Choose a lesson or the exam, a theme and an accent; see the snippet and a live preview (RELIABILITY §1.3). */
export function PublisherTool({ lessons, exercises, buildOrigin, integrity }: PublisherToolProps) {
  const ids = { what: useId(), choose: useId(), snippet: useId(), link: useId(), preview: useId() };
  const [what, setWhat] = useState(lessons[0]?.slug ?? examValue);
  const [theme, setTheme] = useState<EmbedTheme>(defaultTheme);
  const [accent, setAccent] = useState<EmbedAccent>(defaultAccent);
  const previewSection = useRef<HTMLElement>(null);
  const chooser = useRef<HTMLElement>(null);
  // Choices made in the server HTML, before the tool was live, are in the DOM only (React keeps what it finds when
  // it hydrates, then redraws its own state over it): take them up, so the snippet is for what the editor chose.
  useLayoutEffect(() => {
    const form = chooser.current;
    if (!form) return;
    const chosen = form.querySelector('select')?.value;
    if (chosen) setWhat(chosen);
    const checked = (name: string) =>
      form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
    const pickedTheme = checked('embed-theme');
    if ((embedThemes as readonly string[]).includes(pickedTheme ?? '')) setTheme(pickedTheme as EmbedTheme);
    const pickedAccent = checked('embed-accent');
    if ((embedAccents as readonly string[]).includes(pickedAccent ?? '')) setAccent(pickedAccent as EmbedAccent);
  }, []);
  const previewNear = usePreviewNear(previewSection);
  // The snippet must name the origin readers will load from: this page's own, whatever SITE_URL said at build time.
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => buildOrigin,
  );

  const lesson = lessons.find((candidate) => candidate.slug === what);
  const exercise = exercises.find((candidate) => exercisePrefix + candidate.id === what);
  const target: EmbedTarget = lesson
    ? { kind: 'lesson', slug: lesson.slug, title: lesson.title }
    : exercise
      ? { kind: 'exercise', ...exercise }
      : { kind: 'exam' };
  const snippet = buildSnippet({ origin, target, theme, accent, integrity });
  const preview = previewPath({ target, theme, accent });

  return (
    <>
      <section ref={chooser} aria-labelledby={ids.choose} className="space-y-5">
        <h2 id={ids.choose} className="text-2xl font-bold">
          {publisherToolText.chooseTitle}
        </h2>
        <div className="space-y-2">
          <label htmlFor={ids.what} className="block font-semibold">
            {publisherToolText.whatLabel}
          </label>
          <select
            id={ids.what}
            value={what}
            onChange={(event) => setWhat(event.target.value)}
            className="min-h-12 w-full max-w-xl rounded border-2 border-line bg-page px-2 text-ink"
          >
            {lessons.map((option) => (
              <option key={option.slug} value={option.slug}>
                {t(publisherToolMessages, 'lessonOption', option)}
              </option>
            ))}
            <option value={examValue}>{publisherToolText.examOption}</option>
            <optgroup label={publisherToolText.exercisesGroup}>
              {exercises.map((option) => (
                <option key={option.id} value={exercisePrefix + option.id}>
                  {option.title}
                </option>
              ))}
            </optgroup>
          </select>
        </div>

        <RadioChoices<EmbedTheme>
          legend={publisherToolText.themeLegend}
          name="embed-theme"
          options={embedThemes}
          value={theme}
          onChange={setTheme}
          label={(option) => publisherToolText.themes[option]}
        />
        <RadioChoices<EmbedAccent>
          legend={publisherToolText.accentLegend}
          name="embed-accent"
          options={embedAccents}
          value={accent}
          onChange={setAccent}
          label={(option) => (
            <>
              <span
                aria-hidden="true"
                className="size-5 rounded-full border border-line/60"
                style={{ background: accentSwatches[option] }}
              />
              {publisherToolText.accents[option]}
            </>
          )}
        />
      </section>

      <section aria-labelledby={ids.snippet} className="space-y-3">
        <h2 id={ids.snippet} className="text-2xl font-bold">
          {publisherToolText.snippetTitle}
        </h2>
        <p>{publisherToolText.snippetHelp}</p>
        <CopyableCode
          code={snippet}
          label={publisherToolText.snippetLabel}
          copyLabel={publisherToolText.copySnippet}
          copiedText={publisherToolText.copied}
          failedText={publisherToolText.copyFailed}
          testId="embed-snippet"
        />
        <h3 id={ids.link} className="pt-2 text-xl font-bold">
          {publisherToolText.pasteTitle}
        </h3>
        {target.kind === 'exercise' ? (
          <p>{publisherToolText.pasteNoExercise}</p>
        ) : (
          <>
            <p>{publisherToolText.pasteHelp}</p>
            <CopyableCode
              code={pasteUrl(target, origin)}
              label={publisherToolText.pasteLabel}
              copyLabel={publisherToolText.copyLink}
              copiedText={publisherToolText.copied}
              failedText={publisherToolText.copyFailed}
              testId="embed-paste-link"
            />
          </>
        )}
      </section>

      <section ref={previewSection} aria-labelledby={ids.preview} className="space-y-3">
        <h2 id={ids.preview} className="text-2xl font-bold">
          {publisherToolText.previewTitle}
        </h2>
        <p>{publisherToolText.previewHelp}</p>
        <div className="overflow-hidden rounded-lg border-2 border-line/50">
          {previewNear ? (
            // Same attributes as the snippet. A new element per choice, so changing it adds no browser history.
            <iframe
              key={preview}
              src={preview}
              title={frameTitle(target)}
              height={startHeight}
              style={{ border: 0, width: '100%', minHeight: minimumHeight, display: 'block' }}
              loading="lazy"
              referrerPolicy="strict-origin-when-cross-origin"
              sandbox={sandboxTokens}
              data-scamwise-embed=""
            />
          ) : (
            // The frame's own height until it comes, so nothing moves when it does.
            <div data-testid="preview-pending" style={{ height: startHeight, minHeight: minimumHeight }} />
          )}
        </div>
        <EventConsole key={preview} />
      </section>
    </>
  );
}
