import type { ProductPicture } from '@/lib/content/artefact-schema';

/**
 * Our own drawings of the products in training listings (issue 15): shipped with the code, never a real product
 * photo or an external image. Flat shapes on a light "studio" backdrop, as a marketplace photo would be.
 */
const art: Record<ProductPicture, React.ReactNode> = {
  'memory-card': (
    <>
      <path d="M38 22h34l12 12v48a4 4 0 0 1-4 4H38a4 4 0 0 1-4-4V26a4 4 0 0 1 4-4z" fill="#1f2937" />
      <path d="M38 60h42v22H38z" fill="#dc2626" />
      <text x="59" y="76" textAnchor="middle" fontSize="11" fontWeight="700" fill="#fff" fontFamily="sans-serif">
        SD
      </text>
      {[42, 48, 54, 60, 66].map((x) => (
        <rect key={x} x={x} y="26" width="3" height="9" rx="1" fill="#fbbf24" />
      ))}
      <rect x="78" y="50" width="18" height="26" rx="3" fill="#9ca3af" transform="rotate(12 87 63)" />
    </>
  ),
  'phone-case': (
    <>
      <rect x="36" y="14" width="48" height="92" rx="10" fill="#e0f2fe" stroke="#7dd3fc" strokeWidth="3" />
      <rect x="42" y="20" width="18" height="22" rx="5" fill="#94a3b8" />
      <circle cx="47" cy="26" r="3.5" fill="#1e293b" />
      <circle cx="55" cy="36" r="3.5" fill="#1e293b" />
      <path d="M84 40v14" stroke="#7dd3fc" strokeWidth="4" strokeLinecap="round" />
    </>
  ),
  shoes: (
    <>
      <path d="M14 78c0-12 6-26 14-30l14 10c6 4 14 6 22 7l30 6c6 1 12 6 12 12v5H14z" fill="#2563eb" />
      <path d="M14 88h92v6a4 4 0 0 1-4 4H18a4 4 0 0 1-4-4z" fill="#f8fafc" stroke="#cbd5e1" strokeWidth="2" />
      <path d="M40 58l6 10M48 62l6 10M56 64l5 9" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
      <path d="M70 72c10 2 20 4 28 10" stroke="#facc15" strokeWidth="4" fill="none" strokeLinecap="round" />
    </>
  ),
  'baking-mat': (
    <>
      <rect x="14" y="40" width="70" height="50" rx="6" fill="#f97316" />
      <rect
        x="20"
        y="46"
        width="58"
        height="38"
        rx="3"
        fill="none"
        stroke="#fed7aa"
        strokeWidth="2"
        strokeDasharray="4 3"
      />
      {[32, 46, 60].map((x) => (
        <circle key={x} cx={x} cy="65" r="5" fill="none" stroke="#fed7aa" strokeWidth="2" />
      ))}
      <rect x="80" y="30" width="18" height="62" rx="9" fill="#ea580c" />
      <ellipse cx="89" cy="30" rx="9" ry="4" fill="#fdba74" />
    </>
  ),
  earbuds: (
    <>
      <rect x="30" y="54" width="60" height="40" rx="18" fill="#f8fafc" stroke="#cbd5e1" strokeWidth="3" />
      <path d="M30 70h60" stroke="#cbd5e1" strokeWidth="2" />
      <circle cx="60" cy="82" r="2.5" fill="#22c55e" />
      <path
        d="M40 30a9 9 0 1 1 0 18h-2v14a4 4 0 0 1-8 0V40a10 10 0 0 1 10-10z"
        fill="#f1f5f9"
        stroke="#94a3b8"
        strokeWidth="2"
      />
      <path
        d="M80 30a9 9 0 1 0 0 18h2v14a4 4 0 0 0 8 0V40a10 10 0 0 0-10-10z"
        fill="#f1f5f9"
        stroke="#94a3b8"
        strokeWidth="2"
      />
    </>
  ),
  parcel: (
    <>
      <path d="M60 20l38 16v46L60 100 22 82V36z" fill="#d6a86a" />
      <path d="M60 52L22 36M60 52l38-16M60 52v48" stroke="#a97a41" strokeWidth="3" fill="none" />
      <path d="M41 28l38 16v12" stroke="#f5e6cc" strokeWidth="6" fill="none" />
    </>
  ),
};

/** Which drawing a listing shows: the one named in its data, else one guessed from its title, else a parcel. */
export function pictureFor(title: string, picture?: ProductPicture): ProductPicture {
  if (picture) return picture;
  const guesses: [RegExp, ProductPicture][] = [
    [/\b(sd|micro ?sd|memory) ?card|\bflash\b|usb stick/i, 'memory-card'],
    [/phone case|\bcase\b/i, 'phone-case'],
    [/shoe|sneaker|trainer/i, 'shoes'],
    [/baking|kitchen|mat\b/i, 'baking-mat'],
    [/earbud|headphone|earphone/i, 'earbuds'],
  ];
  return guesses.find(([pattern]) => pattern.test(title))?.[1] ?? 'parcel';
}

export function ProductArt({ picture, className = '' }: { picture: ProductPicture; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 120 120" className={`rounded-lg bg-[#eef2f6] ${className}`}>
      <ellipse cx="60" cy="104" rx="40" ry="5" fill="#000" opacity="0.08" />
      {art[picture]}
    </svg>
  );
}
