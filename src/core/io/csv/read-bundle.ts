import type { Problem } from '../../model/problems';
import type {
  Area,
  AreaCode,
  Board,
  BoardId,
  Landscape,
  Membership,
  Organisation,
  OrganisationId,
  Region,
  RegionSystem,
  Relation,
  SourceDocument,
  SourceId,
  SourceRef,
} from '../../model/types';
import {
  BOARD_FACT_FIELDS,
  USER_SOURCE_ID,
  type BoardFactField,
  type NameCyStatus,
} from '../../model/vocabulary';
import { LANDSCAPE_FORMAT, LANDSCAPE_VERSION } from '../landscape-format';
import { camelCase, snakeCase, type BundlePart } from './bundle-columns';
import { CellReader } from './cell-values';
import { splitList, splitPairs } from './list-cell';
import type { CsvRow } from './parse-csv';
import type { Sheet } from './sheet';

/** The Welsh reference geography a bundle without `areas.csv` falls back on. */
export type ReferenceGeography = Pick<Landscape, 'areas' | 'regionSystems' | 'sources'>;

/** Spreadsheet row numbers of the records built, so validation problems can be placed. */
export interface RowIndex {
  rows: Partial<Record<BundlePart, number[]>>;
  /** Row in `regions.csv` of each system's regions, when that file was given. */
  regions: number[][];
  /** Row in `fact_sources.csv` of each board's fact sources, by board index and field. */
  facts: Map<number, Map<string, number>>;
}

export interface Assembled {
  doc: Landscape;
  index: RowIndex;
  usedReference: boolean;
}

const cy = (v: string | undefined) => (v !== undefined ? { nameCy: v } : {});

/** A Welsh name's status and, for organisations and boards, the source of an official one. */
function welshName(cells: CellReader, s: Sheet, row: CsvRow, cited: boolean) {
  const status = cells.text(s, row, 'name_cy_status')?.trim();
  const source = cited ? cells.text(s, row, 'name_cy_source')?.trim() : undefined;
  return {
    ...(status ? { nameCyStatus: status as NameCyStatus } : {}),
    ...(source ? { nameCySource: source as SourceId } : {}),
  };
}

/**
 * Builds a landscape document from the bundle's sheets, converting cells (lists, numbers,
 * yes/no, source references) and reporting what cannot be converted. Vocabularies, references
 * and ids are left to `validateLandscape`, whose problems are placed back on rows afterwards.
 */
export function assembleLandscape(
  sheets: Partial<Record<BundlePart, Sheet>>,
  reference: ReferenceGeography | undefined,
  defaults: { title?: string; asAt?: string },
  cells: CellReader,
  warnings: Problem[],
): Assembled {
  const index: RowIndex = { rows: {}, regions: [], facts: new Map() };
  const rowsOf = (part: BundlePart, sheet: Sheet | undefined) => {
    index.rows[part] = sheet?.rows.map((r) => r.row) ?? [];
    return sheet?.rows ?? [];
  };
  const top = sheets.landscape;
  const meta = top?.rows[0];
  let version = LANDSCAPE_VERSION;
  if (top && meta) {
    version = cells.number(top, meta, 'version', 'landscape|version') ?? LANDSCAPE_VERSION;
    if (version > LANDSCAPE_VERSION)
      cells.report(
        top,
        meta,
        'version',
        `version ${version} is newer than this app understands (up to ${LANDSCAPE_VERSION})`,
        'landscape|version',
      );
  }

  const usedReference = !sheets.areas && reference !== undefined;
  const areas: Area[] = usedReference
    ? structuredClone(reference!.areas)
    : rowsOf('areas', sheets.areas).map((row, i) => {
        const s = sheets.areas!;
        const regions: Record<string, string> = {};
        for (const pair of splitPairs(s.cell(row, 'regions'))) {
          if ('bad' in pair)
            cells.report(
              s,
              row,
              'regions',
              `"${pair.bad}" is not a system=region pair (e.g. police=North Wales)`,
              `areas[${i}]|regions`,
            );
          else if (pair.key in regions)
            cells.report(s, row, 'regions', `the system "${pair.key}" is given twice`);
          else regions[pair.key] = pair.value;
        }
        return {
          code: s.cell(row, 'code').trim() as AreaCode,
          name: s.cell(row, 'name'),
          ...cy(cells.text(s, row, 'name_cy')),
          regions,
        };
      });

  const regionSystems = readRegionSystems(sheets, reference, usedReference, areas, cells, index);

  const orgSheet = sheets.organisations;
  const organisations: Organisation[] = rowsOf('organisations', orgSheet).map((row, i) => {
    const s = orgSheet!;
    const acronym = cells.text(s, row, 'acronym');
    return {
      id: s.cell(row, 'id').trim() as OrganisationId,
      name: s.cell(row, 'name'),
      ...cy(cells.text(s, row, 'name_cy')),
      ...welshName(cells, s, row, true),
      ...(acronym !== undefined ? { acronym } : {}),
      sector: s.cell(row, 'sector').trim() as Organisation['sector'],
      devolved: cells.yesNo(s, row, 'devolved', `organisations[${i}]|devolved`),
      source: cells.sourceRef(s, row)!,
    };
  });

  const boardSheet = sheets.boards;
  const boards: Board[] = rowsOf('boards', boardSheet).map((row, i) => {
    const s = boardSheet!;
    const text = (column: string) => cells.text(s, row, column);
    const opt = <K extends keyof Board>(key: K, v: Board[K] | undefined) =>
      v !== undefined ? { [key]: v } : {};
    const fp = s.cell(row, 'footprint').trim();
    const num = (column: string) =>
      cells.number(s, row, column, `boards[${i}]|${camelCase(column)}`);
    return {
      id: s.cell(row, 'id').trim() as BoardId,
      name: s.cell(row, 'name'),
      ...cy(text('name_cy')),
      ...welshName(cells, s, row, true),
      ...opt('acronym', text('acronym')),
      level: s.cell(row, 'level').trim() as Board['level'],
      footprint: fp.toLowerCase() === 'all' ? 'all' : (splitList(fp) as AreaCode[]),
      ...opt('extent', text('extent')?.trim() as Board['extent']),
      themes: splitList(s.cell(row, 'themes')) as Board['themes'],
      ...opt('statutoryBasis', text('statutory_basis')),
      ...opt('meetingsPerYear', num('meetings_per_year')),
      ...opt('hoursPerMeeting', num('hours_per_meeting')),
      status: s.cell(row, 'status').trim() as Board['status'],
      ...opt('from', text('from')),
      ...opt('to', text('to')),
      ...opt('description', text('description')),
      source: cells.sourceRef(s, row)!,
    };
  });
  readFactSources(sheets.factSources, boards, cells, index);

  const memberSheet = sheets.memberships;
  const memberships: Membership[] = rowsOf('memberships', memberSheet).map((row, i) => {
    const s = memberSheet!;
    const seats = cells.number(s, row, 'seats', `memberships[${i}]|seats`);
    if (seats === undefined && s.cell(row, 'seats').trim() === '')
      cells.report(
        s,
        row,
        'seats',
        'expected a whole number of seats, from 1 to 1000',
        `memberships[${i}]|seats`,
      );
    return {
      board: s.cell(row, 'board_id').trim() as BoardId,
      organisation: s.cell(row, 'organisation_id').trim() as OrganisationId,
      role: s.cell(row, 'role').trim() as Membership['role'],
      seats: seats ?? 0,
      source: cells.sourceRef(s, row)!,
    };
  });

  const relSheet = sheets.relations;
  const relations: Relation[] = rowsOf('relations', relSheet).map((row) => {
    const s = relSheet!;
    return {
      from: s.cell(row, 'from_board_id').trim() as BoardId,
      to: s.cell(row, 'to_board_id').trim() as BoardId,
      type: s.cell(row, 'type').trim() as Relation['type'],
      source: cells.sourceRef(s, row)!,
    };
  });

  const refs: (SourceRef | undefined)[] = [
    ...regionSystems.map((r) => r.source),
    ...organisations.map((o) => o.source),
    ...boards.flatMap((b) => [b.source, ...Object.values(b.factSources ?? {})]),
    ...memberships.map((m) => m.source),
    ...relations.map((r) => r.source),
  ];
  const sources = readSources(sheets, reference, usedReference, refs, cells, index, warnings);

  return {
    doc: {
      format: LANDSCAPE_FORMAT,
      version,
      title: meta && top ? top.cell(meta, 'title') : (defaults.title ?? ''),
      asAt: meta && top ? top.cell(meta, 'as_at').trim() : (defaults.asAt ?? ''),
      sources,
      regionSystems,
      areas,
      organisations,
      boards,
      memberships,
      relations,
    },
    index,
    usedReference,
  };
}

function readRegionSystems(
  sheets: Partial<Record<BundlePart, Sheet>>,
  reference: ReferenceGeography | undefined,
  usedReference: boolean,
  areas: Area[],
  cells: CellReader,
  index: RowIndex,
): RegionSystem[] {
  const sys = sheets.regionSystems;
  if (!sys && usedReference) return structuredClone(reference!.regionSystems);
  // Without region_systems.csv, the systems are those the areas name, in first-seen order.
  const systems: RegionSystem[] = sys
    ? sys.rows.map((row) => {
        const source = cells.sourceRef(sys, row, true);
        return {
          id: sys.cell(row, 'id').trim(),
          name: sys.cell(row, 'name'),
          ...cy(cells.text(sys, row, 'name_cy')),
          ...welshName(cells, sys, row, false),
          regions: [],
          ...(source ? { source } : {}),
        };
      })
    : [...new Set(areas.flatMap((a) => Object.keys(a.regions)))].map((id) => ({
        id,
        name: id,
        regions: [],
      }));
  index.rows.regionSystems = sys?.rows.map((r) => r.row) ?? [];
  index.regions = systems.map(() => []);
  const reg = sheets.regions;
  if (reg) {
    const ids = systems.map((s) => s.id);
    for (const row of reg.rows) {
      const at = ids.indexOf(reg.cell(row, 'system').trim());
      if (at < 0) {
        cells.report(
          reg,
          row,
          'system',
          `unknown region system "${reg.cell(row, 'system')}"; expected one of: ${ids.join(', ')}`,
        );
        continue;
      }
      const code = cells.text(reg, row, 'code');
      const region: Region = {
        name: reg.cell(row, 'name'),
        ...cy(cells.text(reg, row, 'name_cy')),
        ...(code !== undefined ? { code } : {}),
        ...welshName(cells, reg, row, false),
      };
      systems[at]!.regions.push(region);
      index.regions[at]!.push(row.row);
    }
  } else
    for (const system of systems)
      for (const area of areas) {
        const name = area.regions[system.id];
        if (name !== undefined && !system.regions.some((r) => r.name === name))
          system.regions.push({ name });
      }
  return systems;
}

function readFactSources(
  sheet: Sheet | undefined,
  boards: Board[],
  cells: CellReader,
  index: RowIndex,
): void {
  if (!sheet) return;
  const columns = BOARD_FACT_FIELDS.map(snakeCase);
  for (const row of sheet.rows) {
    const id = sheet.cell(row, 'board_id').trim();
    const at = boards.findIndex((b) => b.id === id);
    if (at < 0) {
      cells.report(sheet, row, 'board_id', `no board has the id "${id}" in boards.csv`);
      continue;
    }
    const column = sheet.cell(row, 'field').trim();
    if (!columns.includes(column)) {
      cells.report(
        sheet,
        row,
        'field',
        `"${column}" is not a board fact; expected one of: ${columns.join(', ')}`,
      );
      continue;
    }
    const field = camelCase(column) as BoardFactField;
    const board = boards[at]!;
    const facts = (board.factSources ??= {});
    if (facts[field]) {
      cells.report(sheet, row, 'field', `board "${id}" has a source for "${column}" already`);
      continue;
    }
    facts[field] = cells.sourceRef(sheet, row)!;
    if (!index.facts.has(at)) index.facts.set(at, new Map());
    index.facts.get(at)!.set(field, row.row);
  }
}

function readSources(
  sheets: Partial<Record<BundlePart, Sheet>>,
  reference: ReferenceGeography | undefined,
  usedReference: boolean,
  refs: (SourceRef | undefined)[],
  cells: CellReader,
  index: RowIndex,
  warnings: Problem[],
): SourceDocument[] {
  const sheet = sheets.sources;
  const sources: SourceDocument[] = (sheet?.rows ?? []).map((row) => {
    const file = cells.text(sheet!, row, 'file');
    const citation = cells.text(sheet!, row, 'citation');
    return {
      id: sheet!.cell(row, 'id').trim() as SourceId,
      kind: sheet!.cell(row, 'kind').trim() as SourceDocument['kind'],
      title: sheet!.cell(row, 'title'),
      ...(file !== undefined ? { file } : {}),
      ...(citation !== undefined ? { citation } : {}),
    };
  });
  index.rows.sources = sheet?.rows.map((r) => r.row) ?? [];
  const declared = new Set<string>([USER_SOURCE_ID, ...sources.map((s) => s.id)]);
  for (const ref of refs) {
    if (!ref || declared.has(ref.source)) continue;
    declared.add(ref.source);
    const fromReference = usedReference
      ? reference?.sources.find((s) => s.id === ref.source)
      : undefined;
    if (fromReference) sources.push(structuredClone(fromReference));
    // Without sources.csv, a named source is declared as a public record titled by its id.
    else if (!sheet) {
      sources.push({ id: ref.source, kind: 'public-record', title: ref.source });
      warnings.push({
        record: 'sources.csv',
        field: '',
        message: `sources.csv is not given; the source "${ref.source}" is recorded as a public record with no title`,
      });
    }
  }
  return sources;
}
