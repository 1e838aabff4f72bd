import type { Problem, Result } from '../model/problems';
import type { Landscape } from '../model/types';
import { validateLandscape } from '../model/validate';

export const LANDSCAPE_FORMAT = 'tirwedd.landscape';
export const LANDSCAPE_VERSION = 1;

/** A step that lifts a document from `from` to `from + 1`. */
export interface Migration {
  from: number;
  describe: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Migrations of the landscape format, oldest first. Version 1 is the first published format,
 * so the list is empty; each later version appends one step here, with its own test.
 */
export const LANDSCAPE_MIGRATIONS: readonly Migration[] = [];

/**
 * Lifts a versioned document to `target` by applying each migration in turn. A document newer
 * than `target`, or one with no migration path, is refused rather than guessed at.
 */
export function migrate(
  doc: Record<string, unknown>,
  target: number,
  migrations: readonly Migration[],
): Result<Record<string, unknown>> {
  const problem = (message: string): Result<Record<string, unknown>> => ({
    ok: false,
    problems: [{ record: 'document', field: 'version', message }],
  });
  let version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return problem(`expected a whole version number, got ${JSON.stringify(version)}`);
  if (version > target)
    return problem(
      `version ${version} is newer than this app understands (up to ${target}); update Tirwedd to open it`,
    );
  let current = doc;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return problem(`no migration from version ${version}`);
    current = { ...step.up(current), version: version + 1 };
    version += 1;
  }
  return { ok: true, value: current };
}

/** Parses landscape JSON text: syntax, then format version (migrating older ones), then content. */
export function parseLandscape(text: string): Result<Landscape> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [jsonProblem(error)] };
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

function jsonProblem(error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  return { record: 'file', field: '', message: `not valid JSON (${message})` };
}
