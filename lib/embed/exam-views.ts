/**
 * Which full-site links the embedded exam shows in its own frame instead (EMB-12): the certificate, the review of
 * mistakes, and the way back to the exam. Pure, so the mapping is unit tested.
 */
export type ExamView = 'exam' | 'certificate' | 'review';

const views: Record<string, ExamView> = {
  '/certificate/': 'certificate',
  '/review/': 'review',
  '/exam/': 'exam',
  '/embed/exam/': 'exam',
};

/** The view a link leads to, when it is one of ours (same origin) and has an in-frame version; else undefined. */
export function inFrameView(href: string, origin: string): ExamView | undefined {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  return Object.prototype.hasOwnProperty.call(views, url.pathname) ? views[url.pathname] : undefined;
}
