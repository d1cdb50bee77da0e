import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { countryForLanguage } from './default-country';
import { reportHosts } from './schema';
import { loadWhereToReport, whereToReportFile } from './where-to-report';

const data = loadWhereToReport();

function writeTemp(value: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'report-')), 'where-to-report.json');
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

describe('where to report (content/report/where-to-report.json)', () => {
  test('the US, UK, Australia, Canada, the EU and a fallback are all listed', () => {
    expect(data.countries.map((country) => country.id)).toEqual(
      expect.arrayContaining(['us', 'uk', 'au', 'ca', 'eu', data.fallback]),
    );
  });

  test.each(data.countries.map((country) => [country.id, country] as const))(
    '%s has an official https reporting address on a government or official network host',
    (_id, country) => {
      const urls = country.services.flatMap((service) => (service.url ? [new URL(service.url)] : []));
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) {
        expect(url.protocol).toBe('https:');
        // Official hosts only: look-alike "report fraud" sites are a known trap (lesson 6).
        expect(url.hostname).toMatch(
          /(\.gov|\.gov\.au|\.police\.uk|\.gc\.ca|antifraudcentre-centreantifraude\.ca|eccnet\.eu)$/,
        );
      }
    },
  );

  test('the hosts a reader sees include link hosts and email domains (for the CNT-3 check of out/)', () => {
    expect(reportHosts(data)).toEqual(
      expect.arrayContaining(['reportfraud.ftc.gov', 'phishing.gov.uk', 'econsumer.gov']),
    );
  });

  test('the fallback is econsumer.gov', () => {
    const fallback = data.countries.find((country) => country.id === data.fallback)!;
    expect(fallback.services.map((service) => service.url)).toContain('https://econsumer.gov/');
  });

  test('a bad file fails naming the file and the field', () => {
    const bad = structuredClone(data);
    bad.countries[1]!.services[0]!.url = 'http://www.reportfraud.police.uk/';
    expect(() => loadWhereToReport(writeTemp(bad), '/')).toThrow(
      /where-to-report\.json: countries\[1\]\.services\[0\]\.url: must be an https/,
    );
    const noAddress = structuredClone(data);
    noAddress.countries[0]!.services = [{ name: 'Police', what: 'Call them.' }];
    expect(() => loadWhereToReport(writeTemp(noAddress))).toThrow(
      /countries\[0\]\.services: needs at least one official https/,
    );
    expect(() => loadWhereToReport(writeTemp('{ not json'))).toThrow(/where-to-report\.json: JSON:/);
  });

  test('reads the real file from content/report', () => {
    expect(whereToReportFile).toMatch(/content[\\/]report[\\/]where-to-report\.json$/);
  });
});

describe('countryForLanguage', () => {
  const { countries, fallback } = data;
  test.each([
    ['en-GB', 'uk'],
    ['en-US', 'us'],
    ['en-AU', 'au'],
    ['fr-CA', 'ca'],
    ['de-DE', 'eu'],
    ['es-ES', 'eu'],
    ['en-IN', 'other'],
    ['fr', 'other'],
    ['', 'other'],
    ['not a tag!', 'other'],
  ])('%s → %s', (language, expected) => {
    expect(countryForLanguage(language, countries, fallback)).toBe(expected);
  });
});
