import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import type { Landscape } from '../../model/types';
import type { Positions } from '../../workspace/types';
import { escapeXml } from '../svg/xml';
import { graphToLandscape, type GraphImport, type GraphImportOptions } from './from-graph';
import { graphProblem, notA } from './gexf';
import { landscapeToGraph, type GraphExportOptions, type GraphAttributes } from './to-graph';
import { danglingEdges, parseXml } from './xml-document';

type Scope = 'graph' | 'node' | 'edge';

/** GraphML's type for an attribute: `double` or `boolean` when every value is one, else text. */
function typeOf(values: unknown[]): 'double' | 'boolean' | 'string' {
  if (values.every((v) => typeof v === 'number')) return 'double';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'string';
}

/**
 * GraphML, for yEd and Cytoscape. Read with `graphology-graphml`; written here, because that
 * library reads GraphML but (as of 0.5) has no writer. Every attribute is declared once as a
 * `<key>` with its type, so the tools offer them as columns; positions are the `x` and `y`
 * keys that graph tools read.
 */
export function writeGraphml(
  landscape: Landscape,
  positions: Positions = {},
  options: GraphExportOptions = {},
): string {
  const graph = landscapeToGraph(landscape, positions, options);
  const scopes: Record<Scope, GraphAttributes[]> = {
    graph: [graph.getAttributes() as GraphAttributes],
    node: graph.mapNodes((_k, a) => a as GraphAttributes),
    edge: graph.mapEdges((_k, a) => a as GraphAttributes),
  };
  const keys = new Map<string, string>();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const scope of ['graph', 'node', 'edge'] as const) {
    const names = [...new Set(scopes[scope].flatMap((a) => Object.keys(a)))];
    for (const name of names) {
      const id = `${scope[0]}_${name}`;
      keys.set(`${scope}|${name}`, id);
      const type = typeOf(scopes[scope].map((a) => a[name]).filter((v) => v !== undefined));
      lines.push(
        `  <key id="${escapeXml(id)}" for="${scope}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`,
      );
    }
  }
  const data = (scope: Scope, attributes: GraphAttributes, indent: string) =>
    Object.entries(attributes).map(
      ([name, v]) =>
        `${indent}<data key="${escapeXml(keys.get(`${scope}|${name}`)!)}">${escapeXml(String(v))}</data>`,
    );
  lines.push('  <graph id="landscape" edgedefault="directed">');
  lines.push(...data('graph', scopes.graph[0]!, '    '));
  graph.forEachNode((key, a) => {
    lines.push(
      `    <node id="${escapeXml(key)}">`,
      ...data('node', a as GraphAttributes, '      '),
      '    </node>',
    );
  });
  graph.forEachEdge((key, a, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      ...data('edge', a as GraphAttributes, '      '),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** Reads a GraphML file into a landscape and board positions, or the problems that stop it. */
export function readGraphml(
  text: string,
  file: string,
  options: GraphImportOptions = {},
): GraphImport {
  const xml = parseXml(text, file);
  if (!xml.ok) return { ok: false, problems: xml.problems, warnings: [] };
  const root = xml.value.documentElement.nodeName;
  if (root !== 'graphml' || xml.value.getElementsByTagName('graph').length === 0)
    return notA('GraphML', file, root);
  const dangling = danglingEdges(xml.value);
  if (dangling.length) return { ok: false, problems: dangling, warnings: [] };
  let graph: Graph;
  try {
    graph = parse(Graph, xml.value);
  } catch (error) {
    return { ok: false, problems: [graphProblem(file, error)], warnings: [] };
  }
  return graphToLandscape(graph, options);
}
