// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, test } from 'vitest';
import type { ListingData } from '@/lib/content/artefact-schema';
import { ListingBuyBox } from './listing-buy-box';
import { SpotContext } from './spot-context';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const listing: ListingData = {
  kind: 'listing',
  title: '2TB card',
  price: '€1.89',
  wasPrice: '€9.99',
  store: 'Store',
  variants: [
    { id: 'adapter-only', label: 'Adapter only', price: '€1.89' },
    { id: 'card-2tb', label: '2TB card', price: '€8.99' },
  ],
};

let container: HTMLDivElement;
afterEach(() => container?.remove());

function render(element: React.ReactElement) {
  container = document.createElement('div');
  document.body.append(container);
  act(() => createRoot(container).render(element));
  return container;
}

const price = () => container.querySelector('[aria-live="polite"]')!.textContent;

describe('issue 15: the listing variant picker', () => {
  test('the price follows the chosen variant, and the "was" price goes with the headline one', () => {
    render(createElement(ListingBuyBox, { data: listing }));
    expect(price()).toBe('€1.89');
    expect(container.textContent).toContain('€9.99');
    const radios = container.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios).toHaveLength(2);
    act(() => radios[1]!.click());
    expect(price()).toBe('€8.99');
    expect(container.textContent).not.toContain('€9.99');
  });

  test('inside a red-flag exercise whose spots include the variants, they are parts to mark instead', () => {
    const context = {
      numbers: new Map([['card-2tb', 1]]),
      labels: new Map([['card-2tb', 'the first option']]),
      marked: new Set<string>(),
      interactive: true,
      onToggle() {},
    };
    render(createElement(SpotContext, { value: context }, createElement(ListingBuyBox, { data: listing })));
    expect(container.querySelectorAll('input[type="radio"]')).toHaveLength(0);
    expect(container.querySelector('button[data-part="card-2tb"]')).not.toBeNull();
  });
});
