import { useEffect, type RefObject } from 'react';
import { hostScriptPath } from '@/lib/embed/snippet';

/**
 * Adds the host script publishers load (/embed/v1.js: it fits the preview and feeds the event console, EMB-16) once
 * the preview comes within a screen of view. The preview frame is loading="lazy", so nothing needs the script
 * before then, and it stays out of the page's first-load JavaScript (issue 13). The host greets frames that loaded
 * before it ran, so a late start loses no event. Added once per page, whatever the preview shows.
 */
export function useHostScriptNear(target: RefObject<Element | null>) {
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const add = () => {
      if (document.querySelector(`script[src="${hostScriptPath}"]`)) return;
      const script = document.createElement('script');
      script.async = true;
      script.src = hostScriptPath;
      document.body.append(script);
    };
    if (typeof IntersectionObserver !== 'function') return add();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        add();
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
}
