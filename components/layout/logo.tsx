export type LogoProps = {
  className?: string;
  /** A fixed size in pixels, where no stylesheet applies (the social card, rendered by next/og). */
  size?: number;
  /** The tile and tick colour, and the shield's: the theme's by default, fixed ones on the social card. */
  tile?: string;
  shield?: string;
};

/** The Scamwise shield. Decorative: wherever it appears, the name "Scamwise" is written beside it. */
export function Logo({ className = 'size-8', size, tile = 'var(--accent)', shield = 'var(--page)' }: LogoProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 64 64" className={size ? undefined : className} width={size} height={size}>
      <rect width="64" height="64" rx="14" fill={tile} />
      <path d="M32 10 14 17v13c0 11 7.5 20 18 24 10.5-4 18-13 18-24V17z" fill={shield} />
      <path
        d="m24 32 6 6 11-13"
        fill="none"
        stroke={tile}
        strokeWidth="6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
