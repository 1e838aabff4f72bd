import { SIGNAL_WEIGHTS, SIGNALS, type Duplication, type Signal } from './duplication';

/** One signal's part in a duplication score: what it found, its weight, and what it adds. */
export interface ScorePart {
  signal: Signal;
  /** 0 to 1: how strongly the signal found the pair alike. */
  value: number;
  /** Its share of the score, the enabled signals' weights scaled to add up to 1. */
  weight: number;
  /** `value × weight`; the parts add up to the pair's score. */
  contribution: number;
}

/**
 * How a pair's score adds up, signal by signal, for the signals that were enabled when it was
 * scored: the weighted mean `findDuplications` computes, laid out so a reader can check it.
 */
export function scoreBreakdown(d: Duplication, signals: readonly Signal[]): ScorePart[] {
  const enabled = SIGNALS.filter((s) => signals.includes(s));
  const total = enabled.reduce((sum, s) => sum + SIGNAL_WEIGHTS[s], 0);
  const value: Record<Signal, number> = {
    footprint: d.footprint.score,
    themes: d.themes.score,
    membership: d.membership.score,
    'back-to-back': d.backToBack.score,
  };
  return enabled.map((signal) => {
    const weight = total ? SIGNAL_WEIGHTS[signal] / total : 0;
    return { signal, value: value[signal], weight, contribution: value[signal] * weight };
  });
}
