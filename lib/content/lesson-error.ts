import type { z } from 'zod';

/** A problem in a lesson file. The message always names the file and the field, so an editor can fix it fast. */
export class LessonError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
    line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${field}: ${detail}`);
    this.name = 'LessonError';
  }
}

/** Formats zod's first issue path as `questions[2].options[0].explanation`. */
function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}${acc ? '.' : ''}${String(key)}`),
    prefix,
  );
}

/** Parses with a zod schema or throws a LessonError naming the file and the first bad field. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  fieldPrefix: string,
  line?: number,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new LessonError(file, formatPath(fieldPrefix, issue.path), issue.message, line);
}
