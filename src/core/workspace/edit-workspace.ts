import { applyEdit } from '../edits/apply-edit';
import type { Edit } from '../edits/types';
import type { Result } from '../model/problems';
import { canRedo, canUndo, recordEntry } from './history';
import type { Workspace } from './types';

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
