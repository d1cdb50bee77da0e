/**
 * What a view shows while its chunk is still loading (lib/lazy-module.ts): one muted line where the view will be,
 * so nothing renders blank, and a status a screen reader can read.
 */
export function GettingReady({ text }: { text: string }) {
  return (
    <p role="status" className="text-muted">
      {text}
    </p>
  );
}
