'use client';

import { useContext, useId, useState, type ReactNode } from 'react';
import type { ListingData } from '@/lib/content/artefact-schema';
import { mockText } from '@/lib/i18n/en/mock';
import { Part, SpotContext } from './part';

/**
 * The price and the variant picker of a listing. Outside a red-flag exercise the picker is a real radio group and
 * the price follows the chosen variant, as on a real listing (issue 15); inside one, every variant is a part to
 * mark, so choosing is left out and the headline price stays.
 */
export function ListingBuyBox({ data, between }: { data: ListingData; between?: ReactNode }) {
  const context = useContext(SpotContext);
  const name = useId();
  const [chosen, setChosen] = useState<string>();
  const flaggable = context !== null && data.variants?.some((variant) => context.numbers.has(variant.id));
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
                    checked={chosen === item.id}
                    onChange={() => setChosen(item.id)}
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
