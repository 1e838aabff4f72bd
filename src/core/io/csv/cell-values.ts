import type { Problem } from '../../model/problems';
import type { SourceRef, SourceId } from '../../model/types';
import { USER_SOURCE_ID } from '../../model/vocabulary';
import type { CsvRow } from './parse-csv';
import type { Sheet } from './sheet';

/** Reads typed values out of cells, noting each problem at its file, row and column. */
export class CellReader {
  /** `collection[index]|field` of every value already reported, so validation does not repeat it. */
  readonly reported = new Set<string>();

  constructor(readonly problems: Problem[]) {}

  report(sheet: Sheet, row: CsvRow, column: string, message: string, key?: string): void {
    this.problems.push({ ...sheet.where(row.row, column), message });
    if (key) this.reported.add(key);
  }

  /** Optional text: an empty cell is absent. Text is kept exactly, spaces and all. */
  text(sheet: Sheet, row: CsvRow, column: string): string | undefined {
    const v = sheet.cell(row, column);
    return v === '' ? undefined : v;
  }

  /** A number, or undefined for an empty cell; anything else that is not a number is reported. */
  number(sheet: Sheet, row: CsvRow, column: string, key: string): number | undefined {
    const raw = sheet.cell(row, column).trim();
    if (raw === '') return undefined;
    if (!NUMBER.test(raw)) {
      this.report(
        sheet,
        row,
        column,
        `"${clip(raw)}" is not a number; expected digits, such as 4 or 1.5`,
        key,
      );
      return undefined;
    }
    const n = Number(raw);
    if (!Number.isFinite(n)) {
      this.report(sheet, row, column, `"${clip(raw)}" is too large a number`, key);
      return undefined;
    }
    return n;
  }

  /** yes/no (also true/false, y/n, 1/0, any case). */
  yesNo(sheet: Sheet, row: CsvRow, column: string, key: string): boolean {
    const raw = sheet.cell(row, column).trim().toLowerCase();
    if (YES.includes(raw)) return true;
    if (NO.includes(raw)) return false;
    this.report(
      sheet,
      row,
      column,
      `"${clip(raw)}" is not allowed; expected yes or no (true/false and 1/0 also work)`,
      key,
    );
    return false;
  }

  /**
   * A source reference from the `source`, `confidence`, `quote` and `source_note` columns. An
   * empty `source` is a fact typed by hand (`user-entry`, illustrative unless said otherwise);
   * an empty `confidence` beside a named source is `inferred`. With `optional`, a row whose four
   * cells are all empty has no source at all.
   */
  sourceRef(sheet: Sheet, row: CsvRow, optional = false): SourceRef | undefined {
    const source = sheet.cell(row, 'source').trim();
    const confidence = sheet.cell(row, 'confidence').trim();
    const quote = this.text(sheet, row, 'quote');
    const note = this.text(sheet, row, 'source_note');
    if (optional && !source && !confidence && quote === undefined && note === undefined)
      return undefined;
    return {
      source: (source || USER_SOURCE_ID) as SourceId,
      ...(quote !== undefined ? { quote } : {}),
      confidence: (confidence || (source ? 'inferred' : 'illustrative')) as SourceRef['confidence'],
      ...(note !== undefined ? { note } : {}),
    };
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const YES = ['yes', 'y', 'true', '1'];
const NO = ['no', 'n', 'false', '0'];

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** The source reference as cells, in `SOURCE_COLUMNS` order; empty cells for no reference. */
export function sourceCells(ref: SourceRef | undefined): string[] {
  if (!ref) return ['', '', '', ''];
  return [ref.source, ref.confidence, ref.quote ?? '', ref.note ?? ''];
}
