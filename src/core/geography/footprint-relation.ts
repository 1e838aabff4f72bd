import type { AreaCode, Footprint, Landscape } from '../model/types';
import { footprintAreas } from './footprint';

/**
 * How footprint `a` stands to footprint `b` as sets of areas: `inside` is a ⊂ b, `contains` is
 * a ⊃ b. Two footprints with no area in common are `disjoint`, even when one of them is empty.
 */
export type FootprintRelationKind = 'equal' | 'inside' | 'contains' | 'overlapping' | 'disjoint';

export interface FootprintRelation {
  kind: FootprintRelationKind;
  /** Areas both footprints cover. */
  shared: AreaCode[];
  /** Areas only `a` covers. */
  onlyA: AreaCode[];
  /** Areas only `b` covers. */
  onlyB: AreaCode[];
  /** How many distinct areas each footprint covers, so a view can say "4 authorities, 6". */
  sizeA: number;
  sizeB: number;
}

/**
 * Compares two lists of area codes as sets. Repeated codes count once. The lists come back in
 * the order of `order` when given (the landscape's area order, so that views and reports list
 * areas the same way every time), otherwise in the order the codes first appear.
 */
export function compareAreaSets(
  a: readonly AreaCode[],
  b: readonly AreaCode[],
  order?: readonly AreaCode[],
): FootprintRelation {
  const setA = new Set(a);
  const setB = new Set(b);
  const universe = order ? [...order, ...a, ...b] : [...a, ...b];
  const seen = new Set<AreaCode>();
  const shared: AreaCode[] = [];
  const onlyA: AreaCode[] = [];
  const onlyB: AreaCode[] = [];
  for (const code of universe) {
    if (seen.has(code)) continue;
    seen.add(code);
    const inA = setA.has(code);
    const inB = setB.has(code);
    if (inA && inB) shared.push(code);
    else if (inA) onlyA.push(code);
    else if (inB) onlyB.push(code);
  }
  return {
    kind: relationKind(shared, onlyA, onlyB),
    shared,
    onlyA,
    onlyB,
    sizeA: setA.size,
    sizeB: setB.size,
  };
}

/**
 * Compares two boards' footprints, resolving `all` to every area of the landscape, with the
 * shared and differing areas in landscape order. This is what a view uses to say "Board A
 * covers 4 authorities, B covers 6; A lies inside B".
 */
export function compareFootprints(
  landscape: Pick<Landscape, 'areas'>,
  a: Footprint,
  b: Footprint,
): FootprintRelation {
  return compareAreaSets(
    footprintAreas(landscape, a),
    footprintAreas(landscape, b),
    landscape.areas.map((area) => area.code),
  );
}

function relationKind(
  shared: readonly AreaCode[],
  onlyA: readonly AreaCode[],
  onlyB: readonly AreaCode[],
): FootprintRelationKind {
  // Two empty footprints are the same set; an empty one beside a non-empty one shares nothing,
  // and "disjoint" says that more plainly than the strictly true "inside".
  if (onlyA.length === 0 && onlyB.length === 0) return 'equal';
  if (shared.length === 0) return 'disjoint';
  if (onlyA.length === 0) return 'inside';
  if (onlyB.length === 0) return 'contains';
  return 'overlapping';
}
