import { guardFormula } from './formula-guard';

export interface WriteCsvOptions {
  /** Start with a UTF-8 byte-order mark, so Excel reads Welsh letters right; on by default. */
  bom?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell: formula-guarded, then quoted when it holds a comma, quote, line break or edge space. */
export function csvCell(value: string): string {
  const guarded = guardFormula(value);
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/**
 * Writes a table as RFC 4180 CSV: CRLF after every row (the last included), fields quoted only
 * when they need it, and the formula guard of `formula-guard.ts`, which `parseCsv` undoes, so
 * any text read back is exactly the text written.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: WriteCsvOptions = {},
): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
