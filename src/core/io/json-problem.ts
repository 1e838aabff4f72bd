import type { Problem } from '../model/problems';

/**
 * A JSON syntax error as a problem a person can act on: the line and column where reading
 * stopped, and "the file ends too early" for a truncated file (the usual cause is a download or
 * copy that was cut short).
 */
export function jsonSyntaxProblem(text: string, error: unknown, file = 'file'): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  if (text.trim() === '') return { record: file, field: '', message: 'the file is empty' };
  const position = /position (\d+)/.exec(raw);
  const lineCol = /line (\d+) column (\d+)/.exec(raw);
  let where = '';
  if (lineCol) where = `line ${lineCol[1]}, column ${lineCol[2]}`;
  else if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    where = `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
  }
  const truncated = /end of (JSON )?input|Unterminated string/i.test(raw);
  return {
    record: file,
    field: where,
    message: truncated
      ? `the JSON ends too early (the file looks cut short) (${raw})`
      : `not valid JSON (${raw})`,
  };
}
