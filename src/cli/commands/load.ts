import { readFile } from 'node:fs/promises';
import { parseLandscape } from '../../core/io/landscape-format';
import { formatProblems } from '../../core/model/problems';
import type { Landscape } from '../../core/model/types';
import type { Output } from './types';

/** Reads and validates a landscape file, printing every problem; undefined when it cannot be used. */
export async function loadLandscape(
  file: string | undefined,
  io: Output,
): Promise<Landscape | undefined> {
  if (!file) {
    io.err('Name a landscape file.');
    return undefined;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(
      `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    return undefined;
  }
  const result = parseLandscape(text);
  if (!result.ok) {
    for (const line of formatProblems(result.problems, file)) io.err(line);
    io.err(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
    return undefined;
  }
  return result.value;
}

/** The first argument that is not an option. */
export const positional = (args: string[]): string | undefined =>
  args.find((a) => !a.startsWith('--'));
