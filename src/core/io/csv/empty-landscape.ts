import type { Landscape } from '../../model/types';
import { LANDSCAPE_FORMAT, LANDSCAPE_VERSION } from '../landscape-format';
import { exportCsvBundle, importCsvBundle, type CsvImportOptions } from './landscape-csv';

/** The header rows a bundle needs, with no records under them. */
function emptyBundle(): Record<string, string> {
  const nothing = {
    format: LANDSCAPE_FORMAT,
    version: LANDSCAPE_VERSION,
    title: '',
    asAt: '',
    sources: [],
    regionSystems: [],
    areas: [],
    organisations: [],
    boards: [],
    memberships: [],
    relations: [],
  } as unknown as Landscape;
  const files = exportCsvBundle(nothing);
  return { 'organisations.csv': files['organisations.csv']!, 'boards.csv': files['boards.csv']! };
}

/**
 * A landscape with no boards yet, on a geography: the reference geography given in `options`,
 * or the areas (and region systems) in `geography`, which are read and checked as a CSV
 * bundle's are, every problem naming its file, row and column.
 */
export function emptyLandscape(
  geography: Readonly<Record<string, string>>,
  options: CsvImportOptions,
) {
  return importCsvBundle({ ...emptyBundle(), ...geography }, options);
}
