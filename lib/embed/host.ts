/**
 * The Scamwise host script: publishers load it with the embed snippet (built into public/embed/v1.js by
 * scripts/build-embed.ts). It upgrades every `<iframe data-scamwise-embed>` that shows one of our pages:
 * handshake, auto-height and progress events re-dispatched on the iframe element. RELIABILITY §1.4, EMB-2..EMB-6.
 *
 * Without it the iframe still works at the snippet's fixed height; this script only adds to it.
 * Our own code, no dependencies, at most 1.5 KB gzip (checked by the build).
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
import { createResizeGuard } from './resize';

type Frame = { frame: HTMLIFrameElement; id: number; guard: ReturnType<typeof createResizeGuard> };

const script = document.currentScript as HTMLScriptElement | null;
const flags = window as { scamwiseHostV1?: boolean };

// A page that includes the snippet twice must not get every event twice.
if (script && !flags.scamwiseHostV1) {
  flags.scamwiseHostV1 = true;
  // LESSON_ORIGIN comes from where this file was loaded, so one build serves every deployment; compared with ===.
  const lessonOrigin = new URL(script.src).origin;
  const frames: Frame[] = [];

  // targetOrigin pins the hello to our origin: if the iframe shows anything else, the browser drops it.
  const hello = (entry: Frame) =>
    entry.frame.contentWindow?.postMessage({ type: helloType, v: protocolVersion, id: entry.id }, lessonOrigin);

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
      // In case it loaded before this async script ran; the child's `ready` covers a page still starting up.
      hello(entry);
    });

  addEventListener('message', (event) => {
    const accepted = acceptMessage(event, lessonOrigin, frames);
    if (!accepted) return;
    const [entry, message] = accepted;
    if (message.type === readyType) hello(entry);
    else if (message.type === resizeType) {
      const decision = entry.guard(message.height, performance.now());
      if (decision) {
        entry.frame.style.height = decision.height + 'px';
        // Loop broken: the frame keeps its last good height and the reader scrolls inside it instead (EMB-4).
        if (decision.stop) entry.frame.setAttribute('scrolling', 'auto');
      }
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
