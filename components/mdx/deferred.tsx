'use client';

import {
  Activity,
  createElement,
  use,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactNode,
} from 'react';
import { lazyModule } from '@/lib/lazy-module';
import { noSubscription } from '@/lib/use-hydrated';
import { lessonProgressText } from '@/lib/i18n/en/lesson-progress';
import { holdInput, type HeldInput } from './held-input';

const onServer = typeof window === 'undefined';
const isBrowser = () => true;
const isServer = () => false;

/** Opened when an island is first wanted. */
function gate(): { wanted: Promise<void>; want(): void } {
  let want = () => {};
  const wanted = new Promise<void>((resolve) => (want = resolve));
  return { wanted, want };
}

/**
 * Like next/dynamic, but for an island below the fold: its code is fetched when it is needed, not with the page
 * (issue 13). The page's HTML holds the island as the server rendered it, inside an <Activity> boundary: one whose
 * content suspends during hydration stays as the server drew it, untouched, until the code arrives, and React then
 * hydrates it where it is, so nothing moves. (Not a <Suspense> boundary: React's server renderer writes a large one
 * after the rest of the page, revealed later by a script, and the island would appear late.) Its chunk is not
 * named in the page's HTML: it is not part of the page's first-load JavaScript.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const { wanted, want } = gate();
  // The server renders the island at once; the browser fetches it once wanted, and if offline before the chunk was
  // cached, again each time the browser is back online (lib/lazy-module.ts), keeping the HTML meanwhile.
  const chunk = lazyModule(load);
  const code = onServer ? load() : wanted.then(chunk.whenReady);
  function Live(props: P) {
    return createElement(use(code), props);
  }
  return function Deferred(props: P) {
    return <DeferredIsland want={want} island={createElement(Live, props)} />;
  };
}

/** Calls `onMount` once mounted: inside the boundary, that is once the island has hydrated. */
function OnMount({ onMount, children }: { onMount(): void; children?: ReactNode }) {
  useEffect(onMount, [onMount]);
  return children;
}

type IslandState = 'waiting' | 'loading' | 'live';

/**
 * Wants the island's code when it comes within a screen of the viewport, or on the first pointer, focus or key
 * inside it, whichever is first. Until it is live, what the learner does to it is held and replayed once it is
 * (./held-input.ts), and a "Getting ready…" note says why it has not happened yet.
 */
function DeferredIsland({ want, island }: { want(): void; island: ReactNode }) {
  // Rendered in the browser, not hydrated (a client-side navigation to the lesson): there is no server HTML to keep,
  // and the navigation waits for the island, so its code is wanted now, during this render.
  const [clientRendered] = useState(useSyncExternalStore(noSubscription, isBrowser, isServer));
  if (clientRendered) want();
  const rootRef = useRef<HTMLDivElement>(null);
  const held = useRef<HeldInput>(null);
  const [state, setState] = useState<IslandState>('waiting');
  const [holding, setHolding] = useState(false);

  const wantNow = useCallback(() => {
    want();
    setState((current) => (current === 'waiting' ? 'loading' : current));
  }, [want]);
  const onLive = useCallback(() => {
    setState('live');
    setHolding(false);
    held.current?.replay();
  }, []);

  useEffect(() => {
    const root = rootRef.current!;
    // A screen ahead, so the code is usually there before the learner reaches the island.
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && wantNow(), {
      rootMargin: '100% 0px',
    });
    observer.observe(root);
    // On the window, in the capture phase: React stops these at its root while the island is not hydrated.
    const triggers = ['pointerdown', 'focusin', 'keydown'] as const;
    const onTrigger = (event: Event) => event.target instanceof Node && root.contains(event.target) && wantNow();
    for (const type of triggers) window.addEventListener(type, onTrigger, true);
    const input = holdInput(root, () => {
      setHolding(true);
      wantNow();
    });
    held.current = input;
    return () => {
      observer.disconnect();
      for (const type of triggers) window.removeEventListener(type, onTrigger, true);
      input.stop();
    };
  }, [wantNow]);

  // The same element on every render: new props on a boundary that has not hydrated yet would make React drop the
  // server's HTML and render it anew, the very shift this island exists to avoid.
  const boundary = useMemo(
    () => (
      <Activity mode="visible">
        <OnMount onMount={onLive}>{island}</OnMount>
      </Activity>
    ),
    [island, onLive],
  );

  return (
    <div ref={rootRef} data-island-state={state}>
      {boundary}
      {/* A live region from the start, so the note is announced when it appears; fixed, so it moves nothing. */}
      <span
        aria-live="polite"
        className={
          holding ? 'fixed inset-x-0 bottom-4 z-20 mx-auto w-fit rounded-md bg-ink px-4 py-2 text-page' : 'sr-only'
        }
      >
        {holding ? lessonProgressText.islandGettingReady : ''}
      </span>
    </div>
  );
}
