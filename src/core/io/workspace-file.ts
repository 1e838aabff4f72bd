import type { Result } from '../model/problems';
import { readWorkspace } from '../workspace/format';
import type { Workspace } from '../workspace/types';
import { MAX_CSV_BYTES, sizeProblem, utf8BytesUpTo } from './csv/csv-limits';
import { jsonSyntaxProblem } from './json-problem';

/**
 * The workspace export file is the stored workspace record itself (`format:
 * 'tirwedd.workspace'`, with its `version`), nothing added and nothing left out: landscape,
 * positions, history, ignored duplications and whatever later versions add (scenarios,
 * tracker…). One format for the database and the file means one set of migrations, and an
 * exported file from an older app is migrated on import exactly as a stored record is.
 */
export const WORKSPACE_FILE_EXTENSION = '.tirwedd.json';

/** Keys that lead the file, so a person opening it sees what it is first. */
const LEADING_KEYS = ['format', 'version', 'id', 'name', 'createdAt', 'updatedAt'];

/**
 * The workspace as file text: 2-space JSON with a stable key order (the leading keys above,
 * then every other key sorted, at every depth), so the same workspace always gives the same
 * bytes and a diff of two exports shows only what changed.
 */
export function exportWorkspace(workspace: Workspace): string {
  return `${JSON.stringify(sortKeys(workspace, true), null, 2)}\n`;
}

function sortKeys(value: unknown, top = false): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  const lead = top ? LEADING_KEYS.filter((k) => k in record) : [];
  const out: Record<string, unknown> = {};
  for (const k of [...lead, ...keys.filter((k) => !lead.includes(k))]) out[k] = sortKeys(record[k]);
  return out;
}

/**
 * Reads a workspace export file: size, JSON syntax (with line and column, and "cut short" for
 * a truncated file), then `readWorkspace`, which checks the shape, refuses a newer version and
 * migrates an older one. A landscape file given by mistake is named as such.
 */
export function importWorkspace(text: string, file = 'file'): Result<Workspace> {
  const tooBig = sizeProblem(file, utf8BytesUpTo(text, MAX_CSV_BYTES));
  if (tooBig) return { ok: false, problems: [tooBig] };
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, error, file)] };
  }
  const format = (doc as { format?: unknown } | null)?.format;
  if (format === 'tirwedd.landscape')
    return {
      ok: false,
      problems: [
        {
          record: file,
          field: 'format',
          message: 'this is a landscape file, not a workspace; import it as a landscape',
        },
      ],
    };
  return readWorkspace(doc);
}
