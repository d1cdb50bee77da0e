import type { ReactNode } from 'react';

/** The looks of our form controls: a one-line text box, and a box for a long code that must wrap anywhere. */
export const controlClass = {
  text: 'min-h-12 w-full max-w-md rounded-md border-2 border-line bg-page px-3 text-ink',
  code: 'w-full rounded-md border-2 border-line bg-page p-3 font-mono text-base break-all text-ink',
} as const;

export type FieldProps = {
  /** The control's id, which the visible label names (WCAG 1.3.1, 2.5.3: the label is the accessible name). */
  id: string;
  label: ReactNode;
  className?: string;
  /** The control, then any hint or action that belongs with it. */
  children: ReactNode;
};

/** A labelled form control with the label above it, as every form in the course has it. */
export function Field({ id, label, className = 'space-y-2', children }: FieldProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {children}
    </div>
  );
}
