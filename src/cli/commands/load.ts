import { readFile, stat } from 'node:fs/promises';
import { sizeProblem } from '../../core/io/csv/csv-limits';
import { parseLandscape } from '../../core/io/landscape-format';
import { regionCoverageWarnings } from '../../core/geography/region-systems';
import { formatProblems, type Problem } from '../../core/model/problems';
import type { Landscape } from '../../core/model/types';
import { decodeText } from './decode-text';
import { graphFormatOf, readGraphFile } from './graph-files';
import { isFolder, readBundleFolder, seedReference } from './read-bundle-folder';
import type { Output } from './types';

/**
 * Reads and validates a landscape file, or a folder holding a CSV bundle, printing every problem
 * (and a bundle's warnings); undefined when it cannot be used.
 */
export async function loadLandscape(
  file: string | undefined,
  io: Output,
): Promise<Landscape | undefined> {
  if (!file) {
    io.err('Name a landscape file.');
    return undefined;
  }
  if (await isFolder(file)) {
    const bundle = await readBundleFolder(file, today());
    for (const line of formatProblems(bundle.warnings, file)) io.err(`warning: ${line}`);
    if (bundle.ok) return bundle.value;
    return report(file, bundle.problems, io);
  }
  let text: string;
  try {
    // The size first, as the app does: a file over the limit is refused before it is read.
    const tooBig = sizeProblem(file, (await stat(file)).size);
    if (tooBig) return report(file, [tooBig], io);
    text = decodeText(await readFile(file));
  } catch (error) {
    io.err(
      `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    return undefined;
  }
  if (graphFormatOf(file)) {
    const graph = await readGraphFile(text, file, await seedReference(), today());
    for (const line of formatProblems(graph.warnings, file)) io.err(`warning: ${line}`);
    return graph.ok ? graph.landscape : report(file, graph.problems, io);
  }
  const result = parseLandscape(text);
  if (!result.ok) return report(file, result.problems, io);
  for (const line of formatProblems(regionCoverageWarnings(result.value), file))
    io.err(`warning: ${line}`);
  return result.value;
}

function report(file: string, problems: readonly Problem[], io: Output): undefined {
  for (const line of formatProblems(problems, file)) io.err(line);
  io.err(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  return undefined;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The first argument that is not an option. */
export const positional = (args: string[]): string | undefined =>
  args.find((a) => !a.startsWith('--'));
