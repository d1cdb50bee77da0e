import path from 'node:path';

/** Folder of the course's lessons; overridable so the benchmark can build a generated course. */
export const lessonsDir = process.env.SCAMWISE_LESSONS_DIR ?? path.join(process.cwd(), 'content', 'lessons');
