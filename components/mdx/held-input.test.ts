// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { holdInput } from './held-input';

let root: HTMLElement;
let listening = new AbortController();
afterEach(() => {
  root?.remove();
  listening.abort();
  listening = new AbortController();
});

/** What the page (React, at the document) hears of one kind of event. */
function heard(type: 'click' | 'change', what: (event: Event) => string) {
  const seen: string[] = [];
  document.addEventListener(type, (event) => seen.push(what(event)), { signal: listening.signal });
  return seen;
}

function island(html: string) {
  root = document.createElement('div');
  root.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  document.body.append(root);
  return root;
}

describe('input made before an island is live (issue 13)', () => {
  test('a press on a control is held from the page, then pressed again, in order, on replay', () => {
    island('<button data-n="1">one</button><button data-n="2"><span>two</span></button>');
    const onHold = vi.fn();
    const seen = heard('click', (event) => (event.target as Element).textContent!);
    const held = holdInput(root, onHold);
    root.querySelector('span')!.click();
    root.querySelector<HTMLElement>('[data-n="1"]')!.click();
    // React listens at the document: it must not see a press it cannot handle yet.
    expect(seen).toEqual([]);
    expect(onHold).toHaveBeenCalledTimes(2);
    held.replay();
    expect(seen).toEqual(['two', 'one']);
    // Once replayed, presses go through as usual.
    root.querySelector<HTMLElement>('[data-n="1"]')!.click();
    expect(seen).toEqual(['two', 'one', 'one']);
  });

  test('a box is not ticked until the live island can hear it, and a label passes its press on', () => {
    island('<input id="a" type="checkbox"><label for="b">b</label><input id="b" type="checkbox">');
    const held = holdInput(root, () => {});
    const [a, b] = [root.querySelector<HTMLInputElement>('#a')!, root.querySelector<HTMLInputElement>('#b')!];
    a.click();
    root.querySelector('label')!.click();
    expect([a.checked, b.checked]).toEqual([false, false]);
    held.replay();
    expect([a.checked, b.checked]).toEqual([true, true]);
  });

  test('a choice in a select is made again with a change event on replay', () => {
    island('<select><option value="us">US</option><option value="uk">UK</option></select>');
    const select = root.querySelector('select')!;
    const changes = heard('change', () => select.value);
    const held = holdInput(root, () => {});
    select.value = 'uk';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes).toEqual([]);
    // Hydration may set the select back to the value it was rendered with.
    select.value = 'us';
    held.replay();
    expect(changes).toEqual(['uk']);
    expect(select.value).toBe('uk');
  });

  test('links and presses outside the island are left alone; stop() forgets what was held', () => {
    island('<a href="#x">link</a><button>in</button>');
    const outside = document.body.appendChild(document.createElement('button'));
    const onHold = vi.fn();
    const seen = heard('click', (event) => (event.target as Element).textContent!);
    const held = holdInput(root, onHold);
    outside.textContent = 'out';
    outside.click();
    root.querySelector('a')!.click();
    root.querySelector('button')!.click();
    expect(seen).toEqual(['out', 'link']);
    held.stop();
    held.replay();
    expect(seen).toEqual(['out', 'link']);
    expect(onHold).toHaveBeenCalledTimes(1);
    outside.remove();
  });
});

describe('a long-press on a mock link before the island is live (issue 13)', () => {
  const preview =
    '<div><span data-link-text="">Track parcel</span><details><summary>Show address</summary>x.example</details></div>';
  /** A touch on the link's words, held for `ms`, then the click a phone may send after it. */
  function touch(text: Element, ms: number) {
    const pointer = (type: string, timeStamp: number) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperties(event, { pointerType: { value: 'touch' }, timeStamp: { value: timeStamp } });
      text.dispatchEvent(event);
    };
    pointer('pointerdown', 1000);
    pointer('pointerup', 1000 + ms);
    (text as HTMLElement).click();
  }

  test('is held as a press on that link’s "Show address", and its closing click does not press the link', () => {
    island(preview);
    const seen = heard('click', (event) => (event.target as Element).textContent!);
    const onHold = vi.fn();
    const held = holdInput(root, onHold);
    touch(root.querySelector('[data-link-text]')!, 800);
    expect(seen).toEqual([]);
    expect(onHold).toHaveBeenCalledTimes(1);
    held.replay();
    expect(seen).toEqual(['Show address']);
  });

  test('a short tap is held as a press on the link itself', () => {
    island(preview);
    const seen = heard('click', (event) => (event.target as Element).textContent!);
    const held = holdInput(root, () => {});
    touch(root.querySelector('[data-link-text]')!, 100);
    held.replay();
    expect(seen).toEqual(['Track parcel']);
  });
});
