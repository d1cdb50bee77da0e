import type { ButtonHTMLAttributes } from 'react';

/**
 * The course's buttons, written once. Every variant is at least 44 px tall (WCAG 2.5.8 and our touch target) and
 * underlines on hover, so a hover never relies on colour alone.
 * - primary: the one main action of a part (save, check, print, go to the certificate)
 * - secondary: an alternative next to it (copy, cancel, back)
 * - quiet: a small framed button inside a notice (dismiss, reload)
 * - link: a link that needs a touch-sized target but no frame (go to the review)
 */
export const buttonClass = {
  primary: 'min-h-12 rounded-md bg-accent px-5 font-semibold text-on-accent hover:underline disabled:opacity-60',
  secondary: 'min-h-12 rounded-md border-2 border-accent px-5 font-semibold text-accent hover:underline',
  quiet: 'min-h-11 rounded border-2 border-ink px-3 font-medium',
  link: 'min-h-11 font-semibold',
} as const;

export type ButtonVariant = keyof typeof buttonClass;

export const joined = (...classes: (string | undefined)[]) => classes.filter(Boolean).join(' ');

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

/** A real <button>, type="button" unless told otherwise, so it never submits a form by accident. */
export function Button({ variant = 'primary', className, type = 'button', ...rest }: ButtonProps) {
  return <button type={type} className={joined(buttonClass[variant], className)} {...rest} />;
}

/** The classes of a link styled as a button, for the <a> that is not a next/link (downloads, new-tab links). */
export const linkButtonClass = (variant: ButtonVariant = 'primary') =>
  // A framed button needs no underline until hovered; the link variant keeps it, as it has no frame to show it is one.
  joined('inline-flex items-center', variant === 'link' ? undefined : 'no-underline', buttonClass[variant]);
