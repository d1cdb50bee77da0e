export type ProgressBarProps = {
  /** Accessible name, e.g. "Course progress". */
  label: string;
  value: number;
  max: number;
  /** Text shown beside the bar and used as the value text, e.g. "3 of 7 lessons done". */
  valueText: string;
};

/** A native <progress> styled to match; native so assistive technology reads it without extra ARIA. */
export function ProgressBar({ label, value, max, valueText }: ProgressBarProps) {
  return (
    <div>
      <div className="flex justify-between gap-4 text-base">
        <span className="font-semibold">{label}</span>
        <span className="text-muted">{valueText}</span>
      </div>
      <progress
        aria-label={label}
        aria-valuetext={valueText}
        value={value}
        max={max}
        className="mt-1 block h-3 w-full appearance-none overflow-hidden rounded-full border border-line bg-surface [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-surface [&::-webkit-progress-value]:bg-accent"
      />
    </div>
  );
}
