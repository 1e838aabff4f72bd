import type Graph from 'graphology';
import type { Problem } from '../../model/problems';
import type { Landscape, SourceRef } from '../../model/types';
import { validateLandscape } from '../../model/validate';
import { RELATION_TYPES, USER_SOURCE_ID } from '../../model/vocabulary';
import type { Positions } from '../../workspace/types';
import type { ReferenceGeography } from '../csv/read-bundle';
import { LANDSCAPE_FORMAT, LANDSCAPE_VERSION } from '../landscape-format';
import { GEOGRAPHY_ATTRIBUTE, ORG_PREFIX, type GraphAttributes } from './to-graph';

export interface GraphImportOptions {
  /** Areas and region systems for a file that does not carry its own (one Tirwedd did not write). */
  reference?: ReferenceGeography;
  /** Title and as-at date for such a file. */
  defaults?: { title?: string; asAt?: string };
}

export type GraphImport =
  | { ok: true; landscape: Landscape; positions: Positions; warnings: Problem[] }
  | { ok: false; problems: Problem[]; warnings: Problem[] };

/** Attributes every node may carry: its kind, names, source and place. */
const NODE_KEYS = [
  'kind',
  'label',
  'nameCy',
  'nameCyStatus',
  'nameCySource',
  'acronym',
  'source',
  'confidence',
  'quote',
  'sourceNote',
  'x',
  'y',
];
const BOARD_KEYS = [
  ...NODE_KEYS,
  'level',
  'region',
  'themes',
  'status',
  'footprint',
  'extent',
  'statutoryBasis',
  'meetingsPerYear',
  'hoursPerMeeting',
  'from',
  'to',
  'description',
  'factSources',
];
const ORG_KEYS = [...NODE_KEYS, 'sector', 'devolved'];
const EDGE_KEYS = ['kind', 'type', 'role', 'seats', 'source', 'confidence', 'quote', 'sourceNote'];

const text = (v: unknown): string | undefined =>
  v === undefined || v === null || v === '' ? undefined : String(v);
const num = (v: unknown): number | undefined =>
  text(v) === undefined ? undefined : typeof v === 'number' ? v : Number(v);
const list = (v: unknown): string[] =>
  (text(v) ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
const opt = <T>(key: string, v: T | undefined) => (v !== undefined ? { [key]: v } : {});

function sourceOf(a: GraphAttributes): SourceRef {
  const source = text(a.source);
  if (!source) return { source: USER_SOURCE_ID as SourceRef['source'], confidence: 'illustrative' };
  return {
    source: source as SourceRef['source'],
    ...opt('quote', text(a.quote)),
    confidence: (text(a.confidence) ?? 'inferred') as SourceRef['confidence'],
    ...opt('note', text(a.sourceNote)),
  };
}

/** Counts a defaulted field once per cause, so a file of 60 untyped nodes gets one warning. */
class Tally {
  readonly counts = new Map<string, number>();
  add(message: string) {
    this.counts.set(message, (this.counts.get(message) ?? 0) + 1);
  }
  warnings(record: string): Problem[] {
    return [...this.counts].map(([message, n]) => ({
      record,
      field: '',
      message: `${n} ${message}`,
    }));
  }
}

/**
 * A graph read from GEXF or GraphML, mapped back to a landscape and board positions. Nodes with
 * `kind` board or organisation and edges with `kind` relation or membership (as Tirwedd writes
 * them) are read strictly: a bad level, theme, status or relation type refuses the file, saying
 * which values are allowed. A file from another tool is read as far as it goes: nodes without a
 * kind become boards (level local, status active, footprint all, entered by a user), edges with
 * no relation type are left out, and every attribute that has no place in the model is named;
 * each of these is said once, with how many records it touched.
 */
export function graphToLandscape(graph: Graph, options: GraphImportOptions = {}): GraphImport {
  const warnings: Problem[] = [];
  const tally = new Tally();
  const unmapped = new Set<string>();
  const geography = readGeography(graph.getAttribute(GEOGRAPHY_ATTRIBUTE));
  if (!geography && !options.reference)
    return {
      ok: false,
      warnings,
      problems: [
        {
          record: 'graph',
          field: GEOGRAPHY_ATTRIBUTE,
          message: 'the file carries no areas, and no reference geography was given',
        },
      ],
    };

  const ids = foreignIds(graph);
  const renamed = [...ids].filter(([key, id]) => key !== id);
  if (renamed.length)
    warnings.push({
      record: 'graph',
      field: 'id',
      message: `${renamed.length} node ids were changed to Tirwedd ids (lowercase letters, digits, hyphens), e.g. ${renamed
        .slice(0, 3)
        .map(([k, id]) => `${k} → ${id}`)
        .join(', ')}`,
    });
  const idOf = (key: string) => ids.get(key) ?? key;
  const positions: Positions = {};
  const boards: Landscape['boards'] = [];
  const organisations: Landscape['organisations'] = [];
  graph.forEachNode((key, a: GraphAttributes) => {
    const kind = text(a.kind);
    if (kind === 'organisation') {
      for (const k of Object.keys(a)) if (!ORG_KEYS.includes(k)) unmapped.add(k);
      organisations.push({
        id: (key.startsWith(ORG_PREFIX) ? key.slice(ORG_PREFIX.length) : key) as never,
        name: text(a.label) ?? key,
        ...opt('nameCy', text(a.nameCy)),
        ...opt('nameCyStatus', text(a.nameCyStatus) as never),
        ...opt('nameCySource', text(a.nameCySource) as never),
        ...opt('acronym', text(a.acronym)),
        sector: text(a.sector) as never,
        devolved: a.devolved === true || a.devolved === 'true',
        source: sourceOf(a),
      });
      return;
    }
    if (kind !== 'board' && kind !== undefined) {
      tally.add(
        `nodes have the kind "${kind}", which is not board or organisation; they were left out`,
      );
      return;
    }
    for (const k of Object.keys(a)) if (!BOARD_KEYS.includes(k)) unmapped.add(k);
    const foreign = kind === undefined;
    const given = (field: string, fallback: string, what: string) => {
      const v = text(a[field]);
      if (v === undefined && foreign) tally.add(`nodes have no ${field}; ${what}`);
      return v ?? (foreign ? fallback : '');
    };
    const footprint = given('footprint', 'all', 'their footprint is set to all areas');
    const facts = text(a.factSources);
    boards.push({
      id: idOf(key) as never,
      name: text(a.label) ?? key,
      ...opt('nameCy', text(a.nameCy)),
      ...opt('nameCyStatus', text(a.nameCyStatus) as never),
      ...opt('nameCySource', text(a.nameCySource) as never),
      ...opt('acronym', text(a.acronym)),
      level: given('level', 'local', 'they are set to local') as never,
      footprint: footprint === 'all' ? 'all' : (list(footprint) as never),
      ...opt('extent', text(a.extent)),
      themes: list(a.themes) as never,
      ...opt('statutoryBasis', text(a.statutoryBasis)),
      ...opt('meetingsPerYear', num(a.meetingsPerYear)),
      ...opt('hoursPerMeeting', num(a.hoursPerMeeting)),
      status: given('status', 'active', 'they are set to active') as never,
      ...opt('from', text(a.from)),
      ...opt('to', text(a.to)),
      ...opt('description', text(a.description)),
      source: sourceOf(a),
      ...(facts ? { factSources: parseJson(facts) as never } : {}),
    } as Landscape['boards'][number]);
    const x = num(a.x);
    const y = num(a.y);
    if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y))
      positions[idOf(key) as never] = { x, y: y === 0 ? 0 : -y };
  });

  const relations: Landscape['relations'] = [];
  const memberships: Landscape['memberships'] = [];
  graph.forEachEdge((_key, a: GraphAttributes, from, to) => {
    const kind = text(a.kind);
    for (const k of Object.keys(a)) if (!EDGE_KEYS.includes(k)) unmapped.add(k);
    if (kind === 'membership') {
      memberships.push({
        board: to as never,
        organisation: (from.startsWith(ORG_PREFIX) ? from.slice(ORG_PREFIX.length) : from) as never,
        role: text(a.role) as never,
        seats: num(a.seats) ?? 1,
        source: sourceOf(a),
      });
      return;
    }
    const type = text(a.type);
    if (kind === undefined && !(RELATION_TYPES as readonly string[]).includes(type ?? '')) {
      tally.add(
        `edges have no relation type (one of ${RELATION_TYPES.join(', ')}); they were left out`,
      );
      return;
    }
    relations.push({
      from: from as never,
      to: to as never,
      type: type as never,
      source: sourceOf(a),
    });
  });

  warnings.push(...tally.warnings('graph'));
  if (unmapped.size)
    warnings.push({
      record: 'graph',
      field: '',
      message: `attributes with no place in a landscape were not kept: ${[...unmapped].join(', ')}`,
    });
  const base = geography ?? {
    format: LANDSCAPE_FORMAT,
    version: LANDSCAPE_VERSION,
    title: text(graph.getAttribute('title')) ?? options.defaults?.title ?? '',
    asAt: options.defaults?.asAt ?? '',
    ...structuredClone(options.reference!),
  };
  const doc = { ...base, organisations, boards, memberships, relations };
  // Sources a foreign file names but does not declare are not invented: the validator says so.
  const checked = validateLandscape(doc);
  if (!checked.ok)
    return {
      ok: false,
      warnings,
      problems: checked.problems.map((p) => ({ ...p, record: asGraphRecord(p.record) })),
    };
  return { ok: true, landscape: checked.value, positions, warnings };
}

/**
 * Ids for nodes another tool wrote (no `kind`): their keys made into Tirwedd ids (`Paper_2` →
 * `paper-2`), kept apart with a number where two would meet. Tirwedd's own nodes keep theirs.
 */
function foreignIds(graph: Graph): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set(graph.filterNodes((_k, a: GraphAttributes) => a.kind !== undefined));
  graph.forEachNode((key, a: GraphAttributes) => {
    if (a.kind !== undefined) return;
    const base =
      key
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'node';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    out.set(key, id);
  });
  return out;
}

/** `boards[3] (x)` → `node "x"`, `relations[2] (a → b)` → `edge a → b`: what the file calls them. */
function asGraphRecord(record: string): string {
  return record
    .replace(/^boards\[\d+\] \((.*)\)/, 'node "$1"')
    .replace(/^organisations\[\d+\] \((.*)\)/, `node "${ORG_PREFIX}$1"`)
    .replace(/^(?:relations|memberships)\[\d+\] \((.*)\)/, 'edge $1');
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value; // the validator then says what was expected
  }
}

function readGeography(
  value: unknown,
): Omit<Landscape, 'boards' | 'organisations' | 'memberships' | 'relations'> | undefined {
  if (typeof value !== 'string') return undefined;
  const doc = parseJson(value);
  return typeof doc === 'object' && doc !== null && !Array.isArray(doc)
    ? (doc as never)
    : undefined;
}
