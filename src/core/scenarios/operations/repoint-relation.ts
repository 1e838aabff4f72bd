import type { Landscape, Relation } from '../../model/types';
import { RELATION_TYPES } from '../../model/vocabulary';
import type { OperationDescriptor, RepointRelationOperation } from '../types';
import { checkLiveBoard, checkOneOf, checkSource, fail, missingBoards, sourceOf } from './checks';

const K = 'repoint-relation';

const same = (r: Relation, k: Pick<Relation, 'from' | 'to' | 'type'>) =>
  r.from === k.from && r.to === k.to && r.type === k.type;

const target = (op: RepointRelationOperation) => ({
  from: op.from ?? op.relation.from,
  to: op.to ?? op.relation.to,
  type: op.relation.type,
});

function isRelationKey(v: unknown): v is RepointRelationOperation['relation'] {
  const r = v as Record<string, unknown> | null;
  return (
    !!r && typeof r.from === 'string' && typeof r.to === 'string' && typeof r.type === 'string'
  );
}

export const repointRelation: OperationDescriptor<'repoint-relation'> = {
  kind: K,
  summary: 'change which boards a relation joins',
  stale(landscape: Landscape, op) {
    if (!isRelationKey(op.relation)) return [];
    const boards = missingBoards(landscape, K, {
      'relation.from': op.relation.from,
      'relation.to': op.relation.to,
      from: op.from,
      to: op.to,
    });
    if (boards.length) return boards;
    return landscape.relations.some((r) => same(r, op.relation))
      ? []
      : [
          fail(
            K,
            'relation',
            `there is no longer a ${op.relation.type} relation from "${op.relation.from}" to "${op.relation.to}"`,
          ),
        ];
  },
  validate(landscape, op) {
    if (!isRelationKey(op.relation))
      return [fail(K, 'relation', 'name the relation by its from, to and type')];
    const problems = [
      ...checkOneOf(K, 'relation.type', op.relation.type, RELATION_TYPES, false),
      ...checkSource(landscape, K, op.source),
    ];
    if (op.from === undefined && op.to === undefined)
      problems.push(fail(K, 'to', 'give a new from, a new to, or both'));
    if (op.from !== undefined)
      problems.push(...checkLiveBoard(landscape, K, 'from', op.from, 'relate'));
    if (op.to !== undefined) problems.push(...checkLiveBoard(landscape, K, 'to', op.to, 'relate'));
    const next = target(op);
    if (next.from === next.to) problems.push(fail(K, 'to', 'a board cannot relate to itself'));
    else if (!same(next as Relation, op.relation) && landscape.relations.some((r) => same(r, next)))
      problems.push(
        fail(K, 'to', `"${next.from}" already has a ${next.type} relation to "${next.to}"`),
      );
    return problems;
  },
  apply: (landscape, op) => ({
    ...landscape,
    relations: landscape.relations.map((r) =>
      same(r, op.relation) ? { ...target(op), source: sourceOf(op) } : r,
    ),
  }),
};
