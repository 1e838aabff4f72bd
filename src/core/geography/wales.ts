import type { Landscape } from '../model/types';

/**
 * Whether every area of a landscape is a Welsh principal area (a W06 code), so that "all of
 * its areas" can be said as "all Wales". Any other geography is spoken of as its areas.
 */
export const isWalesOnly = (landscape: Pick<Landscape, 'areas'>): boolean =>
  landscape.areas.length > 0 && landscape.areas.every((a) => a.code.startsWith('W06'));
