/**
 * Updates this small are edits; larger ones are the parts a large workspace was first stored
 * in (hundreds of kilobytes each), which merging would only copy again.
 */
export const SMALL_UPDATE = 64 * 1024;

/**
 * Which of a workspace's stored updates, oldest first, to merge into one: its small ones, once
 * there are more than `over` of them; none otherwise. Yjs updates merge in any grouping, so the
 * merged edits may be kept after the parts they were made on.
 */
export function updatesToMerge(updates: readonly Uint8Array[], over: number): number[] {
  const small = updates.flatMap((update, at) => (update.length < SMALL_UPDATE ? [at] : []));
  return small.length > over ? small : [];
}
