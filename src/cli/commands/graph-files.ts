import type { ReferenceGeography } from '../../core/io/csv/read-bundle';
import type { GraphImport } from '../../core/io/graph/from-graph';
import type { Landscape } from '../../core/model/types';

/** The graph formats, by file ending: what `convert` writes and every command reads. */
export const GRAPH_FORMATS = ['.gexf', '.graphml'] as const;

export const graphFormatOf = (path: string) =>
  GRAPH_FORMATS.find((ending) => path.toLowerCase().endsWith(ending));

/** Reads a GEXF or GraphML file's text; a file from another tool takes the Welsh geography. */
export async function readGraphFile(
  text: string,
  file: string,
  reference: ReferenceGeography | undefined,
  today: string,
): Promise<GraphImport> {
  const options = { reference, defaults: { asAt: today } };
  if (graphFormatOf(file) === '.gexf')
    return (await import('../../core/io/graph/gexf')).readGexf(text, file, options);
  return (await import('../../core/io/graph/graphml')).readGraphml(text, file, options);
}

/** A landscape as GEXF or GraphML, memberships included, so `convert` there and back loses nothing. */
export async function writeGraphFile(landscape: Landscape, file: string): Promise<string> {
  if (graphFormatOf(file) === '.gexf')
    return (await import('../../core/io/graph/gexf')).writeGexf(
      landscape,
      {},
      { memberships: true },
    );
  return (await import('../../core/io/graph/graphml')).writeGraphml(
    landscape,
    {},
    { memberships: true },
  );
}
