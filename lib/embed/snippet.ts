/**
 * The embed snippet publishers copy from /publishers/ (RELIABILITY §1.3, EMB-1, EMB-7). A pure function of the
 * choices, so the publisher page, its preview and the tests all use the same text.
 */
import { embedText } from '@/lib/i18n/en/embed';
import { embedAttribute } from './protocol';
import { defaultAccent, defaultTheme, type EmbedAccent, type EmbedTheme } from './theme';
import { t } from '@/lib/i18n/t';
import { embedMessages } from '@/lib/i18n/embed';

/** What has a page of its own on the full site, an oEmbed response and a SCORM package: a lesson or the exam. */
export type CourseTarget = { kind: 'lesson'; slug: string; title: string } | { kind: 'exam' };

export type EmbedTarget =
  | { kind: 'lesson'; slug: string; title: string }
  | { kind: 'exam' }
  /** One exercise alone (EMB-15); `title` as exerciseTitle() gives it, `lesson` is the slug of its lesson. */
  | { kind: 'exercise'; id: string; title: string; lesson: string };

/**
 * Where the exam's "open the full course" links lead. The exam is built on another branch; when it is merged this
 * becomes '/exam/' (left for the lead).
 */
export const examFullPath = '/exam/';

/** Tokens of RELIABILITY §1.3: scripts for quizzes, same-origin for storage, popups for new-tab links, forms. */
export const sandboxTokens = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-forms';
export const hostScriptPath = '/embed/v1.js';
/** Fixed starting height and minimum: the frame is usable without the script and reserves its space (no CLS). */
export const startHeight = 720;
export const minimumHeight = 480;

type SnippetOptions = {
  /** Our origin, e.g. https://scamwise.example (the page's own origin at run time). */
  origin: string;
  target: EmbedTarget;
  theme?: EmbedTheme;
  accent?: EmbedAccent;
  /** Subresource integrity of the host script, e.g. sha384-…; omitted when unknown (dev builds). */
  integrity?: string;
};

/** The framable page's path with the chosen look; defaults are left out to keep the snippet short. */
export function embedPath({
  target,
  theme = defaultTheme,
  accent = defaultAccent,
}: Omit<SnippetOptions, 'origin' | 'integrity'>): string {
  const path =
    target.kind === 'lesson'
      ? `/embed/lessons/${target.slug}/`
      : target.kind === 'exercise'
        ? `/embed/exercise/${target.id}/`
        : '/embed/exam/';
  const query = new URLSearchParams();
  if (theme !== defaultTheme) query.set('theme', theme);
  if (accent !== defaultAccent) query.set('accent', accent);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * The publisher page's preview frames the same page with `preview=1`, which stops it recording a visit: the preview
 * is same-origin with the course, and browsing lessons to choose one should not mark them as opened.
 */
export function previewPath(options: Omit<SnippetOptions, 'origin' | 'integrity'>): string {
  const path = embedPath(options);
  return `${path}${path.includes('?') ? '&' : '?'}preview=1`;
}

/** The full-site page the fallback link and "open in a new tab" lead to. */
export const fullPath = (target: EmbedTarget) =>
  target.kind === 'lesson'
    ? `/lessons/${target.slug}/`
    : target.kind === 'exercise'
      ? `/lessons/${target.lesson}/`
      : examFullPath;

/** The iframe's title: the same text as the framed page's <title> (EMB-1). */
export const frameTitle = (target: EmbedTarget) =>
  target.kind === 'lesson'
    ? t(embedMessages, 'frameTitle', target)
    : target.kind === 'exercise'
      ? t(embedMessages, 'exerciseFrameTitle', target)
      : embedText.examFrameTitle;

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function buildSnippet(options: SnippetOptions): string {
  const { origin, target, integrity } = options;
  const fallback = target.kind === 'exam' ? embedText.keepProgressCourse : embedText.keepProgressLesson;
  const pin = integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
  return [
    '<!-- Scamwise embed v1 -->',
    '<div class="scamwise-embed">',
    '  <iframe',
    `    src="${escapeHtml(origin + embedPath(options))}"`,
    `    title="${escapeHtml(frameTitle(target))}"`,
    `    width="100%" height="${startHeight}"`,
    `    style="border:0; width:100%; min-height:${minimumHeight}px; display:block"`,
    '    loading="lazy"',
    '    referrerpolicy="strict-origin-when-cross-origin"',
    `    sandbox="${sandboxTokens}"`,
    `    ${embedAttribute}></iframe>`,
    `  <p><a href="${escapeHtml(origin + fullPath(target))}" target="_blank" rel="noopener">${escapeHtml(fallback)}</a></p>`,
    '</div>',
    `<script async src="${escapeHtml(origin + hostScriptPath)}"${pin}></script>`,
  ].join('\n');
}
