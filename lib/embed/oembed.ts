/**
 * oEmbed for WordPress, Ghost, Drupal and other CMSs (EMB-13; https://oembed.com §2.3, §2.4). Each lesson page and
 * the exam page advertise a discovery link to a static JSON file (written by scripts/build-oembed.ts), whose `html`
 * is the publishers' snippet: CMSs that keep scripts get auto-height from our host script; WordPress keeps only the
 * iframe, sandboxes it and resizes it through its own protocol (lib/embed/wp-child.ts).
 */
import { buildSnippet, embedPath, frameTitle, fullPath, startHeight, type CourseTarget } from './snippet';

const oembedType = 'application/json+oembed';
/** The width an oEmbed consumer should reserve; the iframe itself is width="100%". */
const oembedWidth = 640;

export const oembedPath = (target: CourseTarget) =>
  target.kind === 'lesson' ? `/oembed/lessons/${target.slug}.json` : '/oembed/exam.json';

/** The `alternates.types` entry of a page's metadata: `<link rel="alternate" type="application/json+oembed">`. */
export const oembedAlternates = (target: CourseTarget, origin: string) => ({
  [oembedType]: [{ url: origin + oembedPath(target), title: frameTitle(target) }],
});

type OEmbedResponse = {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  author_name: string;
  author_url: string;
  width: number;
  height: number;
  html: string;
  cache_age: number;
};

export function oembedResponse(
  target: CourseTarget,
  { origin, providerName, integrity }: { origin: string; providerName: string; integrity?: string },
): OEmbedResponse {
  return {
    version: '1.0',
    type: 'rich',
    title: target.kind === 'lesson' ? target.title : frameTitle(target),
    provider_name: providerName,
    provider_url: `${origin}/`,
    author_name: providerName,
    author_url: origin + fullPath(target),
    width: oembedWidth,
    height: startHeight,
    html: buildSnippet({ origin, target, integrity }),
    // A day: lessons are reviewed now and then, and the snippet itself is stable.
    cache_age: 86400,
  };
}

/** The address a WordPress editor pastes: the page that carries the discovery link. */
export const pasteUrl = (target: CourseTarget, origin: string) => origin + fullPath(target);

export { embedPath };
