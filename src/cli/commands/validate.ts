import { loadLandscape, positional } from './load';
import type { Command } from './types';

export const validate: Command = {
  name: 'validate',
  usage: 'validate <file|csv-folder>',
  summary: 'check a landscape file or CSV folder; list every problem with its record and field',
  async run(args, io) {
    const file = positional(args);
    const landscape = await loadLandscape(file, io);
    if (!landscape) return 1;
    io.out(
      `${file}: valid (${landscape.boards.length} boards, ${landscape.organisations.length} organisations, ${landscape.memberships.length} memberships)`,
    );
    return 0;
  },
};
