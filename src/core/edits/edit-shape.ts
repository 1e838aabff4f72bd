import type { Problem } from '../model/problems';
import { scenarioShapeProblems } from '../scenarios/builtin';
import { validateTrackerEntry } from '../scenarios/tracker';
import { contentProblems, isPosition, isTilePlace } from '../workspace/content-check';
import type { EditKind } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isIndex = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const optionalIndex = (v: unknown): boolean => v === undefined || isIndex(v);
const hasTexts = (v: unknown, ...keys: string[]): boolean =>
  isObj(v) && keys.every((k) => isText(v[k]));

/** How deeply batches may nest inside one another; the app itself nests two deep at most. */
const MAX_BATCH_DEPTH = 8;

/**
 * What each edit kind must hold to be applied and inverted. Records inside an edit (a board, a
 * membership) are checked in full when the edit is applied, against the landscape they land in.
 */
const SHAPES: { [K in EditKind]: (e: Obj) => boolean } = {
  'put-board': (e) => hasTexts(e.board, 'id'),
  'remove-board': (e) => isText(e.id),
  'restore-board': (e) =>
    hasTexts(e.board, 'id') &&
    isIndex(e.index) &&
    Array.isArray(e.memberships) &&
    e.memberships.every(
      (m) => isObj(m) && hasTexts(m.membership, 'board', 'organisation') && isIndex(m.index),
    ) &&
    Array.isArray(e.relations) &&
    e.relations.every(
      (r) => isObj(r) && hasTexts(r.relation, 'from', 'to', 'type') && isIndex(r.index),
    ) &&
    (e.position === null || isPosition(e.position)),
  'insert-board': (e) => hasTexts(e.board, 'id') && isIndex(e.index),
  'add-membership': (e) =>
    hasTexts(e.membership, 'board', 'organisation') && optionalIndex(e.index),
  'remove-membership': (e) => hasTexts(e, 'board', 'organisation'),
  'add-relation': (e) => hasTexts(e.relation, 'from', 'to', 'type') && optionalIndex(e.index),
  'remove-relation': (e) => hasTexts(e, 'from', 'to', 'type'),
  'move-boards': (e) =>
    isObj(e.positions) &&
    Object.values(e.positions).every((p) => p === null || isPosition(p)) &&
    (e.pin === undefined || typeof e.pin === 'boolean'),
  'unpin-boards': (e) => Array.isArray(e.ids) && e.ids.every(isText),
  'pin-boards': (e) =>
    Array.isArray(e.pins) && e.pins.every((p) => hasTexts(p, 'id') && isIndex((p as Obj).index)),
  'place-tiles': (e) =>
    isObj(e.tiles) && Object.values(e.tiles).every((p) => p === null || isTilePlace(p)),
  'ignore-duplication': (e) => hasTexts(e, 'pair', 'note'),
  'unignore-duplication': (e) => hasTexts(e, 'pair'),
  'put-scenario': (e) => isObj(e.scenario) && optionalIndex(e.index),
  'remove-scenario': (e) => isText(e.id),
  'put-tracker-entry': (e) => isObj(e.entry) && optionalIndex(e.index),
  'remove-tracker-entry': (e) => isText(e.id),
  'replace-content': (e) => isObj(e.content),
  batch: (e) => Array.isArray(e.edits),
};

export const EDIT_KINDS = Object.keys(SHAPES) as EditKind[];

/**
 * Every problem with an edit read from outside (a stored history, an imported file): an unknown
 * kind, a missing or mistyped field, a scenario, tracker entry or content that does not
 * validate. An edit that passes can be applied without throwing.
 */
export function editProblems(edit: unknown, record: string, depth = 0): Problem[] {
  const problem = (field: string, message: string): Problem[] => [{ record, field, message }];
  if (!isObj(edit)) return problem('', 'expected an edit object');
  const kind = edit.kind as EditKind;
  if (!isText(kind) || !(kind in SHAPES))
    return problem(
      'kind',
      `${JSON.stringify(kind) ?? 'nothing'} is not an edit; expected one of: ${EDIT_KINDS.join(', ')}`,
    );
  if (!SHAPES[kind](edit))
    return problem(kind, `the ${kind} edit is missing a field or has one of the wrong type`);
  switch (kind) {
    case 'put-scenario':
      return scenarioShapeProblems(edit.scenario, `${record} › scenario`);
    case 'put-tracker-entry':
      return validateTrackerEntry(edit.entry, { record: `${record} › entry` });
    case 'replace-content':
      return contentProblems(edit.content, `${record} › content`);
    case 'batch':
      if (depth >= MAX_BATCH_DEPTH)
        return problem('edits', `batches nest more than ${MAX_BATCH_DEPTH} deep`);
      return (edit.edits as unknown[]).flatMap((inner, i) =>
        editProblems(inner, `${record} › edits[${i}]`, depth + 1),
      );
    default:
      return [];
  }
}

/** Every problem with a stored or imported undo history: its shape, its cursor and each entry. */
export function historyProblems(history: unknown, record = 'history'): Problem[] {
  if (!isObj(history) || !Array.isArray(history.entries))
    return [{ record, field: '', message: 'expected { entries, cursor }' }];
  const { entries, cursor } = history;
  const problems: Problem[] = [];
  if (
    typeof cursor !== 'number' ||
    !Number.isInteger(cursor) ||
    cursor < 0 ||
    cursor > entries.length
  )
    problems.push({
      record,
      field: 'cursor',
      message: `expected a whole number from 0 to ${entries.length}, got ${JSON.stringify(cursor) ?? 'nothing'}`,
    });
  entries.forEach((entry, i) => {
    const at = `${record} › entries[${i}]`;
    if (!isObj(entry))
      problems.push({ record: at, field: '', message: 'expected { edit, inverse }' });
    else
      problems.push(
        ...editProblems(entry.edit, `${at} › edit`),
        ...editProblems(entry.inverse, `${at} › inverse`),
      );
  });
  return problems;
}
