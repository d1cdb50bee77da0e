export type LogoProps = { className?: string };

/** The Scamwise shield. Decorative: wherever it appears, the name "Scamwise" is written beside it. */
export function Logo({ className = 'size-8' }: LogoProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 64 64" className={className}>
      <rect width="64" height="64" rx="14" fill="var(--accent)" />
      <path d="M32 10 14 17v13c0 11 7.5 20 18 24 10.5-4 18-13 18-24V17z" fill="var(--page)" />
      <path
        d="m24 32 6 6 11-13"
        fill="none"
        stroke="var(--accent)"
        strokeWidth="6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
