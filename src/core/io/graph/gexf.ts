import Graph from 'graphology';
import { parse, write } from 'graphology-gexf';
import type { Problem } from '../../model/problems';
import type { Landscape } from '../../model/types';
import type { Positions } from '../../workspace/types';
import { graphToLandscape, type GraphImport, type GraphImportOptions } from './from-graph';
import { landscapeToGraph, type GraphExportOptions, type GraphAttributes } from './to-graph';
import { danglingEdges, parseXml } from './xml-document';

/**
 * GEXF, the format of Gephi and Gephi Lite, read and written by `graphology-gexf` (the library
 * Gephi Lite itself uses), so files pass between the tools as they expect: node labels and
 * positions in GEXF's own `label` and `viz:position`, everything else as declared attributes.
 */
export function writeGexf(
  landscape: Landscape,
  positions: Positions = {},
  options: GraphExportOptions = {},
): string {
  const graph = landscapeToGraph(landscape, positions, options);
  return write(graph, {
    formatNode: (_key, { label, x, y, ...attributes }: GraphAttributes) => ({
      label: String(label),
      ...(x !== undefined && y !== undefined ? { viz: { x: Number(x), y: Number(y) } } : {}),
      attributes,
    }),
    // Everything as attributes: the library would otherwise take `kind` for GEXF's edge kind.
    formatEdge: (_key, attributes: GraphAttributes) => ({ attributes }),
  });
}

/** Reads a GEXF file into a landscape and board positions, or the problems that stop it. */
export function readGexf(
  text: string,
  file: string,
  options: GraphImportOptions = {},
): GraphImport {
  const xml = parseXml(text, file);
  if (!xml.ok) return { ok: false, problems: xml.problems, warnings: [] };
  const root = xml.value.documentElement.nodeName;
  if (root !== 'gexf' || xml.value.getElementsByTagName('graph').length === 0)
    return notA('GEXF', file, root);
  const dangling = danglingEdges(xml.value);
  if (dangling.length) return { ok: false, problems: dangling, warnings: [] };
  let graph: Graph;
  try {
    graph = parse(Graph, xml.value, { allowUndeclaredAttributes: true });
  } catch (error) {
    return { ok: false, problems: [graphProblem(file, error)], warnings: [] };
  }
  return graphToLandscape(graph, options);
}

export function notA(format: string, file: string, root: string): GraphImport {
  return {
    ok: false,
    warnings: [],
    problems: [
      { record: file, field: '', message: `not a ${format} file (its root element is <${root}>)` },
    ],
  };
}

/** A library error as a problem: an edge to a missing node is the usual one, so it is said plainly. */
export function graphProblem(file: string, error: unknown): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  const missing = /inexisting node|not found/i.test(raw);
  return {
    record: file,
    field: '',
    message: missing
      ? `an edge points to a node the file does not have (${raw.replace(/^[\w/-]+: /, '').split('.')[0]})`
      : `the graph cannot be read (${raw})`,
  };
}
