import { appendTo } from '../collections';
import type { Problem, Result } from '../model/problems';
import type { SourceRef } from '../model/types';
import { CONFIDENCES } from '../model/vocabulary';

/** One dated entry of the rationalisation tracker, the living version of the closure report's Annex E. */
export interface TrackerEntry {
  id: string;
  /** Police region name, e.g. `North Wales`. */
  region: string;
  /** ISO date (`YYYY-MM-DD`) or month (`YYYY-MM`) of the update. */
  date: string;
  /** `YYYY-Qn`; derived from `date` when not stored. */
  quarter?: string;
  /** The current position. */
  position: string;
  /** Actions for the next quarter. */
  actions: string;
  /** Who owns the actions; `TBC` where nobody does yet. */
  owner: string;
  /** A scenario in the same workspace this entry refers to. */
  scenarioId?: string;
  source?: SourceRef;
}

export const TRACKER_FORMAT = 'tirwedd.tracker';
export const TRACKER_VERSION = 1;

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const QUARTER = /^\d{4}-Q[1-4]$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** The calendar quarter of an ISO date or month, e.g. `2020-01` → `2020-Q1`; undefined for a bad date. */
export function quarterOf(date: string): string | undefined {
  const m = DATE.exec(date);
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return `${m[1]}-Q${Math.ceil(month / 3)}`;
}

/** The entry's quarter: as stored, else derived from its date. */
export const entryQuarter = (entry: TrackerEntry): string =>
  entry.quarter ?? quarterOf(entry.date) ?? '';

/**
 * Problems with one tracker entry: required texts, an ISO date, a quarter that agrees with it,
 * a region among `regions` and a scenario among `scenarioIds` when those lists are given.
 */
export function validateTrackerEntry(
  value: unknown,
  options: { regions?: readonly string[]; scenarioIds?: readonly string[]; record?: string } = {},
): Problem[] {
  const e = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const record = options.record ?? `tracker entry${typeof e.id === 'string' ? ` (${e.id})` : ''}`;
  const out: Problem[] = [];
  const add = (field: string, message: string) => out.push({ record, field, message });
  if (typeof e.id !== 'string' || !ID.test(e.id))
    add('id', 'expected a lowercase id (letters, digits, hyphens)');
  for (const field of ['region', 'position', 'actions', 'owner'])
    if (typeof e[field] !== 'string' || (e[field] as string).trim() === '')
      add(field, 'expected a non-empty text');
  if (typeof e.region === 'string' && options.regions && !options.regions.includes(e.region))
    add(
      'region',
      `"${e.region}" is not a police region; expected one of: ${options.regions.join(', ')}`,
    );
  const derived = typeof e.date === 'string' ? quarterOf(e.date) : undefined;
  if (!derived) add('date', 'expected an ISO date (YYYY-MM-DD) or month (YYYY-MM)');
  if (e.quarter !== undefined) {
    if (typeof e.quarter !== 'string' || !QUARTER.test(e.quarter))
      add('quarter', 'expected a quarter such as 2020-Q1');
    else if (derived && e.quarter !== derived)
      add('quarter', `the date ${String(e.date)} falls in ${derived}, not ${e.quarter}`);
  }
  if (
    e.scenarioId !== undefined &&
    (typeof e.scenarioId !== 'string' ||
      (options.scenarioIds && !options.scenarioIds.includes(e.scenarioId)))
  )
    add('scenarioId', `no scenario has the id ${JSON.stringify(e.scenarioId)}`);
  if (e.source !== undefined) {
    const s = e.source as Record<string, unknown> | null;
    if (
      !s ||
      typeof s.source !== 'string' ||
      !(CONFIDENCES as readonly unknown[]).includes(s.confidence)
    )
      add('source', 'expected a source ({ source, quote?, confidence })');
  }
  return out;
}

/** Reads a tracker file (`{ format: "tirwedd.tracker", version, entries }`), checking every entry and unique ids. */
export function readTracker(
  doc: unknown,
  options: { regions?: readonly string[] } = {},
): Result<TrackerEntry[]> {
  const d = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const add = (field: string, message: string) =>
    problems.push({ record: 'tracker', field, message });
  if (d.format !== TRACKER_FORMAT) add('format', `expected "${TRACKER_FORMAT}"`);
  if (d.version !== TRACKER_VERSION) add('version', `expected version ${TRACKER_VERSION}`);
  if (!Array.isArray(d.entries)) {
    add('entries', 'expected a list');
    return { ok: false, problems };
  }
  const seen = new Set<unknown>();
  d.entries.forEach((entry, i) => {
    problems.push(...validateTrackerEntry(entry, { ...options, record: `entries[${i}]` }));
    const id = (entry as { id?: unknown } | null)?.id;
    if (seen.has(id)) add(`entries[${i}].id`, `duplicate id ${JSON.stringify(id)}`);
    seen.add(id);
  });
  return problems.length
    ? { ok: false, problems }
    : { ok: true, value: d.entries as TrackerEntry[] };
}

export interface TrackerGroup {
  region: string;
  quarters: { quarter: string; entries: TrackerEntry[] }[];
}

/** Entries grouped for the table: regions in alphabetical order, quarters oldest first, entries by date. */
export function groupTracker(entries: readonly TrackerEntry[]): TrackerGroup[] {
  const regions = new Map<string, Map<string, TrackerEntry[]>>();
  for (const e of entries) {
    const quarters = regions.get(e.region) ?? new Map<string, TrackerEntry[]>();
    const q = entryQuarter(e);
    appendTo(quarters, q, e);
    regions.set(e.region, quarters);
  }
  return [...regions.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([region, quarters]) => ({
      region,
      quarters: [...quarters.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([quarter, list]) => ({
          quarter,
          entries: [...list].sort(
            (x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id),
          ),
        })),
    }));
}

export const TRACKER_CSV_COLUMNS = [
  'id',
  'region',
  'date',
  'quarter',
  'position',
  'actions',
  'owner',
  'scenarioId',
  'source',
  'quote',
] as const;

/**
 * One CSV cell: a value a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, or a
 * tab or carriage return) gets a leading `'`; a value with a comma, quote or line break is
 * quoted with its quotes doubled (RFC 4180).
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The tracker as CSV: a header row, one row per entry in the order given, CRLF line ends. */
export function trackerToCsv(entries: readonly TrackerEntry[]): string {
  const rows = entries.map((e) => [
    e.id,
    e.region,
    e.date,
    entryQuarter(e),
    e.position,
    e.actions,
    e.owner,
    e.scenarioId ?? '',
    e.source?.source ?? '',
    e.source?.quote ?? '',
  ]);
  return (
    [[...TRACKER_CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
  );
}
