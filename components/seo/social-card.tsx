import path from 'node:path';
import { ImageResponse } from 'next/og';
import { cached, hashOf } from '@/lib/build-cache';
import { Logo } from '@/components/layout/logo';

export const socialCardSize = { width: 1200, height: 630 };

export type SocialCardProps = {
  /** Small line above the title, e.g. "Lesson 3 · 8 min". */
  eyebrow: string;
  title: string;
};

/**
 * Our own social card template, rendered to PNG at build time (next/og ships its font, so nothing is fetched).
 * A generic shield mark, never a marketplace logo.
 */
export function socialCard({ eyebrow, title }: SocialCardProps) {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#1d4ed8',
        color: '#ffffff',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 24, fontSize: 44, fontWeight: 700 }}>
        <Logo size={72} tile="#ffffff" shield="#1d4ed8" />
        Scamwise
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        <div style={{ fontSize: 34, opacity: 0.9 }}>{eyebrow}</div>
        <div style={{ fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      </div>
      <div style={{ fontSize: 28, opacity: 0.9 }}>A free course on shopping safely and spotting scams</div>
    </div>,
    socialCardSize,
  );
}

/**
 * A card as PNG bytes, drawn once and then taken from the build cache (lib/build-cache.ts) until its text, this
 * template or a package changes: drawing one costs ~20 ms, most of a lesson's share of the build (issue 13).
 */
export async function socialCardPng(props: SocialCardProps): Promise<Buffer> {
  const root = process.cwd();
  const key = hashOf(
    { file: path.join(root, 'components', 'seo', 'social-card.tsx') },
    // The card draws the site's Logo, so a change to the mark must redraw the cards too.
    { file: path.join(root, 'components', 'layout', 'logo.tsx') },
    { file: path.join(root, 'package-lock.json') },
    JSON.stringify(props),
  );
  return cached('social', key, async () => Buffer.from(await socialCard(props).arrayBuffer()));
}
