import type { Result } from '../model/problems';
import { jsonSyntaxProblem } from './json-problem';
import type { Landscape } from '../model/types';
import { validateLandscape } from '../model/validate';
import { depthProblem, nestsDeeperThan } from './json-depth';
import { migrate, type Migration } from './migrate';

export const LANDSCAPE_FORMAT = 'tirwedd.landscape';
export const LANDSCAPE_VERSION = 1;

/**
 * Migrations of the landscape format, oldest first. Version 1 is the first published format,
 * so the list is empty; each later version appends one step here, with its own test.
 */
export const LANDSCAPE_MIGRATIONS: readonly Migration[] = [];

/** Parses landscape JSON text: syntax, then format version (migrating older ones), then content. */
export function parseLandscape(text: string): Result<Landscape> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, error)] };
  }
  return readLandscape(doc);
}

/** Checks and migrates an already-parsed landscape document. */
export function readLandscape(doc: unknown): Result<Landscape> {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return {
      ok: false,
      problems: [{ record: 'landscape', field: '', message: 'expected a JSON object' }],
    };
  if (nestsDeeperThan(doc)) return { ok: false, problems: [depthProblem('landscape')] };
  const record = doc as Record<string, unknown>;
  if (record.format !== LANDSCAPE_FORMAT)
    return {
      ok: false,
      problems: [
        {
          record: 'landscape',
          field: 'format',
          message: `expected "${LANDSCAPE_FORMAT}", got ${JSON.stringify(record.format) ?? 'nothing'}`,
        },
      ],
    };
  const migrated = migrate(record, LANDSCAPE_VERSION, LANDSCAPE_MIGRATIONS);
  if (!migrated.ok) return migrated;
  return validateLandscape(migrated.value);
}
