import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { EmbedLinks } from '@/components/embed/embed-links';
import { EmbedTheme } from '@/components/embed/embed-theme';
import { embedRootId } from '@/lib/embed/protocol';
import './embed.css';

/**
 * The framable pages (RELIABILITY §1): no site chrome. #lesson-root wraps everything the frame shows, and is what
 * the child measures for the host's auto-height; flow-root keeps its children's margins inside it (EMB-5).
 */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <div id={embedRootId} className="flow-root">
      <Suspense fallback={null}>
        <EmbedTheme />
      </Suspense>
      <EmbedLinks />
      {children}
    </div>
  );
}
