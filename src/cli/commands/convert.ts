import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportCsvBundle } from '../../core/io/csv/landscape-csv';
import { graphFormatOf, writeGraphFile } from './graph-files';
import { isFolder } from './read-bundle-folder';
import { loadLandscape } from './load';
import { parseArgs } from './options';
import type { Command } from './types';

export const convert: Command = {
  name: 'convert',
  usage: 'convert <in> <out>',
  summary:
    'landscape JSON ↔ CSV folder ↔ GEXF ↔ GraphML (by the ending: .json, .gexf, .graphml; anything else a folder)',
  async run(args, io) {
    const { positionals, error } = parseArgs(args, []);
    const [input, output] = positionals;
    if (error || !input || !output || positionals.length > 2) {
      io.err(
        error ??
          'Usage: tirwedd convert <in.json|in.gexf|in.graphml|csv-folder> <out.json|out.gexf|out.graphml|csv-folder>',
      );
      return 2;
    }
    const landscape = await loadLandscape(input, io);
    if (!landscape) return 1;
    if (graphFormatOf(output) && !(await isFolder(output))) {
      await writeFile(output, await writeGraphFile(landscape, output));
      io.out(
        `${output}: wrote the landscape as a graph (${landscape.boards.length} boards, ${landscape.organisations.length} organisations, ${landscape.relations.length} relations, ${landscape.memberships.length} memberships as edges)`,
      );
      return 0;
    }
    if (output.toLowerCase().endsWith('.json') && !(await isFolder(output))) {
      await writeFile(output, `${JSON.stringify(landscape, null, 2)}\n`);
      io.out(`${output}: wrote the landscape as JSON (${landscape.boards.length} boards)`);
      return 0;
    }
    await mkdir(output, { recursive: true });
    const files = exportCsvBundle(landscape);
    for (const [name, text] of Object.entries(files)) await writeFile(join(output, name), text);
    io.out(
      `${output}: wrote ${Object.keys(files).length} CSV files (${landscape.boards.length} boards)`,
    );
    return 0;
  },
};
