import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { launchPage, manifest, scormPackagePath } from './scorm-package';

const lesson = { kind: 'lesson', slug: 'is-it-safe', title: 'Is it safe? <Really>' } as const;

describe('EMB-14: SCORM 1.2 package files', () => {
  test('the manifest is SCORM 1.2 with one SCO launching index.html', () => {
    const xml = new JSDOM(manifest(lesson, 80), { contentType: 'text/xml' }).window.document;
    expect(xml.querySelector('schemaversion')?.textContent).toBe('1.2');
    expect(xml.querySelector('organization > title')?.textContent).toBe('Scamwise: Is it safe? <Really>');
    const resource = xml.querySelector('resource')!;
    expect(resource.getAttribute('href')).toBe('index.html');
    expect(resource.getAttribute('adlcp:scormtype')).toBe('sco');
    expect([...resource.querySelectorAll('file')].map((f) => f.getAttribute('href'))).toEqual([
      'index.html',
      'launch.js',
    ]);
    expect(xml.getElementsByTagName('adlcp:masteryscore')).toHaveLength(0);
  });

  test("the exam's manifest carries the pass mark", () => {
    const xml = new JSDOM(manifest({ kind: 'exam' }, 80), { contentType: 'text/xml' }).window.document;
    expect(xml.getElementsByTagName('adlcp:masteryscore')[0]?.textContent).toBe('80');
  });

  test('the launch page frames the hosted embed by absolute URL', () => {
    const { document } = new JSDOM(launchPage(lesson, 'https://scamwise.example')).window;
    const frame = document.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://scamwise.example/embed/lessons/is-it-safe/');
    expect(frame.hasAttribute('data-scamwise-embed')).toBe(true);
    expect(frame.getAttribute('data-scorm-kind')).toBe('lesson');
    expect(document.querySelector('script')?.getAttribute('src')).toBe('launch.js');
    expect(scormPackagePath(lesson)).toBe('/scorm/is-it-safe.zip');
    expect(scormPackagePath({ kind: 'exam' })).toBe('/scorm/exam.zip');
  });
});
