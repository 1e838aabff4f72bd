import type { OrganisationId } from '../model/types';
import { THEMES, type Theme } from '../model/vocabulary';
import { relatedThemes } from './theme-relations';

/** What the candidate search needs to know of one board that meets. */
export interface PeerBoard {
  areas: ReadonlySet<string>;
  themes: readonly Theme[];
  members: ReadonlySet<OrganisationId>;
}

export interface PeerSearch {
  /** Footprints must share at least this part of their joint area (Jaccard). */
  minOverlap: number;
  /** Whether peers must share a member; the search then indexes boards by member. */
  shareAMember: boolean;
  /** Search only from these boards (by index); the rest are met only as their partners. */
  chosen: readonly boolean[];
}

const THEME_BIT = new Map(THEMES.map((t, i) => [t, 1 << i]));
/** A theme list as bits, so that two lists meet when their bits do. */
export const themeBits = (themes: readonly Theme[]): number =>
  themes.reduce((bits, t) => bits | (THEME_BIT.get(t) ?? 0), 0);

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Every pair of boards that are peers: footprints sharing at least `minOverlap` of their joint
 * area, themes the same or related, and (with `shareAMember`) a member in common. `visit(i, j)`
 * is called once per pair, from a chosen board. Candidates come from an index — boards by
 * member, or by area and theme — never from comparing every board with every other, and each
 * is tested on bit sets of its areas and themes before any list is built: on a dense landscape
 * millions of candidates are met for a few thousand peers.
 */
export function forEachPeerPair(
  boards: readonly PeerBoard[],
  search: PeerSearch,
  visit: (i: number, j: number) => void,
): void {
  const areaIndex = new Map<string, number>();
  for (const b of boards)
    for (const a of b.areas) if (!areaIndex.has(a)) areaIndex.set(a, areaIndex.size);
  const words = Math.max(1, Math.ceil(areaIndex.size / 32));
  const areaBits = new Uint32Array(boards.length * words);
  const sizes = new Int32Array(boards.length);
  const themes = new Int32Array(boards.length);
  const related = new Int32Array(boards.length);
  boards.forEach((b, i) => {
    for (const a of b.areas) {
      const bit = areaIndex.get(a)!;
      areaBits[i * words + (bit >>> 5)]! |= 1 << (bit & 31);
    }
    sizes[i] = b.areas.size;
    themes[i] = themeBits(b.themes);
    related[i] = themeBits(b.themes.flatMap(relatedThemes));
  });

  // Boards sharing a member, or an area and a theme: every peer pair is in one bucket of
  // either index. The one with the fewer pairs to meet (the sum of squared bucket sizes) is
  // used; a board on many members makes the first large, one on all Wales the second. Buckets
  // are numbered, so no key is built for each of the many thousand entries.
  const memberKeys = memberBuckets(boards);
  const areaThemeKeys = boards.map((b, i) => {
    const keys: number[] = [];
    const reach = themes[i]! | related[i]!;
    for (const a of b.areas)
      for (let t = 0; t < THEMES.length; t += 1)
        if (reach & (1 << t)) keys.push(areaIndex.get(a)! * THEMES.length + t);
    return keys;
  });
  const memberIndex = search.shareAMember && pairsToMeet(memberKeys) <= pairsToMeet(areaThemeKeys);
  const keysOf = memberIndex ? memberKeys : areaThemeKeys;
  // Buckets list boards in order, and each board knows where it stands in its buckets: when
  // every board is searched from, a board need only meet those after it.
  const buckets: number[][] = [];
  const standing = keysOf.map((keys, i) => keys.map((key) => (buckets[key] ??= []).push(i)));
  const everyone = search.chosen.every(Boolean);

  // Each board keeps a stamp of the last board it was paired with, so a pair met in many
  // buckets is tested once, with no set of pair keys to build.
  const stamp = new Int32Array(boards.length).fill(-1);
  for (let i = 0; i < boards.length; i += 1) {
    if (!search.chosen[i]) continue;
    const sizeI = sizes[i]!;
    keysOf[i]!.forEach((key, k) => {
      const bucket = buckets[key]!;
      for (let at = everyone ? standing[i]![k]! : 0; at < bucket.length; at += 1) {
        const j = bucket[at]!;
        // A pair of two chosen boards is met from the first of them.
        if (j === i || (search.chosen[j] && j < i) || stamp[j] === i) continue;
        stamp[j] = i;
        const sizeJ = sizes[j]!;
        // Peers share at least `minOverlap` of their joint area, so neither is far larger.
        if (Math.max(sizeI, sizeJ) * search.minOverlap > Math.min(sizeI, sizeJ)) continue;
        if ((themes[i]! & themes[j]!) === 0 && (themes[i]! & related[j]!) === 0) continue;
        let shared = 0;
        for (let w = 0; w < words; w += 1)
          shared += popcount(areaBits[i * words + w]! & areaBits[j * words + w]!);
        const union = sizeI + sizeJ - shared;
        if (!union || shared / union < search.minOverlap) continue;
        if (search.shareAMember && !memberIndex && !shareAMember(boards[i]!, boards[j]!)) continue;
        visit(i, j);
      }
    });
  }
}

/** Each board's members, numbered. */
function memberBuckets(boards: readonly PeerBoard[]): number[][] {
  const number = new Map<OrganisationId, number>();
  return boards.map((b) =>
    [...b.members].map((o) => {
      let n = number.get(o);
      if (n === undefined) number.set(o, (n = number.size));
      return n;
    }),
  );
}

/** How many pairs an index would have the search meet: the sum of its buckets' squared sizes. */
function pairsToMeet(keysOf: readonly number[][]): number {
  const sizes: number[] = [];
  for (const keys of keysOf) for (const k of keys) sizes[k] = (sizes[k] ?? 0) + 1;
  let pairs = 0;
  for (const n of sizes) if (n) pairs += n * n;
  return pairs;
}

function shareAMember(a: PeerBoard, b: PeerBoard): boolean {
  const [small, large] = a.members.size <= b.members.size ? [a, b] : [b, a];
  for (const o of small.members) if (large.members.has(o)) return true;
  return false;
}
