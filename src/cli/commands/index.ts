import { analyse } from './analyse';
import { compare } from './compare';
import { convert } from './convert';
import { exportSvg } from './export-svg';
import { footprints } from './footprints';
import { scenarios } from './scenarios';
import { serve } from './serve';
import { summary } from './summary';
import type { Command } from './types';
import { validate } from './validate';

/** Every sub-command, in the order `tirwedd --help` lists them. */
export const COMMANDS: readonly Command[] = [
  validate,
  summary,
  analyse,
  footprints,
  scenarios,
  compare,
  exportSvg,
  convert,
  serve,
];
