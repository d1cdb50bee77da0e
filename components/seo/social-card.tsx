import path from 'node:path';
import { ImageResponse } from 'next/og';
import { cached, hashOf } from '@/lib/build-cache';

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
        <svg width="72" height="72" viewBox="0 0 64 64">
          <rect width="64" height="64" rx="14" fill="#ffffff" />
          <path d="M32 10 14 17v13c0 11 7.5 20 18 24 10.5-4 18-13 18-24V17z" fill="#1d4ed8" />
          <path
            d="m24 32 6 6 11-13"
            fill="none"
            stroke="#ffffff"
            strokeWidth="6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
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
    { file: path.join(root, 'package-lock.json') },
    JSON.stringify(props),
  );
  return cached('social', key, async () => Buffer.from(await socialCard(props).arrayBuffer()));
}
