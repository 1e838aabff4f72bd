import { analyse } from './analyse';
import { footprints } from './footprints';
import { summary } from './summary';
import type { Command } from './types';
import { validate } from './validate';

/** Every sub-command, in the order `tirwedd --help` lists them. */
export const COMMANDS: readonly Command[] = [validate, summary, analyse, footprints];
