import type { Problem, Result } from '../../model/problems';
import { columnLetter } from './column-name';
import { MAX_CSV_BYTES, MAX_CSV_ROWS, sizeProblem, utf8BytesUpTo } from './csv-limits';
import { unguardFormula } from './formula-guard';

/** One data row: its number as a spreadsheet shows it (the header is row 1) and its cells. */
export interface CsvRow {
  row: number;
  cells: string[];
}

/** A parsed CSV file: the header's column names (trimmed) and the data rows. */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export interface ParseCsvOptions {
  /** Named in every problem, e.g. `boards.csv`. */
  file?: string;
  maxBytes?: number;
  /** Data rows allowed, not counting the header. */
  maxRows?: number;
  /** Take off the writer's formula guard (see `formula-guard.ts`); on by default. */
  unguard?: boolean;
}

/** Wrong-length rows reported before giving up, so a file with a bad delimiter stays readable. */
const MAX_ROW_PROBLEMS = 20;

/**
 * Reads RFC 4180 CSV text as a spreadsheet writes it: UTF-8 with or without a byte-order mark,
 * CRLF, LF or CR line ends, quoted fields holding commas, quotes (`""`) and line breaks. Every
 * problem names the file, the row as a spreadsheet numbers it and the column; a file over the
 * size or row limit is refused before the rest of it is parsed. Completely empty lines are
 * skipped (they still count as rows, as in a spreadsheet).
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): Result<CsvTable> {
  const file = options.file ?? 'file';
  const maxRows = options.maxRows ?? MAX_CSV_ROWS;
  const unguard = options.unguard ?? true;
  const at = (row: number, column?: number) => ({
    record: `${file}, row ${row}`,
    field: column === undefined ? '' : `column ${columnLetter(column)}`,
  });
  const fail = (
    where: { record: string; field: string } | string,
    message: string,
  ): Result<CsvTable> => ({
    ok: false,
    problems: [{ ...(typeof where === 'string' ? { record: where, field: '' } : where), message }],
  });

  const limit = options.maxBytes ?? MAX_CSV_BYTES;
  const tooBig = sizeProblem(file, utf8BytesUpTo(text, limit), limit);
  if (tooBig) return { ok: false, problems: [tooBig] };
  // A NUL never occurs in text a spreadsheet writes; it marks a binary file (xlsx, zip, image).
  if (text.slice(0, 8192).includes('\u0000'))
    return fail(file, 'this is not CSV text (it holds binary data); save the sheet as CSV UTF-8');

  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row = 0;
  let header: string[] | undefined;
  const rows: CsvRow[] = [];
  const problems: Problem[] = [];

  while (i < n) {
    row++;
    const cells: string[] = [];
    let ended = false;
    // A line with nothing on it is a blank spreadsheet row, not a record with one empty cell.
    const c0 = text.charCodeAt(i);
    if (c0 === 10 || c0 === 13) {
      i += c0 === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    while (!ended) {
      let value: string;
      if (text.charCodeAt(i) === 34) {
        const column = cells.length;
        i++;
        value = '';
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0)
            return fail(
              at(row, column),
              'a quoted field is never closed (a `"` is missing); every line after it was read as part of this field',
            );
          value += text.slice(i, q);
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        const next = text.charCodeAt(i);
        if (i < n && next !== 44 && next !== 10 && next !== 13)
          return fail(
            at(row, column),
            `unexpected text after a closing quote; a quote inside a quoted field must be doubled ("")`,
          );
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      cells.push(unguard ? unguardFormula(value) : value);
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        if (i >= n) cells.push('');
        else continue;
      }
      if (c === 13) i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
      else if (c === 10) i++;
      ended = true;
    }

    if (header === undefined) {
      header = cells.map((h) => h.trim());
      continue;
    }
    if (rows.length + problems.length >= maxRows)
      return fail(
        at(row),
        `the file has more than ${maxRows.toLocaleString('en-GB')} data rows (stopped reading at row ${row.toLocaleString('en-GB')}); split it into smaller files`,
      );
    if (cells.length !== header.length) {
      const column = Math.min(cells.length, header.length);
      problems.push({
        ...at(row, column),
        message:
          cells.length > header.length
            ? `the row has ${cells.length} fields but the header has ${header.length}; is there an unquoted comma? (a value holding a comma must be in "quotes")`
            : `the row has ${cells.length} fields but the header has ${header.length}; column ${columnLetter(column)} (${header[column]}) and after are missing`,
      });
      if (problems.length >= MAX_ROW_PROBLEMS) break;
      continue;
    }
    rows.push({ row, cells });
  }
  if (header === undefined) return fail(file, 'the file is empty; expected a header row');
  return problems.length ? { ok: false, problems } : { ok: true, value: { header, rows } };
}
