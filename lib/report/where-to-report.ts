import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LessonError, parseOrThrow } from '@/lib/content/lesson-error';
import { whereToReportSchema, type WhereToReport } from './schema';

/** The report-it routes are data (content/report), read through the file system so lib never imports content. */
export const whereToReportFile = path.join(process.cwd(), 'content', 'report', 'where-to-report.json');

/** Reads and validates the routes; any problem fails the build naming the file and the field. */
export function loadWhereToReport(file = whereToReportFile, projectRoot = process.cwd()): WhereToReport {
  const shown = path.relative(projectRoot, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new LessonError(shown, 'JSON', (error as Error).message);
  }
  return parseOrThrow(whereToReportSchema, raw, shown, '');
}
