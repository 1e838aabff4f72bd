import { byScore, findDuplications, SIGNALS } from '../core/analysis/duplication';
import type { DuplicationOverlay } from '../core/io/svg/graph-overlay';
import type { Landscape } from '../core/model/types';
import type { Language } from '../i18n/catalogue';
import { lookup } from './figure-labels';

/** The score from which a pair is linked: the duplication panel's own default. */
export const OVERLAY_MIN_SCORE = 0.5;

/**
 * The pairs of boards the duplication analysis flags, to link on the graph, strongest first,
 * with the legend's words in `lang`.
 */
export function duplicationOverlay(landscape: Landscape, lang: Language): DuplicationOverlay {
  const t = lookup(lang);
  const pairs = findDuplications(landscape, {
    minScore: OVERLAY_MIN_SCORE,
    signals: SIGNALS,
    ignore: [],
  })
    .pairs.slice()
    .sort(byScore)
    .map((p) => ({ a: p.a, b: p.b, score: p.score }));
  return {
    pairs,
    heading: t('figures.overlay.heading'),
    classes: [t('figures.overlay.strong'), t('figures.overlay.medium'), t('figures.overlay.weak')],
  };
}
