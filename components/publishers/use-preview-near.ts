import { useEffect, useState, type RefObject } from 'react';
import { hostScriptPath } from '@/lib/embed/snippet';

/** Adds the host script publishers load (/embed/v1.js: it fits the preview and feeds the event console, EMB-16). */
function addHostScript() {
  if (document.querySelector(`script[src="${hostScriptPath}"]`)) return;
  const script = document.createElement('script');
  script.async = true;
  script.src = hostScriptPath;
  document.body.append(script);
}

/**
 * Whether the preview has come within half a screen of view (once true it stays true); the host script is added then,
 * so it stays out of the page's first-load JavaScript, and the host greets frames that loaded before it ran, so a
 * late start loses no event. Until then the page draws no preview frame: loading="lazy" alone starts a frame
 * several screens early (Chrome's distance on a fast or unknown connection), and the lesson in it, hydrating on this
 * page's main thread, was most of the page's blocking time as it loaded (issue 13). Half a screen, not a whole one:
 * the preview sits about two desktop screens down, so a whole screen's margin still started it with the page.
 */
export function usePreviewNear(target: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    // Every browser the course supports has IntersectionObserver (the lazy islands rely on it too).
    const element = target.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        setNear(true);
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  useEffect(() => {
    if (near) addHostScript();
  }, [near]);
  return near;
}
