import { addBoard } from './operations/add-board';
import { addMembership } from './operations/add-membership';
import { merge } from './operations/merge';
import { moveMembership } from './operations/move-membership';
import { removeMembership } from './operations/remove-membership';
import { repointRelation } from './operations/repoint-relation';
import { rescope } from './operations/rescope';
import { retire } from './operations/retire';
import { setMeetings } from './operations/set-meetings';
import type { OperationDescriptor, OperationKind } from './types';

/** Every operation type, once. The UI, the CLI and the tests enumerate this list. */
export const OPERATIONS = {
  merge,
  retire,
  rescope,
  'add-membership': addMembership,
  'remove-membership': removeMembership,
  'move-membership': moveMembership,
  'set-meetings': setMeetings,
  'add-board': addBoard,
  'repoint-relation': repointRelation,
} as const satisfies { [K in OperationKind]: OperationDescriptor<K> };

export const OPERATION_KINDS = Object.keys(OPERATIONS) as OperationKind[];

/** The descriptor for a kind, or undefined for a kind this version does not know. */
export function operationDescriptor(kind: unknown): OperationDescriptor | undefined {
  return typeof kind === 'string' && Object.hasOwn(OPERATIONS, kind)
    ? (OPERATIONS[kind as OperationKind] as unknown as OperationDescriptor)
    : undefined;
}
