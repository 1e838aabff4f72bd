import Graph from 'graphology';
import type { Board, Landscape, SourceRef } from '../../model/types';
import type { Positions } from '../../workspace/types';

/** Attributes every node and edge may carry; values are text, numbers or yes/no. */
export type GraphValue = string | number | boolean;
export type GraphAttributes = Record<string, GraphValue>;

export interface GraphExportOptions {
  /** Memberships as organisation → board edges too (a bipartite graph). Default false. */
  memberships?: boolean;
}

/** Organisation node keys carry a prefix, so a board and an organisation may share an id. */
export const ORG_PREFIX = 'org:';

/**
 * The graph-level record of what a node-and-edge format cannot hold: title, date, sources,
 * region systems and areas, as JSON in one attribute, so a landscape with its own geography
 * comes back whole from a file Tirwedd wrote.
 */
export const GEOGRAPHY_ATTRIBUTE = 'tirwedd';

const ref = (r: SourceRef): GraphAttributes => ({
  source: r.source,
  confidence: r.confidence,
  ...(r.quote !== undefined ? { quote: r.quote } : {}),
  ...(r.note !== undefined ? { sourceNote: r.note } : {}),
});

const defined = (record: Record<string, GraphValue | undefined>): GraphAttributes =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as GraphAttributes;

/** The region of the landscape's first region system that holds a board's whole footprint. */
function regionOf(landscape: Landscape, board: Board): string {
  const system = landscape.regionSystems[0]?.id;
  if (board.footprint === 'all') return 'all';
  if (!system) return '';
  const regions = new Set(
    board.footprint.map((c) => landscape.areas.find((a) => a.code === c)?.regions[system]),
  );
  return regions.size === 1 ? ([...regions][0] ?? '') : 'several';
}

/**
 * A landscape as a graph for Gephi, yEd or Cytoscape: boards and organisations are nodes (with
 * `kind`, names, level, region, themes, status and source as attributes), relations are edges,
 * and memberships are edges too when asked for. Positions are kept as `x`, `y` with north up,
 * as graph tools draw them. Lists (themes, footprint) are `;`-separated text, which every tool
 * can show and filter.
 */
export function landscapeToGraph(
  landscape: Landscape,
  positions: Positions = {},
  options: GraphExportOptions = {},
): Graph {
  const graph = new Graph({ type: 'directed', multi: true });
  const { boards, organisations, memberships, relations, ...rest } = landscape;
  graph.setAttribute('title', landscape.title);
  graph.setAttribute(
    GEOGRAPHY_ATTRIBUTE,
    JSON.stringify({
      format: rest.format,
      version: rest.version,
      title: rest.title,
      asAt: rest.asAt,
      sources: rest.sources,
      regionSystems: rest.regionSystems,
      areas: rest.areas,
    }),
  );
  for (const b of boards) {
    const at = positions[b.id];
    graph.addNode(
      b.id,
      defined({
        kind: 'board',
        label: b.name,
        nameCy: b.nameCy,
        nameCyStatus: b.nameCyStatus,
        nameCySource: b.nameCySource,
        acronym: b.acronym,
        level: b.level,
        region: regionOf(landscape, b),
        themes: b.themes.join(';'),
        status: b.status,
        footprint: b.footprint === 'all' ? 'all' : b.footprint.join(';'),
        extent: b.extent,
        statutoryBasis: b.statutoryBasis,
        meetingsPerYear: b.meetingsPerYear,
        hoursPerMeeting: b.hoursPerMeeting,
        from: b.from,
        to: b.to,
        description: b.description,
        factSources: b.factSources ? JSON.stringify(b.factSources) : undefined,
        ...ref(b.source),
        ...(at ? { x: at.x, y: -at.y } : {}),
      }),
    );
  }
  for (const o of organisations)
    graph.addNode(
      ORG_PREFIX + o.id,
      defined({
        kind: 'organisation',
        label: o.name,
        nameCy: o.nameCy,
        nameCyStatus: o.nameCyStatus,
        nameCySource: o.nameCySource,
        acronym: o.acronym,
        sector: o.sector,
        devolved: o.devolved,
        ...ref(o.source),
      }),
    );
  for (const r of relations)
    graph.addDirectedEdgeWithKey(`${r.from}>${r.type}>${r.to}`, r.from, r.to, {
      kind: 'relation',
      type: r.type,
      ...ref(r.source),
    });
  if (options.memberships)
    for (const m of memberships)
      graph.addDirectedEdgeWithKey(
        `${ORG_PREFIX}${m.organisation}>member>${m.board}`,
        ORG_PREFIX + m.organisation,
        m.board,
        { kind: 'membership', role: m.role, seats: m.seats, ...ref(m.source) },
      );
  return graph;
}
