import type { ReactNode } from 'react';

export type RadioChoicesProps<T extends string> = {
  legend: string;
  /** The radio group's name. */
  name: string;
  options: readonly T[];
  value: T;
  onChange(value: T): void;
  /** The visible label of one option. */
  label(option: T): ReactNode;
};

/** A row of large radio "chips" under a legend, for the publisher's theme and accent choices. */
export function RadioChoices<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  label,
}: RadioChoicesProps<T>) {
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option}
            className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded border-2 border-line/60 px-3 has-checked:border-accent"
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="size-5 accent-accent"
            />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
