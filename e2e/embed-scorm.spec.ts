import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { examBlueprint } from '../lib/exam/draw';
import { percentOf } from '../lib/questions/score';
import { examText } from '../lib/i18n/en/exam';
import { answerAttempt } from './exam-helpers';
import { activate } from './fixtures';
import { answerEveryQuestion, expect, test, type EmbedServer } from './embed-fixtures';

/**
 * EMB-14: the SCORM 1.2 packages from out/scorm/ in a mock LMS. The LMS page (host origin) holds a recording
 * window.API and frames the package's launch page, which it serves itself, as Moodle does; the launch page frames
 * our hosted embed (lesson origin). The package was built for SITE_URL; the test points its iframe at this server.
 */
type Call = { name: string; args: string[] };

function servePackage(server: EmbedServer, name: string) {
  const files = unzipSync(readFileSync(path.resolve('out/scorm', `${name}.zip`)));
  expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'index.html', 'launch.js']);
  const site = /src="(https?:\/\/[^/"]+)\/embed\//.exec(strFromU8(files['index.html']!))![1]!;
  const index = strFromU8(files['index.html']!).replaceAll(site, server.lessonOrigin);
  server.hostPage(`scorm-${name}/launch.js`, strFromU8(files['launch.js']!));
  return { launch: server.hostPage(`scorm-${name}/index.html`, index), manifest: strFromU8(files['imsmanifest.xml']!) };
}

const lmsPage = (launch: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mock LMS</title></head><body>
<script>
window.__calls = [];
const data = { 'cmi.core.lesson_status': 'not attempted' };
const record = (name, result) => (...args) => { window.__calls.push({ name, args }); return result(...args); };
window.API = {
  LMSInitialize: record('LMSInitialize', () => 'true'),
  LMSFinish: record('LMSFinish', () => 'true'),
  LMSGetValue: (name) => data[name] ?? '',
  LMSSetValue: record('LMSSetValue', (name, value) => { data[name] = String(value); return 'true'; }),
  LMSCommit: record('LMSCommit', () => 'true'),
  LMSGetLastError: () => '0', LMSGetErrorString: () => '', LMSGetDiagnostic: () => '',
};
</script>
<iframe id="sco" src="${launch}" title="Course content" style="width:100%;height:1200px;border:0"></iframe>
</body></html>`;

const calls = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls);
const statuses = (list: Call[]) =>
  list.filter((c) => c.name === 'LMSSetValue' && c.args[0] === 'cmi.core.lesson_status').map((c) => c.args[1]);

test('a lesson package reports LMSInitialize, incomplete, completed and LMSFinish to the LMS', async ({
  page,
  embedServer,
}) => {
  test.slow();
  const { launch, manifest } = servePackage(embedServer, 'what-is-aliexpress');
  expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
  await page.goto(embedServer.hostPage('lms-lesson.html', lmsPage(launch)));
  const lesson = page.frameLocator('#sco').frameLocator('iframe[data-scamwise-embed]');
  await expect(lesson.getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(async () => (await calls(page)).map((c) => c.name)).toContain('LMSInitialize');
  expect(statuses(await calls(page))).toContain('incomplete');

  await answerEveryQuestion(page, lesson);
  await expect.poll(async () => statuses(await calls(page)).at(-1)).toBe('completed');

  // The learner leaves: the LMS replaces the content frame.
  await page.locator('#sco').evaluate((frame: HTMLIFrameElement) => (frame.src = 'about:blank'));
  await expect.poll(async () => (await calls(page)).at(-1)?.name).toBe('LMSFinish');
  const names = (await calls(page)).map((c) => c.name);
  expect(names.indexOf('LMSInitialize')).toBe(0);
  expect(names.filter((n) => n === 'LMSFinish')).toHaveLength(1);
});

test('the exam package reports the score and passed', async ({ page, embedServer }) => {
  test.slow();
  const { launch, manifest } = servePackage(embedServer, 'exam');
  expect(manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
  await page.goto(embedServer.hostPage('lms-exam.html', lmsPage(launch)));
  const exam = page.frameLocator('#sco').frameLocator('iframe[data-scamwise-embed]');
  await activate(page, exam.getByRole('button', { name: examText.start }));
  const size = examBlueprint.size;
  const percent = percentOf(size - 1, size);
  await answerAttempt(exam, size, (_item, index) => index !== 0);
  await expect(exam.getByTestId('exam-score')).toHaveText(`${size - 1} of ${size} right (${percent}%)`);
  await expect
    .poll(async () => (await calls(page)).filter((c) => c.name === 'LMSSetValue').map((c) => c.args.join('=')))
    .toEqual(expect.arrayContaining([`cmi.core.score.raw=${percent}`, 'cmi.core.lesson_status=passed']));
});

test('without an LMS the package is a plain embed', async ({ page, embedServer }) => {
  const { launch } = servePackage(embedServer, 'is-it-safe');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(launch);
  await expect(page.frameLocator('iframe[data-scamwise-embed]').getByRole('heading', { level: 1 })).toBeVisible();
  // The host side still fits the frame to the lesson.
  await expect
    .poll(() => page.locator('iframe[data-scamwise-embed]').evaluate((el) => el.getBoundingClientRect().height))
    .toBeGreaterThan(2000);
  expect(errors).toEqual([]);
});
