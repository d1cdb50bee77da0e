import { useId, type ComponentType } from 'react';
import { mockText } from '@/lib/i18n/en/mock';
import type { BuyBoxProps, PartProps } from './kit';
import { PlainPart } from './part-box';

export type BuyBoxViewProps = BuyBoxProps & {
  Part: ComponentType<PartProps>;
  /** Inside a red-flag exercise that scores the variants: each is a part to mark, not an option to choose. */
  flaggable: boolean;
  /** The variant chosen, and how to choose one; without `onChoose` the radios are the browser's own. */
  chosen?: string;
  onChoose?(id: string): void;
};

/**
 * The price and the variant picker of a listing as they are drawn. The interactive buy box (./listing-buy-box.tsx)
 * adds the choice and the exercise's marking; the static one below is the printed and no-JavaScript view.
 */
export function BuyBoxView({ data, between, Part, flaggable, chosen, onChoose }: BuyBoxViewProps) {
  const name = useId();
  const variant = data.variants?.find((candidate) => candidate.id === chosen);
  const price = variant?.price ?? data.price;

  return (
    <>
      <div className="flex flex-wrap items-stretch gap-1">
        <Part id="price" fit className="flex flex-wrap items-baseline gap-x-2 px-1.5 py-1">
          <span aria-live="polite" className="text-2xl font-bold text-mock-price">
            {price}
          </span>
          {data.wasPrice && !variant && (
            <span className="text-muted">
              <span className="sr-only">{mockText.wasPrice} </span>
              <s>{data.wasPrice}</s>
            </span>
          )}
        </Part>
        {data.discount && (
          <Part id="discount" fit className="flex items-center px-1.5 py-1">
            <span className="rounded bg-bad px-1.5 font-bold text-page">{data.discount}</span>
          </Part>
        )}
      </div>
      {between}
      {data.variants && (
        <div>
          <p className="px-1.5 text-sm font-semibold text-muted">
            {mockText.options}
            {variant && <span className="font-normal">: {variant.label}</span>}
          </p>
          {flaggable ? (
            <div className="grid grid-cols-1 gap-1 min-[360px]:grid-cols-2">
              {data.variants.map((item) => (
                <Part key={item.id} id={item.id} className="flex flex-col bg-surface px-2 py-1.5">
                  <span>{item.label}</span>
                  {item.price && <span className="font-bold">{item.price}</span>}
                </Part>
              ))}
            </div>
          ) : (
            <div role="radiogroup" aria-label={mockText.options} className="flex flex-wrap gap-1.5 px-1.5 pt-1">
              {data.variants.map((item) => (
                <label
                  key={item.id}
                  className="flex min-h-11 cursor-pointer flex-col justify-center rounded-md border-2 border-line/60 px-2.5 py-1 text-sm has-checked:border-mock-price has-checked:bg-surface has-focus-visible:outline-2 has-focus-visible:outline-focus"
                >
                  <input
                    type="radio"
                    name={name}
                    value={item.id}
                    {...(onChoose && { checked: chosen === item.id, onChange: () => onChoose(item.id) })}
                    className="sr-only"
                  />
                  <span>{item.label}</span>
                  {item.price && <span className="font-bold">{item.price}</span>}
                </label>
              ))}
            </div>
          )}
        </div>
      )}
    </>
  );
}

/** A listing's price and variants on paper and without JavaScript: the radios still work, natively. */
export function StaticBuyBox(props: BuyBoxProps) {
  return <BuyBoxView {...props} Part={PlainPart} flaggable={false} />;
}
