import { boardEvidence } from '../../core/model/evidence';
import type { BoardId, Landscape } from '../../core/model/types';
import type { MessageKey } from '../../i18n/catalogue';
import type { EvidenceMark } from './graph-model';

/**
 * The text marks of boards the sources do not support, in the interface language. A board that
 * is itself illustrative says so; one whose members are all illustrative says that instead.
 */
export function evidenceMarks(
  landscape: Landscape,
  i18n: { t: (key: MessageKey) => string },
): ReadonlyMap<BoardId, EvidenceMark> {
  // Two marks, shared by every board that has one: a landscape may have thousands.
  const board: EvidenceMark = { kind: 'board', label: i18n.t('trust.illustrativeBoard') };
  const members: EvidenceMark = { kind: 'members', label: i18n.t('trust.membersIllustrative') };
  const marks = new Map<BoardId, EvidenceMark>();
  for (const [id, e] of boardEvidence(landscape)) {
    if (e.illustrative) marks.set(id, board);
    else if (e.membersAllIllustrative) marks.set(id, members);
  }
  return marks;
}
