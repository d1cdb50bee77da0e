/**
 * The looks a publisher can choose for an embed, through `?theme=` and `?accent=` (RELIABILITY CNT-5, §4).
 * Query values are only ever compared against these lists; an unknown value means the default, and the value
 * itself never reaches the DOM. lib/theme-init.ts imports them to apply them before first paint; the accent colours
 * are in app/embed/embed.css.
 */
export const embedThemes = ['system', 'light', 'dark'] as const;
export const embedAccents = ['blue', 'teal', 'purple', 'pink', 'orange'] as const;

export type EmbedTheme = (typeof embedThemes)[number];
export type EmbedAccent = (typeof embedAccents)[number];

export const defaultTheme: EmbedTheme = 'system';
export const defaultAccent: EmbedAccent = 'blue';

/** The allowed value equal to `value`, else `fallback`. Strict equality only: no lookups by key. */
function pick<T extends string>(allowed: readonly T[], value: string | null | undefined, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}

export const parseTheme = (value: string | null | undefined) => pick(embedThemes, value, defaultTheme);
export const parseAccent = (value: string | null | undefined) => pick(embedAccents, value, defaultAccent);

/** Swatches for the publisher page's accent picker: the light-theme values of app/embed/embed.css (keep in step). */
export const accentSwatches: Record<EmbedAccent, string> = {
  blue: '#1d4ed8',
  teal: '#0f766e',
  purple: '#6d28d9',
  pink: '#be185d',
  orange: '#b93d0c',
};
