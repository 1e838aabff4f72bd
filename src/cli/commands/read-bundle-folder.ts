import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sizeProblem } from '../../core/io/csv/csv-limits';
import { importCsvBundle, type CsvImport } from '../../core/io/csv/landscape-csv';
import { referenceGeography } from '../../core/io/csv/reference-geography';
import { parseLandscape } from '../../core/io/landscape-format';
import { decodeText } from './decode-text';

/** Whether a path names a folder (a CSV bundle) rather than a file. */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The embedded Welsh landscape's geography, for bundles without `areas.csv`. */
export async function seedReference() {
  const seed = parseLandscape(
    await readFile(new URL('../../../data/landscape.json', import.meta.url), 'utf8'),
  );
  return seed.ok ? referenceGeography(seed.value) : undefined;
}

/**
 * Reads every `.csv` file of a folder as a CSV bundle. Each file's size is checked before it is
 * read, so a file over the limit is refused without loading it.
 */
export async function readBundleFolder(folder: string, today: string): Promise<CsvImport> {
  const names = (await readdir(folder)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
  const files: Record<string, string> = {};
  for (const name of names) {
    const path = join(folder, name);
    const tooBig = sizeProblem(name, (await stat(path)).size);
    if (tooBig) return { ok: false, problems: [tooBig], warnings: [] };
    files[name] = decodeText(await readFile(path));
  }
  return importCsvBundle(files, {
    reference: await seedReference(),
    defaults: { title: 'Imported landscape', asAt: today },
  });
}
