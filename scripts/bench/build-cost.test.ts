import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatedCourse, lessonFolders } from './build-cost';

// The bench's +200-lesson build failed once because copies of a lesson with several quizzes shared one id; the build
// rejects that (quiz ids are progress keys), so the generator must give every copy's exercises their own.
describe('generatedCourse', () => {
  const lessonsDir = path.resolve('content/lessons');
  const dir = generatedCourse(lessonsDir, 3);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the copies after the real lessons, every quiz and spotter id used once', () => {
    const folders = lessonFolders(dir);
    expect(folders).toHaveLength(lessonFolders(lessonsDir).length + 3);
    const ids = folders.flatMap((folder) =>
      [...readFileSync(path.join(dir, folder, 'index.mdx'), 'utf8').matchAll(/<(?:Quiz|Spotter)\s+id="([^"]+)"/g)].map(
        (match) => match[1],
      ),
    );
    expect(ids.length).toBeGreaterThan(folders.length);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
