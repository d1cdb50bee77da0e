import { mockText } from '@/lib/i18n/en/mock';
import { MockLink } from './frame';
import type { MockKit } from './kit';

/** A browser address bar showing a made-up address (part "url"). */
export function AddressBar({ kit, url }: { kit: MockKit; url: string }) {
  const { Part } = kit;
  return (
    <Part id="url" className="flex items-center gap-2 bg-surface px-3 py-1.5 font-mono text-sm">
      <span className="sr-only">{mockText.address}: </span>
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="size-4 shrink-0 fill-none stroke-current text-muted"
        strokeWidth="1.5"
      >
        <circle cx="8" cy="8" r="6.5" />
        <path d="M1.5 8h13M8 1.5c2 2 2 11 0 13M8 1.5c-2 2-2 11 0 13" />
      </svg>
      <MockLink url={url} className="text-ink" />
    </Part>
  );
}
