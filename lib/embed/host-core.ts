/**
 * The host side of the embed protocol (RELIABILITY §1.4, EMB-2..EMB-6, EMB-11): upgrades every
 * `<iframe data-scamwise-embed>` that shows a page of `lessonOrigin`: handshake, auto-height and progress events
 * re-dispatched on the iframe element as `scamwise:<event>` CustomEvents. Used by the publishers' host script
 * (lib/embed/host.ts) and by the SCORM launch page (lib/embed/scorm-launch.ts), which knows our origin from its build.
 */
import {
  acceptMessage,
  embedAttribute,
  eventDetail,
  helloType,
  messagePrefix,
  protocolVersion,
  readyType,
  resizeType,
} from './protocol';
import { createResizeGuard, quietMs, type ResizeDecision, type ResizeGuard } from './resize';

type Frame = { frame: HTMLIFrameElement; id: number; guard: ResizeGuard; timer?: ReturnType<typeof setTimeout> };

export function startHost(lessonOrigin: string) {
  const frames: Frame[] = [];

  // targetOrigin pins the hello to our origin: if the iframe shows anything else, the browser drops it.
  const hello = (entry: Frame) =>
    entry.frame.contentWindow?.postMessage({ type: helloType, v: protocolVersion, id: entry.id }, lessonOrigin);

  const apply = (entry: Frame, decision: ResizeDecision) => {
    if (!decision) return;
    entry.frame.style.height = decision.height + 'px';
    // Loop broken: the frame keeps its last good height and the reader scrolls inside it instead (EMB-4)…
    if (decision.stop) entry.frame.setAttribute('scrolling', 'auto');
    // …until the child has been quiet for a while (EMB-11).
    if (decision.resume) entry.frame.removeAttribute('scrolling');
  };

  const upgrade = () =>
    document.querySelectorAll<HTMLIFrameElement>(`iframe[${embedAttribute}]`).forEach((frame) => {
      if (frame.src.indexOf(lessonOrigin + '/') || frames.some((entry) => entry.frame === frame)) return;
      const entry: Frame = { frame, id: frames.length, guard: createResizeGuard(frame.offsetHeight) };
      frames.push(entry);
      // Each load (lazy iframes load late; a reload starts a new page) gets a fresh handshake and guard (EMB-6).
      frame.addEventListener('load', () => {
        entry.guard = createResizeGuard(frame.offsetHeight);
        hello(entry);
      });
      // In case it loaded before this script ran; the child's `ready` covers a page still starting up.
      hello(entry);
    });

  addEventListener('message', (event) => {
    const accepted = acceptMessage(event, lessonOrigin, frames);
    if (!accepted) return;
    const [entry, message] = accepted;
    if (message.type === readyType) hello(entry);
    else if (message.type === resizeType) {
      const guard = entry.guard;
      apply(entry, guard(message.height, performance.now()));
      clearTimeout(entry.timer);
      entry.timer = setTimeout(() => apply(entry, guard.settle(performance.now())), quietMs);
    } else {
      entry.frame.dispatchEvent(
        new CustomEvent(messagePrefix + message.event, { bubbles: true, detail: eventDetail(message) }),
      );
    }
  });

  upgrade();
  // Iframes added later, or marked later, are upgraded too (EMB-6).
  new MutationObserver(upgrade).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [embedAttribute, 'src'],
  });
}
