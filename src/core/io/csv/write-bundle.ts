import type { CitedWelshName, Landscape, SourceRef } from '../../model/types';
import { SOURCE_COLUMNS, snakeCase, type BundlePart } from './bundle-columns';
import { sourceCells } from './cell-values';
import { joinList, joinPairs } from './list-cell';

type Row = Record<string, string>;

const ref = (r: SourceRef | undefined): Row =>
  Object.fromEntries(sourceCells(r).map((v, i) => [SOURCE_COLUMNS[i], v]));
const text = (v: string | number | undefined) => (v === undefined ? '' : String(v));
const welsh = (r: CitedWelshName): Row => ({
  name_cy_status: text(r.nameCyStatus),
  name_cy_source: text(r.nameCySource),
});

/**
 * The landscape as rows of named cells, one list per bundle file, in the order they are written.
 * Numbers are written with `String`, which reads back to the same number; yes/no for booleans.
 */
export function landscapeTables(l: Landscape): [BundlePart, Row[]][] {
  return [
    ['landscape', [{ title: l.title, as_at: l.asAt, version: String(l.version) }]],
    [
      'sources',
      l.sources.map((s) => ({
        id: s.id,
        kind: s.kind,
        title: s.title,
        file: text(s.file),
        citation: text(s.citation),
      })),
    ],
    [
      'regionSystems',
      l.regionSystems.map((s) => ({
        id: s.id,
        name: s.name,
        name_cy: text(s.nameCy),
        name_cy_status: text(s.nameCyStatus),
        ...ref(s.source),
      })),
    ],
    [
      'regions',
      l.regionSystems.flatMap((s) =>
        s.regions.map((r) => ({
          system: s.id,
          name: r.name,
          name_cy: text(r.nameCy),
          code: text(r.code),
          name_cy_status: text(r.nameCyStatus),
        })),
      ),
    ],
    [
      'areas',
      l.areas.map((a) => ({
        code: a.code,
        name: a.name,
        name_cy: text(a.nameCy),
        regions: joinPairs(a.regions),
      })),
    ],
    [
      'organisations',
      l.organisations.map((o) => ({
        id: o.id,
        name: o.name,
        name_cy: text(o.nameCy),
        sector: o.sector,
        devolved: o.devolved ? 'yes' : 'no',
        acronym: text(o.acronym),
        ...ref(o.source),
        ...welsh(o),
      })),
    ],
    [
      'boards',
      l.boards.map((b) => ({
        id: b.id,
        name: b.name,
        name_cy: text(b.nameCy),
        level: b.level,
        footprint: b.footprint === 'all' ? 'all' : joinList(b.footprint),
        themes: joinList(b.themes),
        statutory_basis: text(b.statutoryBasis),
        meetings_per_year: text(b.meetingsPerYear),
        hours_per_meeting: text(b.hoursPerMeeting),
        status: b.status,
        acronym: text(b.acronym),
        extent: text(b.extent),
        from: text(b.from),
        to: text(b.to),
        description: text(b.description),
        ...ref(b.source),
        ...welsh(b),
      })),
    ],
    [
      'factSources',
      l.boards.flatMap((b) =>
        Object.entries(b.factSources ?? {}).map(([field, r]) => ({
          board_id: b.id,
          field: snakeCase(field),
          ...ref(r),
        })),
      ),
    ],
    [
      'memberships',
      l.memberships.map((m) => ({
        board_id: m.board,
        organisation_id: m.organisation,
        role: m.role,
        seats: String(m.seats),
        ...ref(m.source),
      })),
    ],
    [
      'relations',
      l.relations.map((r) => ({
        from_board_id: r.from,
        to_board_id: r.to,
        type: r.type,
        ...ref(r.source),
      })),
    ],
  ];
}
