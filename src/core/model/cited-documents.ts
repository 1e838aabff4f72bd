import type { Landscape, SourceDocument, SourceRef } from './types';

/**
 * The documents a landscape's boards, memberships and relations cite, the most cited first (in
 * the landscape's order on a tie): what a figure's source line names.
 */
export function citedDocuments(landscape: Landscape): SourceDocument[] {
  const count = new Map<string, number>();
  const cite = (ref: SourceRef) => count.set(ref.source, (count.get(ref.source) ?? 0) + 1);
  for (const b of landscape.boards) cite(b.source);
  for (const m of landscape.memberships) cite(m.source);
  for (const r of landscape.relations) cite(r.source);
  return landscape.sources
    .filter((s) => count.has(s.id))
    .sort((a, b) => count.get(b.id)! - count.get(a.id)!);
}
