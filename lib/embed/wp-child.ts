/**
 * WordPress's embed protocol, spoken by our embed pages besides our own (EMB-13). WordPress frames a discovered
 * embed as `<iframe sandbox="allow-scripts" src="…#?secret=abc">` and resizes it only when the page posts
 * `{message:'height', value, secret}` to its parent (wp-includes/js/wp-embed.js, clamped to 200–1000 px there); its
 * `{message:'ready', secret}` asks for the height again. The sandbox has no allow-popups, so a link cannot open a
 * tab: `{message:'link', value: url, secret}` asks WordPress to navigate the top page instead (it does so only for
 * URLs on the iframe's own host). Shapes follow wp-embed-template.js in WordPress/wordpress-develop.
 *
 * The secret comes from our own URL; messages from anyone but our parent, or with another secret, are ignored.
 */

/** wp_generate_password(10, false) makes ten letters and digits; anything else is not WordPress's. */
const secretPattern = /^[A-Za-z0-9]{1,32}$/;

/** The secret in a `#?secret=…` hash, or undefined when the page is not framed by WordPress. */
export function wordPressSecret(hash: string): string | undefined {
  const match = /^#\?(?:.*&)?secret=([^&]*)/.exec(hash);
  const secret = match?.[1];
  return secret && secretPattern.test(secret) ? secret : undefined;
}

/** True for `{message:'ready', secret}` with our secret, nothing else (extra keys allowed: WordPress may add some). */
export function isWordPressReady(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const { message, secret: theirs } = data as { message?: unknown; secret?: unknown };
  return message === 'ready' && theirs === secret;
}

/** Asks WordPress to open `url` in the top window; only for our own pages (WordPress also checks the host). */
export function requestWordPressLink(url: string, secret: string, win: Window = window): boolean {
  const target = new URL(url, win.location.href);
  if (target.origin !== win.location.origin) return false;
  win.parent.postMessage({ message: 'link', value: target.href, secret }, '*');
  return true;
}

type WordPressChild = {
  /** Asks WordPress to open `url` in the top window (our own pages only). */
  openLink(url: string): void;
  stop(): void;
};

export function startWordPressChild(root: HTMLElement, secret: string, win: Window = window): WordPressChild {
  const parent = win.parent;
  let last = -1;
  // WordPress listens with origin checks of its own (source === iframe); its pages use '*' the same way.
  const post = (message: string, value: string | number) => parent.postMessage({ message, value, secret }, '*');
  const sendHeight = (force = false) => {
    const height = Math.ceil(Math.max(root.scrollHeight, root.getBoundingClientRect().height));
    if (height === last && !force) return;
    last = height;
    post('height', height);
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source === parent && isWordPressReady(event.data, secret)) sendHeight(true);
  };
  const observer = new ResizeObserver(() => sendHeight());
  observer.observe(root, { box: 'border-box' });
  win.addEventListener('message', onMessage);
  sendHeight(true);
  return {
    openLink: (url) => requestWordPressLink(url, secret, win),
    stop() {
      observer.disconnect();
      win.removeEventListener('message', onMessage);
    },
  };
}
