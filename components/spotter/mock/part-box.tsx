import type { MockKit, PartProps } from './kit';

/** The box every part is drawn in: full width unless `fit`, with a border that only shows a state when it has one. */
export function partBoxClass({ className = 'block', fit = false }: Pick<PartProps, 'className' | 'fit'>) {
  return `rounded-md border-2 ${fit ? '' : 'w-full'} ${className}`;
}

/** A part with nothing to do: the look of every part outside an exercise (the printed and no-JavaScript view). */
export function PlainPart({ className, children, fit, flow = false }: PartProps) {
  const Box = flow ? 'div' : 'span';
  return <Box className={`${partBoxClass({ className, fit })} border-transparent`}>{children}</Box>;
}

/** A part that is one line of text from the data, drawn only when the data has it (many fields are optional). */
export function TextPart({ kit, id, text, className }: { kit: MockKit; id: string; text?: string; className: string }) {
  const { Part } = kit;
  return text === undefined ? null : (
    <Part id={id} className={className}>
      {text}
    </Part>
  );
}
