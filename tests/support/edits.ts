import { expect } from 'vitest';
import { applyEdit } from '../../src/core/edits/apply-edit';
import type { Edit } from '../../src/core/edits/types';
import type { WorkspaceContent } from '../../src/core/workspace/types';

/** Applies an edit the test expects to be accepted; a refusal fails the test with its reasons. */
export function applyOrThrow(c: WorkspaceContent, edit: Edit) {
  const result = applyEdit(c, edit);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.value;
}

/**
 * A check that an edit of fresh `content()` leaves that content untouched, changes the result,
 * and is undone exactly by its inverse: the user gets back what they had. The check returns
 * the edited content.
 */
export function inverseCheck(content: () => WorkspaceContent) {
  return (edit: Edit): WorkspaceContent => {
    const before = content();
    const frozen = structuredClone(before);
    const { content: after, entry } = applyOrThrow(before, edit);
    expect(before).toEqual(frozen);
    expect(after).not.toEqual(before);
    expect(applyOrThrow(after, entry.inverse).content).toEqual(before);
    return after;
  };
}
