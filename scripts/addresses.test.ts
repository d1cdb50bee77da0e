import { describe, expect, test } from 'vitest';
import { hostPattern, isAllowedHost } from './addresses';

const hostsIn = (text: string) => text.match(hostPattern) ?? [];

describe('CNT-3: which addresses lessons and pages may show', () => {
  test('reserved names are allowed, including lookalikes under them', () => {
    for (const host of ['parcel-fee.example', 'paypa1-secure.example', 'shop.test', 'x.invalid', 'example.com']) {
      expect(isAllowedHost(host, [])).toBe(true);
    }
  });

  test('a live lookalike domain is refused', () => {
    expect(isAllowedHost('aliexpress-refund.com', [])).toBe(false);
    expect(isAllowedHost('paypa1.com', [])).toBe(false);
  });

  test('a listed source host, or the domain it belongs to, is allowed', () => {
    expect(isAllowedHost('www.avast.com', ['www.avast.com'])).toBe(true);
    expect(isAllowedHost('ilovetranslation.com', ['th4.ilovetranslation.com'])).toBe(true);
    expect(isAllowedHost('avast.com.evil.test', ['www.avast.com'])).toBe(true); // reserved .test, harmless
    expect(isAllowedHost('notavast.com', ['www.avast.com'])).toBe(false);
  });

  test('prose with dots is not mistaken for an address, but a real one is found', () => {
    expect(hostsIn('Your progress.corrupt copy, e.g. this one, and scamwise:progress.corrupt-1')).toEqual([]);
    expect(hostsIn('Pay at track-my-parcel.com today')).toEqual(['track-my-parcel.com']);
  });
});
