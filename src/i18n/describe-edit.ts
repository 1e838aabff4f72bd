import type { Edit } from '../core/edits/types';
import type { Landscape } from '../core/model/types';
import type { Translate } from './describe-analysis';

/**
 * One line naming an edit as the user made it ("Edit board “Gwent VAWDASV Board”"), for the
 * list of changes that storage could not keep. Names come from the landscape; a record that is
 * gone is named by what the edit itself holds.
 */
export function describeEdit(
  edit: Edit,
  landscape: Landscape,
  t: Translate,
  name: (r: { name: string; nameCy?: string }) => string,
): string {
  const board = (id: string) => {
    const b = landscape.boards.find((x) => x.id === id);
    return b ? name(b) : id;
  };
  switch (edit.kind) {
    case 'put-board':
    case 'insert-board':
      return t('editKind.board', { board: name(edit.board) });
    case 'remove-board':
      return t('editKind.removeBoard', { board: board(edit.id) });
    case 'restore-board':
      return t('editKind.restoreBoard', { board: name(edit.board) });
    case 'add-membership':
    case 'remove-membership':
      return t('editKind.members', {
        board: board(edit.kind === 'add-membership' ? edit.membership.board : edit.board),
      });
    case 'add-relation':
    case 'remove-relation':
      return t('editKind.relations', {
        board: board(edit.kind === 'add-relation' ? edit.relation.from : edit.from),
      });
    case 'move-boards':
    case 'unpin-boards':
    case 'pin-boards':
      return t('editKind.layout');
    case 'place-tiles':
      return t('editKind.tiles');
    case 'put-scenario':
      return t('editKind.scenario', { scenario: edit.scenario.name });
    case 'remove-scenario':
      return t('editKind.removeScenario');
    case 'put-tracker-entry':
    case 'remove-tracker-entry':
      return t('editKind.tracker');
    case 'ignore-duplication':
    case 'unignore-duplication':
      return t('editKind.duplication');
    case 'replace-content':
      return t('editKind.replace');
    case 'batch':
      return edit.edits.length
        ? describeEdit(edit.edits[0]!, landscape, t, name)
        : t('editKind.layout');
  }
}
