import { isWalesOnly } from '../core/geography/wales';
import type { Landscape } from '../core/model/types';
import type { MessageKey } from './catalogue';

const WORDS = {
  /** A footprint of every area. */
  footprint: ['footprint.allWales', 'footprint.allAreas'],
  /** Figures for the whole landscape rather than one region. */
  compare: ['cmp.allWales', 'cmp.allAreas'],
  /** Boards on every area, or across regions. */
  across: ['legend.across', 'legend.acrossAreas'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

/** The words for the whole of a landscape's geography: Wales, or its areas when it is not Wales. */
export const wholeGeography = (
  landscape: Pick<Landscape, 'areas'>,
  what: keyof typeof WORDS,
): MessageKey => WORDS[what][isWalesOnly(landscape) ? 0 : 1];
