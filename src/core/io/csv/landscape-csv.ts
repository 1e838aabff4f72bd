import { regionCoverageWarnings } from '../../geography/region-systems';
import type { Problem } from '../../model/problems';
import type { Landscape } from '../../model/types';
import { validateLandscape } from '../../model/validate';
import { BUNDLE, columnsOf, type BundlePart } from './bundle-columns';
import { CellReader } from './cell-values';
import { placeProblem } from './place-problems';
import { assembleLandscape, type ReferenceGeography } from './read-bundle';
import { openSheet, type Sheet } from './sheet';
import { landscapeTables } from './write-bundle';
import { writeCsv } from './write-csv';

export type { ReferenceGeography } from './read-bundle';

/** The outcome of importing a bundle: a landscape or problems, and warnings either way. */
export type CsvImport =
  | { ok: true; value: Landscape; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

export interface CsvImportOptions {
  /** Areas and region systems (with their sources) to use when `areas.csv` is not given. */
  reference?: ReferenceGeography;
  /** Title and as-at date when `landscape.csv` is not given (the app passes today's date). */
  defaults?: { title?: string; asAt?: string };
}

const REQUIRED_FILES: BundlePart[] = ['organisations', 'boards'];
const WARN_IF_ABSENT: BundlePart[] = ['memberships', 'relations'];

/**
 * Reads a CSV bundle (file name → text; names matched without regard to case or folder) into a
 * landscape. Each file is parsed and its header checked, cells are converted, and the whole is
 * validated; every problem names the file, the spreadsheet row and the column, and says which
 * values are allowed. Unknown files and columns are warnings; a missing required file or column,
 * a bad value, a duplicate id or a dangling reference refuses the import.
 */
export function importCsvBundle(
  files: Readonly<Record<string, string>>,
  options: CsvImportOptions = {},
): CsvImport {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const texts: Partial<Record<BundlePart, string>> = {};
  const parts = Object.keys(BUNDLE) as BundlePart[];
  for (const [name, text] of Object.entries(files)) {
    const base = name.split(/[\\/]/).pop()!.toLowerCase();
    const part = parts.find((p) => BUNDLE[p].file === base);
    if (part) texts[part] = text;
    else
      warnings.push({
        record: name,
        field: '',
        message: `not a file of the CSV bundle, ignored; expected: ${parts.map((p) => BUNDLE[p].file).join(', ')}`,
      });
  }
  for (const part of REQUIRED_FILES)
    if (texts[part] === undefined)
      problems.push({
        record: BUNDLE[part].file,
        field: '',
        message: `${BUNDLE[part].file} is missing; a bundle needs at least organisations.csv and boards.csv`,
      });
  for (const part of WARN_IF_ABSENT)
    if (texts[part] === undefined)
      warnings.push({
        record: BUNDLE[part].file,
        field: '',
        message: `${BUNDLE[part].file} is not given, so the landscape has no ${part}`,
      });
  if (texts.areas === undefined && !options.reference)
    problems.push({
      record: 'areas.csv',
      field: '',
      message: 'areas.csv is missing and no reference geography was given',
    });
  if (texts.landscape === undefined && !options.defaults?.asAt)
    problems.push({
      record: 'landscape.csv',
      field: '',
      message: 'landscape.csv (title, as_at) is missing, so the landscape has no as-at date',
    });

  const sheets: Partial<Record<BundlePart, Sheet>> = {};
  const headers: Partial<Record<BundlePart, string[]>> = {};
  for (const part of parts) {
    const text = texts[part];
    if (text === undefined) continue;
    const sheet = openSheet(part, text, problems, warnings);
    if (sheet) {
      sheets[part] = sheet;
      headers[part] = sheet.header;
    }
  }
  if (problems.length) return { ok: false, problems, warnings };
  if (sheets.landscape && sheets.landscape.rows.length !== 1)
    problems.push({
      record: 'landscape.csv',
      field: '',
      message: `expected one row under the header (title, as-at date), found ${sheets.landscape.rows.length}`,
    });

  const cells = new CellReader(problems);
  const { doc, index, usedReference } = assembleLandscape(
    sheets,
    options.reference,
    options.defaults ?? {},
    cells,
    warnings,
  );
  const checked = validateLandscape(doc);
  if (checked.ok && problems.length === 0) {
    // The reference geography is whole; a bundle's own areas may leave a system's regions short.
    if (!usedReference)
      for (const w of regionCoverageWarnings(checked.value))
        warnings.push({ record: BUNDLE.areas.file, field: 'regions', message: w.message });
    return { ok: true, value: checked.value, warnings };
  }
  if (!checked.ok) {
    const placing = { index, headers, landscape: doc, usedReference };
    for (const p of checked.problems) {
      const m = /^(\w+\[\d+\])/.exec(p.record);
      if (m && cells.reported.has(`${m[1]}|${p.field.split('.')[0]}`)) continue;
      problems.push(placeProblem(p, placing));
    }
  }
  return { ok: false, problems, warnings };
}

/**
 * Writes a landscape as the CSV bundle: file name → CSV text (UTF-8 with a byte-order mark,
 * CRLF), every file always written, in a fixed order, so `importCsvBundle` gives back a landscape
 * deeply equal to this one.
 */
export function exportCsvBundle(landscape: Landscape): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [part, rows] of landscapeTables(landscape)) {
    const columns = columnsOf(part);
    out[BUNDLE[part].file] = writeCsv(
      columns,
      rows.map((r) => columns.map((c) => r[c] ?? '')),
    );
  }
  return out;
}
