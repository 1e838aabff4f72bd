/** One thing wrong with an input: where it is (file, record, field) and what was expected. */
export interface Problem {
  /** A path such as `boards[12]` or `memberships[3]`, with the record's id where it has one. */
  record: string;
  field: string;
  message: string;
}

/** The outcome of reading something that may be wrong: the value, or every problem found. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * One line per problem, prefixed with the file name, as the CLI and the app show them. A problem
 * whose record is the file itself (a syntax error, a file too big) names it once, not twice.
 */
export function formatProblems(problems: readonly Problem[], file?: string): string[] {
  return problems.map((p) => {
    const record = file && (p.record === file || p.record === 'file') ? '' : p.record;
    const where = [file, record, p.field].filter(Boolean).join(' › ');
    return `${where}: ${p.message}`;
  });
}
