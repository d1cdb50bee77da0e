import { memo, type ReactNode } from 'react';
import { toggleChoice } from '@/lib/questions/attempt';
import { quizText } from '@/lib/i18n/en/quiz';

export type ChoiceOption = { id: string; text: string };

export type ChoiceListProps<O extends ChoiceOption> = {
  /** The inputs' group name; each input's id is `${name}-${option.id}`, so a caller can focus one. */
  name: string;
  options: readonly O[];
  multiple: boolean;
  chosen: readonly string[];
  onChange(chosen: string[]): void;
  disabled?: boolean;
  /** The border of an option's box (the quiz colours right and wrong once checked). */
  tone?(option: O, picked: boolean): string;
  /** What follows an option inside its box (the quiz's explanation once checked). */
  after?(option: O, picked: boolean): ReactNode;
};

/**
 * The list of options of a choice question, as the lesson quiz and the exam both show it: native radios or
 * checkboxes (keyboard and screen readers for free), each in a box at least 48 px tall for touch.
 */
function ChoiceListView<O extends ChoiceOption>({
  name,
  options,
  multiple,
  chosen,
  onChange,
  disabled = false,
  tone = () => 'border-line/60',
  after,
}: ChoiceListProps<O>) {
  return (
    <ul className="space-y-2">
      {options.map((option) => {
        const picked = chosen.includes(option.id);
        return (
          <li key={option.id} className={`rounded-md border-2 ${tone(option, picked)}`}>
            <label className="flex min-h-12 cursor-pointer items-start gap-3 px-3 py-2.5">
              <input
                id={`${name}-${option.id}`}
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                checked={picked}
                disabled={disabled}
                onChange={(event) => onChange(toggleChoice(chosen, option.id, event.target.checked, multiple))}
                className="mt-1 size-5 shrink-0 accent-[var(--accent)]"
              />
              {/* An option may be a long web address (lesson 4): let it wrap at 320 px (A11Y-3). */}
              <span className="[overflow-wrap:anywhere]">{option.text}</span>
            </label>
            {after?.(option, picked)}
          </li>
        );
      })}
    </ul>
  );
}

/** Memoised: a question that redraws for its own reasons (a verdict line, a nudge) leaves its options alone. */
export const ChoiceList = memo(ChoiceListView) as typeof ChoiceListView;

/** The short story some questions start with. */
export function Scenario({ text }: { text: string }) {
  return (
    <div className="rounded-md border-l-4 border-accent bg-surface px-4 py-3">
      <p className="text-sm font-bold uppercase tracking-wide text-muted">{quizText.scenario}</p>
      <p>{text}</p>
    </div>
  );
}
