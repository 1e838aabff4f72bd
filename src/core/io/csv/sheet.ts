import type { Problem } from '../../model/problems';
import { BUNDLE, columnsOf, type BundlePart } from './bundle-columns';
import { columnLetter } from './column-name';
import { parseCsv, type CsvRow } from './parse-csv';

/** One file of the bundle, parsed, with its columns found by name. */
export interface Sheet {
  file: string;
  /** Column names as found (lowercased), in file order. */
  header: string[];
  rows: CsvRow[];
  /** The cell under a column, or `''` when the file has no such column. */
  cell(row: CsvRow, column: string): string;
  /** Where a problem is, as `{ record: 'boards.csv, row 4', field: 'column D (level)' }`. */
  where(row: number, column?: string): { record: string; field: string };
}

/**
 * Parses one file of the bundle and checks its header: a missing required column or a column
 * named twice refuses the file; a column the bundle does not know is a warning (it is ignored).
 * Column names are matched without regard to case or surrounding spaces.
 */
export function openSheet(
  part: BundlePart,
  text: string,
  problems: Problem[],
  warnings: Problem[],
): Sheet | undefined {
  const { file, required } = BUNDLE[part];
  const parsed = parseCsv(text, { file });
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const header = parsed.value.header.map((h) => h.toLowerCase());
  const index = new Map<string, number>();
  const known = columnsOf(part);
  let refused = false;
  header.forEach((name, i) => {
    const field = `column ${columnLetter(i)} (${name})`;
    if (index.has(name)) {
      problems.push({
        record: `${file}, row 1`,
        field,
        message: `the column "${name}" appears twice`,
      });
      refused = true;
    } else index.set(name, i);
    if (!known.includes(name))
      warnings.push({
        record: `${file}, row 1`,
        field,
        message: `unknown column "${name}" is ignored; the columns of ${file} are: ${known.join(', ')}`,
      });
  });
  for (const name of required)
    if (!index.has(name)) {
      problems.push({
        record: `${file}, row 1`,
        field: name,
        message: `the required column "${name}" is missing; ${file} needs: ${required.join(', ')}`,
      });
      refused = true;
    }
  if (refused) return undefined;
  return {
    file,
    header,
    rows: parsed.value.rows,
    cell: (row, column) => {
      const i = index.get(column);
      return i === undefined ? '' : (row.cells[i] ?? '');
    },
    where: (row, column) => {
      const i = column === undefined ? undefined : index.get(column);
      return {
        record: `${file}, row ${row}`,
        field:
          column === undefined
            ? ''
            : i === undefined
              ? column
              : `column ${columnLetter(i)} (${column})`,
      };
    },
  };
}
