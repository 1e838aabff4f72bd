import { applyEdit } from '../edits/apply-edit';
import type { Edit } from '../edits/types';
import type { Result } from '../model/problems';
import type { Landscape } from '../model/types';
import { canRedo, canUndo, emptyHistory, recordEntry } from './history';
import type { TrackerEntry } from '../scenarios/tracker';
import type { Scenario } from '../scenarios/types';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type Positions,
  type Workspace,
  type WorkspaceContent,
} from './types';

/**
 * The content of a new workspace made from a landscape that nothing else holds, such as one
 * just read from a file: taken as it is, not copied.
 */
export function newContent(landscape: Landscape, positions: Positions): WorkspaceContent {
  return {
    landscape,
    positions,
    ignoredDuplications: [],
    scenarios: [],
    tracker: [],
    pinned: [],
    tileNudges: [],
  };
}

/**
 * A new workspace holding a copy of a landscape, with no history. Scenarios and tracker entries
 * start empty unless the caller seeds them (the app passes the built-in scenarios and the
 * seed tracker).
 */
export function createWorkspace(init: {
  id: string;
  name: string;
  landscape: Landscape;
  positions?: Positions;
  scenarios?: Scenario[];
  tracker?: TrackerEntry[];
  now: string;
}): Workspace {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    id: init.id,
    name: init.name,
    createdAt: init.now,
    updatedAt: init.now,
    landscape: structuredClone(init.landscape),
    positions: structuredClone(init.positions ?? {}),
    ignoredDuplications: [],
    scenarios: structuredClone(init.scenarios ?? []),
    tracker: structuredClone(init.tracker ?? []),
    pinned: [],
    tileNudges: [],
    history: emptyHistory(),
  };
}

/** Applies a user's edit and records it for undo. */
export function editWorkspace(workspace: Workspace, edit: Edit, now: string): Result<Workspace> {
  const applied = applyEdit(workspace, edit);
  if (!applied.ok) return applied;
  const { content, entry } = applied.value;
  return {
    ok: true,
    value: {
      ...workspace,
      ...content,
      updatedAt: now,
      history: recordEntry(workspace.history, entry),
    },
  };
}

/** Takes back the last applied edit; the workspace is returned unchanged when there is none. */
export function undoWorkspace(workspace: Workspace, now: string): Result<Workspace> {
  if (!canUndo(workspace.history)) return { ok: true, value: workspace };
  const entry = workspace.history.entries[workspace.history.cursor - 1]!;
  const applied = applyEdit(workspace, entry.inverse);
  if (!applied.ok) return applied;
  const history = { ...workspace.history, cursor: workspace.history.cursor - 1 };
  return { ok: true, value: { ...workspace, ...applied.value.content, updatedAt: now, history } };
}

/** Re-applies the next undone edit; the workspace is returned unchanged when there is none. */
export function redoWorkspace(workspace: Workspace, now: string): Result<Workspace> {
  if (!canRedo(workspace.history)) return { ok: true, value: workspace };
  const entry = workspace.history.entries[workspace.history.cursor]!;
  const applied = applyEdit(workspace, entry.edit);
  if (!applied.ok) return applied;
  const history = { ...workspace.history, cursor: workspace.history.cursor + 1 };
  return { ok: true, value: { ...workspace, ...applied.value.content, updatedAt: now, history } };
}
