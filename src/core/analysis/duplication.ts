import { appendTo } from '../collections';
import { footprintAreas } from '../geography/footprint';
import type { Board, BoardId, Landscape, OrganisationId, SourceRef } from '../model/types';
import type { Theme } from '../model/vocabulary';
import { meets } from './meeting-pattern';
import { forEachPeerPair } from './peer-candidates';
import { areRelated } from './theme-relations';

export const SIGNALS = ['footprint', 'themes', 'membership', 'back-to-back'] as const;
export type Signal = (typeof SIGNALS)[number];

/**
 * How much each signal weighs in the score. Themes weigh most (two boards on different subjects
 * are not duplicates whoever attends); footprint and membership next; meeting back-to-back is
 * evidence the boards already share an audience, so it adds but never carries a pair alone.
 * With some signals switched off, the rest are scaled to keep the score between 0 and 1.
 */
export const SIGNAL_WEIGHTS: Record<Signal, number> = {
  footprint: 0.25,
  themes: 0.35,
  membership: 0.25,
  'back-to-back': 0.15,
};

/** Footprints must share at least this part of their joint area (Jaccard) to be compared as peers. */
export const MIN_FOOTPRINT_OVERLAP = 0.5;

export interface FootprintSignal {
  score: number;
  shared: number;
  union: number;
  equal: boolean;
}
export interface ThemeSignal {
  score: number;
  shared: Theme[];
  related: [Theme, Theme][];
}
export interface MembershipSignal {
  score: number;
  shared: OrganisationId[];
  union: number;
}
export interface BackToBackSignal {
  score: number;
  source?: SourceRef;
}

export interface Duplication {
  a: BoardId;
  b: BoardId;
  /** 0 to 1: the weighted mean of the enabled signals. */
  score: number;
  footprint: FootprintSignal;
  themes: ThemeSignal;
  membership: MembershipSignal;
  backToBack: BackToBackSignal;
  /** The signals that count towards the score and found something, in order of weight. */
  reasons: Signal[];
}

export interface DuplicationOptions {
  minScore: number;
  signals: readonly Signal[];
  /** Pair keys (`pairKey`) the user has set aside. */
  ignore: readonly string[];
  /**
   * Consider only pairs with at least one of these boards. A scenario changes few boards, so
   * its pairs are the baseline's pairs among unchanged boards plus these.
   */
  only?: ReadonlySet<BoardId>;
}

export interface DuplicationResult {
  pairs: Duplication[];
  /** Pairs that would be reported but the user has set aside. */
  ignored: Duplication[];
  /** Groups of three or more boards linked by reported pairs. */
  clusters: BoardId[][];
  /**
   * Every reported pair as three columns, when `pairs` holds only the strongest of them with
   * their reasons (see `digestDuplication`); `total` is then how many there are in all.
   */
  links?: { a: BoardId[]; b: BoardId[]; score: Float64Array };
  total?: number;
}

/** A reported pair as drawn and counted: its boards and its score, without the reasons. */
export type DuplicationLink = Pick<Duplication, 'a' | 'b' | 'score'>;

/**
 * The result cut down to cross from the analysis worker: the strongest `keep` pairs with their
 * reasons, and every pair as columns of boards and scores. A dense landscape of 5,000 boards
 * has 200,000 pairs, and copying each with its reasons took seconds on every edit; the columns
 * copy in tens of milliseconds, and the reasons of any other pair can be found again.
 */
export function digestDuplication(result: DuplicationResult, keep: number): DuplicationResult {
  if (result.pairs.length <= keep) return result;
  return {
    pairs: result.pairs.slice(0, keep),
    ignored: result.ignored.slice(0, keep),
    clusters: result.clusters,
    links: {
      a: result.pairs.map((d) => d.a),
      b: result.pairs.map((d) => d.b),
      score: Float64Array.from(result.pairs, (d) => d.score),
    },
    total: result.pairs.length,
  };
}

/** Every reported pair, from the columns where the result was digested. */
export function duplicationLinks(result: DuplicationResult): DuplicationLink[] {
  const { links } = result;
  if (!links) return result.pairs;
  return links.a.map((a, i) => ({ a, b: links.b[i]!, score: links.score[i]! }));
}

export const pairKey = (a: BoardId, b: BoardId): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

interface Prepared {
  board: Board;
  areas: Set<string>;
  members: Set<OrganisationId>;
}

function footprintSignal(a: Prepared, b: Prepared): FootprintSignal {
  let shared = 0;
  for (const code of a.areas) if (b.areas.has(code)) shared += 1;
  const union = a.areas.size + b.areas.size - shared;
  return { score: union ? shared / union : 0, shared, union, equal: shared === union };
}

/** Shared themes count fully and related ones half, against the smaller board's theme list. */
function themeSignal(a: Board, b: Board): ThemeSignal {
  const shared = a.themes.filter((t) => b.themes.includes(t));
  const related: [Theme, Theme][] = [];
  for (const x of a.themes)
    for (const y of b.themes)
      if (!shared.includes(x) && !shared.includes(y) && areRelated(x, y)) related.push([x, y]);
  const smaller = Math.min(a.themes.length, b.themes.length);
  const score = smaller
    ? Math.min(
        1,
        (shared.length + 0.5 * Math.min(related.length, smaller - shared.length)) / smaller,
      )
    : 0;
  return { score, shared, related };
}

function membershipSignal(a: Prepared, b: Prepared): MembershipSignal {
  const shared = [...a.members].filter((o) => b.members.has(o));
  const union = a.members.size + b.members.size - shared.length;
  return { score: union ? shared.length / union : 0, shared, union };
}

/**
 * Pairs (and clusters) of boards that meet and duplicate each other. Candidate pairs come from
 * indexes (see `forEachPeerPair`, and back-to-back relations), never from comparing every
 * board with every other. A pair is reported only when the boards are peers in footprint (they
 * share at least half their joint area) and their themes are the same or related — or they
 * meet back-to-back — and never when they share no theme and no area, nor (while membership
 * counts) when they share no member and do not meet back-to-back. Boards at different
 * scales (a national board and a local one) are not peers, however many members they share.
 */
export function findDuplications(
  landscape: Landscape,
  options: DuplicationOptions,
): DuplicationResult {
  const prepared = new Map<BoardId, Prepared>();
  for (const board of landscape.boards) {
    if (!meets(board)) continue;
    prepared.set(board.id, {
      board,
      areas: new Set(footprintAreas(landscape, board.footprint)),
      members: new Set(),
    });
  }
  for (const m of landscape.memberships) prepared.get(m.board)?.members.add(m.organisation);

  const backToBack = new Map<string, SourceRef>();
  for (const r of landscape.relations)
    if (r.type === 'back-to-back' && prepared.has(r.from) && prepared.has(r.to))
      backToBack.set(pairKey(r.from, r.to), r.source);

  const enabled = new Set(options.signals);
  const totalWeight = SIGNALS.filter((s) => enabled.has(s)).reduce(
    (sum, s) => sum + SIGNAL_WEIGHTS[s],
    0,
  );
  const ignore = new Set(options.ignore);
  const pairs: Duplication[] = [];
  const ignored: Duplication[] = [];

  function consider(a: Prepared, b: Prepared, source: SourceRef | undefined): void {
    const [first, second] = a.board.id < b.board.id ? [a, b] : [b, a];
    const footprint = footprintSignal(first, second);
    const themes = themeSignal(first.board, second.board);
    if (themes.score === 0 && footprint.shared === 0) return;
    if (!source && (footprint.score < MIN_FOOTPRINT_OVERLAP || themes.score === 0)) return;
    const membership = membershipSignal(first, second);
    const b2b: BackToBackSignal = source ? { score: 1, source } : { score: 0 };
    const scores: Record<Signal, number> = {
      footprint: footprint.score,
      themes: themes.score,
      membership: membership.score,
      'back-to-back': b2b.score,
    };
    const score = totalWeight
      ? SIGNALS.reduce((sum, s) => sum + (enabled.has(s) ? SIGNAL_WEIGHTS[s] * scores[s] : 0), 0) /
        totalWeight
      : 0;
    if (score < options.minScore) return;
    const reasons = SIGNALS.filter((s) => enabled.has(s) && scores[s] > 0).sort(
      (x, y) => SIGNAL_WEIGHTS[y] - SIGNAL_WEIGHTS[x],
    );
    const key = pairKey(first.board.id, second.board.id);
    const found: Duplication = {
      a: first.board.id,
      b: second.board.id,
      score,
      footprint,
      themes,
      membership,
      backToBack: b2b,
      reasons,
    };
    (ignore.has(key) ? ignored : pairs).push(found);
  }

  const boards = [...prepared.values()];
  const index = new Map(boards.map((p, i) => [p.board.id, i]));
  const only = options.only;
  forEachPeerPair(
    boards.map((p) => ({ areas: p.areas, themes: p.board.themes, members: p.members })),
    {
      minOverlap: MIN_FOOTPRINT_OVERLAP,
      // Duplication is the same people at two tables: with membership counting, boards that
      // share no member are different tables, unless they already meet back-to-back.
      shareAMember: enabled.has('membership'),
      chosen: boards.map((p) => !only || only.has(p.board.id)),
    },
    (i, j) => {
      const a = boards[i]!;
      const b = boards[j]!;
      if (!backToBack.has(pairKey(a.board.id, b.board.id))) consider(a, b, undefined);
    },
  );
  // Back-to-back pairs are judged on what they share, peers or not.
  for (const [key, source] of backToBack) {
    const [x, y] = key.split('|') as [BoardId, BoardId];
    if (only && !only.has(x) && !only.has(y)) continue;
    consider(boards[index.get(x)!]!, boards[index.get(y)!]!, source);
  }

  pairs.sort(byScore);
  ignored.sort(byScore);
  return { pairs, ignored, clusters: clustersOf(pairs) };
}

/** The order duplications are listed in: highest score first, then by pair key. */
export const byScore = (x: Duplication, y: Duplication): number =>
  y.score - x.score || pairKey(x.a, x.b).localeCompare(pairKey(y.a, y.b));

/** Connected groups of three or more boards, largest first. */
export function clustersOf(pairs: readonly Duplication[]): BoardId[][] {
  const parent = new Map<BoardId, BoardId>();
  const find = (x: BoardId): BoardId => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const { a, b } of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  }
  const groups = new Map<BoardId, BoardId[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    appendTo(groups, root, id);
  }
  return [...groups.values()]
    .filter((g) => g.length >= 3)
    .map((g) => g.sort())
    .sort((x, y) => y.length - x.length || x[0]!.localeCompare(y[0]!));
}
