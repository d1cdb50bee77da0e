'use client';

import { useContext, useState } from 'react';
import type { BuyBoxProps } from './kit';
import { BuyBoxView } from './buy-box-view';
import { Part } from './part';
import { SpotContext } from './spot-context';

/**
 * The price and the variant picker of a listing. Outside a red-flag exercise the picker is a real radio group and
 * the price follows the chosen variant, as on a real listing (issue 15); inside one, every variant is a part to
 * mark, so choosing is left out and the headline price stays.
 */
export function ListingBuyBox({ data, between }: BuyBoxProps) {
  const context = useContext(SpotContext);
  const [chosen, setChosen] = useState<string>();
  const flaggable = context !== null && data.variants?.some((variant) => context.numbers.has(variant.id));
  return (
    <BuyBoxView
      data={data}
      between={between}
      Part={Part}
      flaggable={Boolean(flaggable)}
      chosen={chosen}
      onChoose={setChosen}
    />
  );
}
