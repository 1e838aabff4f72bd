import type { Landscape } from '../core/model/types';
import type { Position, WorkspaceContent } from '../core/workspace/types';
import { newContent } from '../core/workspace/workspace';
import { LANDSCAPE_LISTS, LIST_NAMES, listOf, type ListName } from './collections';

/** Some records of one list, or some board positions, in their order. */
export type ContentPiece =
  { list: ListName; records: unknown[] } | { positions: [string, Position][] };

/** About how many records go in one piece. */
const PIECE = 2000;

/**
 * Cuts a workspace's content into its lists' records, a few thousand at a time, and what is
 * left: a worker sends them as separate messages, each copied into the page in a task of its
 * own, where one message of a very large landscape held the page for over half a second.
 */
export function cutContent(content: WorkspaceContent): {
  rest: WorkspaceContent;
  pieces: ContentPiece[];
} {
  const pieces: ContentPiece[] = [];
  for (const name of LIST_NAMES) {
    const records = listOf(content, name);
    for (let at = 0; at < records.length; at += PIECE)
      pieces.push({ list: name, records: records.slice(at, at + PIECE) });
  }
  const places = Object.entries(content.positions);
  for (let at = 0; at < places.length; at += PIECE)
    pieces.push({ positions: places.slice(at, at + PIECE) });
  return { rest: withoutRecords(content), pieces };
}

/** `content` with every list and the positions empty: its own fields alone. */
export function withoutRecords(content: WorkspaceContent): WorkspaceContent {
  let empty: WorkspaceContent = { ...content, positions: {} };
  for (const name of LIST_NAMES) empty = withList(empty, name, []);
  return empty;
}

/** The content `cutContent` cut, put back together from what was left and its pieces. */
export function joinContent(rest: WorkspaceContent, pieces: ContentPiece[]): WorkspaceContent {
  const lists = new Map<ListName, unknown[]>();
  const positions: Record<string, Position> = {};
  for (const piece of pieces) {
    if ('positions' in piece) for (const [id, place] of piece.positions) positions[id] = place;
    else {
      const list = lists.get(piece.list) ?? [];
      for (const record of piece.records) list.push(record);
      lists.set(piece.list, list);
    }
  }
  let content: WorkspaceContent = {
    ...rest,
    positions: positions as WorkspaceContent['positions'],
  };
  for (const [name, records] of lists) content = withList(content, name, records);
  return content;
}

/** A landscape cut as `cutContent` cuts a workspace's. */
export function cutLandscape(landscape: Landscape): { rest: Landscape; pieces: ContentPiece[] } {
  const { rest, pieces } = cutContent(newContent(landscape, {}));
  return { rest: rest.landscape, pieces };
}

/** The landscape `cutLandscape` cut, put back together. */
export function joinLandscape(rest: Landscape, pieces: ContentPiece[]): Landscape {
  return joinContent(newContent(rest, {}), pieces).landscape;
}

/** `content` with list `name` replaced by `records`. */
export function withList(
  content: WorkspaceContent,
  name: ListName,
  records: readonly unknown[],
): WorkspaceContent {
  return (LANDSCAPE_LISTS as readonly string[]).includes(name)
    ? { ...content, landscape: { ...content.landscape, [name]: records } }
    : { ...content, [name]: records };
}
