import type { Problem, Result } from '../model/problems';
import type { AreaCode, BoardId, Landscape } from '../model/types';
import { validateChange } from '../model/validate';
import { scenarioShapeProblems } from '../scenarios/builtin';
import { validateTrackerEntry } from '../scenarios/tracker';
import { contentProblems } from '../workspace/content-check';
import type { Position, Positions, WorkspaceContent } from '../workspace/types';
import type { TilePlace } from '../geography/tiles';
import type { Edit, HistoryEntry } from './types';

class EditRefused extends Error {}

const contentOf = (c: WorkspaceContent): WorkspaceContent => ({
  landscape: c.landscape,
  positions: c.positions,
  ignoredDuplications: c.ignoredDuplications,
  scenarios: c.scenarios,
  tracker: c.tracker,
  pinned: c.pinned,
  tileNudges: c.tileNudges,
});

const refuse = (message: string): never => {
  throw new EditRefused(message);
};

function insertAt<T>(list: readonly T[], index: number | undefined, item: T): T[] {
  const next = [...list];
  next.splice(
    index === undefined ? next.length : Math.max(0, Math.min(index, next.length)),
    0,
    item,
  );
  return next;
}

function withPosition(positions: Positions, id: BoardId, position: Position | null): Positions {
  const next = { ...positions };
  if (position) next[id] = position;
  else delete next[id];
  return next;
}

/** Adds an item at `index` (the end by default) or replaces the one with its id, in place. */
function putById<T extends { id: string }>(
  list: readonly T[],
  item: T,
  index: number | undefined,
): { list: T[]; previous?: T } {
  const at = list.findIndex((x) => x.id === item.id);
  if (at < 0) return { list: insertAt(list, index, item) };
  return { list: list.with(at, item), previous: list[at]! };
}

/** Applies one edit, returning the new content and the edit that undoes it. Never mutates. */
function step(content: WorkspaceContent, edit: Edit): { content: WorkspaceContent; inverse: Edit } {
  const { landscape, positions } = content;
  const withLandscape = (next: Landscape): WorkspaceContent => ({ ...content, landscape: next });
  switch (edit.kind) {
    case 'put-board': {
      const index = landscape.boards.findIndex((b) => b.id === edit.board.id);
      if (index < 0) {
        const boards = [...landscape.boards, edit.board];
        return {
          content: withLandscape({ ...landscape, boards }),
          inverse: { kind: 'remove-board', id: edit.board.id },
        };
      }
      const boards = landscape.boards.with(index, edit.board);
      return {
        content: withLandscape({ ...landscape, boards }),
        inverse: { kind: 'put-board', board: landscape.boards[index]! },
      };
    }
    case 'insert-board': {
      if (landscape.boards.some((b) => b.id === edit.board.id))
        refuse(`a board with the id "${edit.board.id}" already exists`);
      const boards = insertAt(landscape.boards, edit.index, edit.board);
      return {
        content: withLandscape({ ...landscape, boards }),
        inverse: { kind: 'remove-board', id: edit.board.id },
      };
    }
    case 'remove-board': {
      const index = landscape.boards.findIndex((b) => b.id === edit.id);
      if (index < 0) refuse(`no board has the id "${edit.id}"`);
      const memberships = landscape.memberships
        .map((membership, i) => ({ membership, index: i }))
        .filter(({ membership }) => membership.board === edit.id);
      const relations = landscape.relations
        .map((relation, i) => ({ relation, index: i }))
        .filter(({ relation }) => relation.from === edit.id || relation.to === edit.id);
      return {
        content: {
          ...content,
          positions: withPosition(positions, edit.id, null),
          landscape: {
            ...landscape,
            boards: landscape.boards.filter((b) => b.id !== edit.id),
            memberships: landscape.memberships.filter((m) => m.board !== edit.id),
            relations: landscape.relations.filter((r) => r.from !== edit.id && r.to !== edit.id),
          },
        },
        inverse: {
          kind: 'restore-board',
          board: landscape.boards[index]!,
          index,
          memberships,
          relations,
          position: positions[edit.id] ?? null,
        },
      };
    }
    case 'restore-board': {
      if (landscape.boards.some((b) => b.id === edit.board.id))
        refuse(`a board with the id "${edit.board.id}" already exists`);
      let memberships = landscape.memberships;
      for (const m of edit.memberships) memberships = insertAt(memberships, m.index, m.membership);
      let relations = landscape.relations;
      for (const r of edit.relations) relations = insertAt(relations, r.index, r.relation);
      return {
        content: {
          ...content,
          positions: withPosition(positions, edit.board.id, edit.position),
          landscape: {
            ...landscape,
            boards: insertAt(landscape.boards, edit.index, edit.board),
            memberships,
            relations,
          },
        },
        inverse: { kind: 'remove-board', id: edit.board.id },
      };
    }
    case 'add-membership': {
      const m = edit.membership;
      if (
        landscape.memberships.some((x) => x.board === m.board && x.organisation === m.organisation)
      )
        refuse(`"${m.organisation}" is already a member of "${m.board}"`);
      return {
        content: withLandscape({
          ...landscape,
          memberships: insertAt(landscape.memberships, edit.index, m),
        }),
        inverse: { kind: 'remove-membership', board: m.board, organisation: m.organisation },
      };
    }
    case 'remove-membership': {
      const index = landscape.memberships.findIndex(
        (m) => m.board === edit.board && m.organisation === edit.organisation,
      );
      if (index < 0) refuse(`"${edit.organisation}" is not a member of "${edit.board}"`);
      return {
        content: withLandscape({
          ...landscape,
          memberships: landscape.memberships.toSpliced(index, 1),
        }),
        inverse: { kind: 'add-membership', membership: landscape.memberships[index]!, index },
      };
    }
    case 'add-relation': {
      const r = edit.relation;
      if (landscape.relations.some((x) => x.from === r.from && x.to === r.to && x.type === r.type))
        refuse(`"${r.from}" already has a ${r.type} relation to "${r.to}"`);
      return {
        content: withLandscape({
          ...landscape,
          relations: insertAt(landscape.relations, edit.index, r),
        }),
        inverse: { kind: 'remove-relation', from: r.from, to: r.to, type: r.type },
      };
    }
    case 'remove-relation': {
      const index = landscape.relations.findIndex(
        (r) => r.from === edit.from && r.to === edit.to && r.type === edit.type,
      );
      if (index < 0)
        refuse(`there is no ${edit.type} relation from "${edit.from}" to "${edit.to}"`);
      return {
        content: withLandscape({
          ...landscape,
          relations: landscape.relations.toSpliced(index, 1),
        }),
        inverse: { kind: 'add-relation', relation: landscape.relations[index]!, index },
      };
    }
    case 'move-boards': {
      let next = positions;
      const previous: Record<BoardId, Position | null> = {};
      for (const [id, position] of Object.entries(edit.positions) as [BoardId, Position | null][]) {
        previous[id] = positions[id] ?? null;
        next = withPosition(next, id, position);
      }
      const moveBack: Edit = { kind: 'move-boards', positions: previous };
      if (!edit.pin) return { content: { ...content, positions: next }, inverse: moveBack };
      const held = new Set(content.pinned);
      const newlyPinned = (Object.keys(edit.positions) as BoardId[]).filter((id) => !held.has(id));
      return {
        content: { ...content, positions: next, pinned: [...content.pinned, ...newlyPinned] },
        inverse: newlyPinned.length
          ? { kind: 'batch', edits: [{ kind: 'unpin-boards', ids: newlyPinned }, moveBack] }
          : moveBack,
      };
    }
    case 'unpin-boards': {
      const unpin = new Set(edit.ids);
      const pins = content.pinned
        .map((id, index) => ({ id, index }))
        .filter(({ id }) => unpin.has(id));
      return {
        content: { ...content, pinned: content.pinned.filter((id) => !unpin.has(id)) },
        inverse: { kind: 'pin-boards', pins },
      };
    }
    case 'pin-boards': {
      const held = new Set(content.pinned);
      const pins = edit.pins.filter(({ id }) => !held.has(id));
      let pinned = content.pinned;
      // Ascending indices rebuild the list exactly as it was before the unpin.
      for (const p of [...pins].sort((a, b) => a.index - b.index))
        pinned = insertAt(pinned, p.index, p.id);
      return {
        content: { ...content, pinned },
        inverse: { kind: 'unpin-boards', ids: pins.map((p) => p.id) },
      };
    }
    case 'place-tiles': {
      const before = new Map(content.tileNudges.map((t) => [t.code, t]));
      const inverse: Record<AreaCode, TilePlace | null> = {};
      for (const code of Object.keys(edit.tiles) as AreaCode[]) {
        const was = before.get(code);
        inverse[code] = was ? { col: was.col, row: was.row } : null;
      }
      // A tile moved again keeps its place in the list; a new one goes at the end.
      const kept = content.tileNudges
        .filter((t) => edit.tiles[t.code] !== null)
        .map((t) => (edit.tiles[t.code] ? { code: t.code, ...edit.tiles[t.code]! } : t));
      const added = (Object.entries(edit.tiles) as [AreaCode, TilePlace | null][])
        .filter(([code, place]) => place && !before.has(code))
        .map(([code, place]) => ({ code, col: place!.col, row: place!.row }));
      return {
        content: { ...content, tileNudges: [...kept, ...added] },
        inverse: { kind: 'place-tiles', tiles: inverse },
      };
    }
    case 'ignore-duplication': {
      if (content.ignoredDuplications.some((d) => d.pair === edit.pair))
        refuse(`the pair ${edit.pair} is already set aside`);
      return {
        content: {
          ...content,
          ignoredDuplications: [
            ...content.ignoredDuplications,
            { pair: edit.pair, note: edit.note },
          ],
        },
        inverse: { kind: 'unignore-duplication', pair: edit.pair },
      };
    }
    case 'unignore-duplication': {
      const found = content.ignoredDuplications.find((d) => d.pair === edit.pair);
      if (!found) refuse(`the pair ${edit.pair} is not set aside`);
      return {
        content: {
          ...content,
          ignoredDuplications: content.ignoredDuplications.filter((d) => d.pair !== edit.pair),
        },
        inverse: { kind: 'ignore-duplication', pair: found!.pair, note: found!.note },
      };
    }
    case 'put-scenario': {
      const problems = scenarioShapeProblems(edit.scenario, 'scenario');
      if (problems.length) refuse(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
      const { list, previous } = putById(content.scenarios, edit.scenario, edit.index);
      return {
        content: { ...content, scenarios: list },
        inverse: previous
          ? { kind: 'put-scenario', scenario: previous }
          : { kind: 'remove-scenario', id: edit.scenario.id },
      };
    }
    case 'remove-scenario': {
      const index = content.scenarios.findIndex((s) => s.id === edit.id);
      if (index < 0) refuse(`no scenario has the id "${edit.id}"`);
      return {
        content: { ...content, scenarios: content.scenarios.toSpliced(index, 1) },
        inverse: { kind: 'put-scenario', scenario: content.scenarios[index]!, index },
      };
    }
    case 'put-tracker-entry': {
      const problems = validateTrackerEntry(edit.entry);
      if (problems.length) refuse(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
      const { list, previous } = putById(content.tracker, edit.entry, edit.index);
      return {
        content: { ...content, tracker: list },
        inverse: previous
          ? { kind: 'put-tracker-entry', entry: previous }
          : { kind: 'remove-tracker-entry', id: edit.entry.id },
      };
    }
    case 'remove-tracker-entry': {
      const index = content.tracker.findIndex((e) => e.id === edit.id);
      if (index < 0) refuse(`no tracker entry has the id "${edit.id}"`);
      return {
        content: { ...content, tracker: content.tracker.toSpliced(index, 1) },
        inverse: { kind: 'put-tracker-entry', entry: content.tracker[index]!, index },
      };
    }
    case 'replace-content':
      // Only the content goes into the inverse: `content` may be a whole workspace, history and all.
      return {
        content: { ...content, ...edit.content },
        inverse: { kind: 'replace-content', content: contentOf(content) },
      };
    case 'batch': {
      let current = content;
      const inverses: Edit[] = [];
      for (const inner of edit.edits) {
        const result = step(current, inner);
        current = result.content;
        inverses.unshift(result.inverse);
      }
      return { content: current, inverse: { kind: 'batch', edits: inverses } };
    }
  }
}

/**
 * Applies an edit to a workspace's content. The result is checked against the landscape
 * format, so an edit that would leave the landscape invalid (an empty name, an unknown area)
 * is refused with the problems, and the content is left as it was.
 */
export function applyEdit(
  content: WorkspaceContent,
  edit: Edit,
): Result<{ content: WorkspaceContent; entry: HistoryEntry }> {
  let result: { content: WorkspaceContent; inverse: Edit };
  try {
    result = step(content, edit);
  } catch (error) {
    // A malformed edit (from a damaged history, say) is refused like an impossible one, never thrown.
    const message = error instanceof EditRefused ? error.message : `cannot apply: ${String(error)}`;
    return { ok: false, problems: [{ record: String(edit?.kind), field: '', message }] };
  }
  if (edit.kind === 'replace-content') {
    const problems = contentProblems(result.content);
    if (problems.length) return { ok: false, problems };
  } else if (result.content.landscape !== content.landscape) {
    const checked = validateChange(content.landscape, result.content.landscape);
    if (!checked.ok) return { ok: false, problems: checked.problems satisfies Problem[] };
  }
  return { ok: true, value: { content: result.content, entry: { edit, inverse: result.inverse } } };
}
