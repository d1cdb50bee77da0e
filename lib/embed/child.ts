/**
 * The embedded page's side of the protocol (RELIABILITY §1.4.3, §1.4.6, EMB-3, EMB-5).
 *
 * - Silent until spoken to: the only thing sent before the handshake is a data-free `ready` to '*'.
 * - Accepts `hello` only from our direct parent window, remembers that message's origin, and from then on posts
 *   only to that origin. A second hello from another origin is ignored.
 * - Reports the height of the root wrapper (not body/html) from a ResizeObserver, so late images, expanded
 *   answers and the storage notice all resize the iframe.
 * - Progress events emitted before the handshake are queued (the "started" event fires before any host speaks).
 */
import { isHello, progressType, protocolVersion, readyType, resizeType, type EmbedEvent } from './protocol';

type EmbedChild = {
  /** Sends a progress event to the host that completed the handshake, or queues it until one does. */
  emit(event: EmbedEvent): void;
  stop(): void;
};

const maxQueued = 20;
const notFramed: EmbedChild = { emit() {}, stop() {} };

export function startEmbedChild(root: HTMLElement, win: Window = window): EmbedChild {
  const parent = win.parent;
  if (!parent || parent === win) return notFramed;

  let hostOrigin: string | undefined;
  let id = 0;
  let lastHeight = -1;
  const queue: EmbedEvent[] = [];

  const post = (message: object) => {
    if (hostOrigin) parent.postMessage(message, hostOrigin);
  };

  const measure = () => Math.ceil(Math.max(root.scrollHeight, root.getBoundingClientRect().height));

  const sendHeight = () => {
    if (!hostOrigin) return;
    const height = measure();
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: resizeType, v: protocolVersion, id, height });
  };

  const emit = (event: EmbedEvent) => {
    if (hostOrigin) post({ type: progressType, v: protocolVersion, id, ...event });
    else if (queue.push(event) > maxQueued) queue.shift();
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || !isHello(event.data)) return;
    // An opaque ('null') origin cannot be addressed safely, and the first origin to say hello keeps the channel.
    if (event.origin === 'null' || (hostOrigin && event.origin !== hostOrigin)) return;
    hostOrigin = event.origin;
    id = event.data.id;
    // A repeated hello (the host script re-sends it on every load) gets the current height again.
    lastHeight = -1;
    sendHeight();
    queue.splice(0).forEach(emit);
  };

  const observer = new ResizeObserver(sendHeight);
  // border-box: the content box alone misses padding and border changes of the wrapper.
  observer.observe(root, { box: 'border-box' });
  win.addEventListener('message', onMessage);
  parent.postMessage({ type: readyType, v: protocolVersion }, '*');

  return {
    emit,
    stop() {
      observer.disconnect();
      win.removeEventListener('message', onMessage);
    },
  };
}
