import { wholeGeography } from './whole-geography';
import type { Landscape } from '../core/model/types';
import type { Operation, OperationNote } from '../core/scenarios/types';
import type { MessageKey } from './catalogue';
import type { Translate } from './describe-analysis';

/**
 * One line saying what a scenario operation does, naming boards and organisations as the
 * reader knows them. `names` looks records up in the landscape the operation applies to, and
 * falls back to the id for a record that is gone (a stale operation still reads sensibly).
 */
export function describeOperation(
  op: Operation,
  landscapes: readonly Landscape[],
  t: Translate,
  name: (r: { name: string; nameCy?: string }) => string,
): string {
  const board = (id: string) => {
    for (const l of landscapes) {
      const b = l.boards.find((x) => x.id === id);
      if (b) return name(b);
    }
    return id;
  };
  const org = (id: string) => {
    for (const l of landscapes) {
      const o = l.organisations.find((x) => x.id === id);
      if (o) return name(o);
    }
    return id;
  };
  const footprint = (f: 'all' | string[]) =>
    f === 'all'
      ? t(wholeGeography(landscapes[0] ?? { areas: [] }, 'footprint'))
      : t('footprint.count', { count: f.length });
  switch (op.kind) {
    case 'merge':
      return t('op.merge', { boards: op.boards.map(board).join(', '), name: op.name });
    case 'retire':
      return op.to
        ? t('op.retireTo', { board: board(op.board), to: board(op.to) })
        : t('op.retire', { board: board(op.board) });
    case 'rescope':
      return t('op.rescope', { board: board(op.board), footprint: footprint(op.footprint) });
    case 'add-membership':
      return t('op.addMembership', {
        organisation: org(op.organisation),
        board: board(op.board),
        role: t(`role.${op.role ?? 'member'}` as MessageKey),
      });
    case 'remove-membership':
      return t('op.removeMembership', {
        organisation: org(op.organisation),
        board: board(op.board),
      });
    case 'move-membership':
      return t('op.moveMembership', {
        organisation: org(op.organisation),
        from: board(op.from),
        to: board(op.to),
      });
    case 'set-meetings':
      return t('op.setMeetings', {
        board: board(op.board),
        meetings: op.meetingsPerYear ?? '—',
        hours: op.hoursPerMeeting ?? '—',
      });
    case 'add-board':
      return t('op.addBoard', {
        name: op.name,
        level: t(`level.${op.level}` as MessageKey),
        footprint: footprint(op.footprint),
      });
    case 'repoint-relation':
      return t('op.repoint', {
        relation: `${board(op.relation.from)} → ${board(op.relation.to)}`,
        to: `${board(op.from ?? op.relation.from)} → ${board(op.to ?? op.relation.to)}`,
      });
  }
}

/** A note on what applying an operation chose, in the reader's words, naming records by name. */
export function describeNote(
  note: OperationNote,
  landscapes: readonly Landscape[],
  t: Translate,
  name: (r: { name: string; nameCy?: string }) => string,
): string {
  const find = <K extends 'boards' | 'organisations'>(kind: K, id: string) => {
    for (const l of landscapes) {
      const r = (l[kind] as readonly { id: string; name: string; nameCy?: string }[]).find(
        (x) => x.id === id,
      );
      if (r) return name(r);
    }
    return id;
  };
  const board = (id: string) => find('boards', id);
  const org = (id: string) => find('organisations', id);
  const role = (r: string) => t(`role.${r}` as MessageKey);
  switch (note.kind) {
    case 'kept-role':
      return t('note.keptRole', {
        organisation: org(note.organisation),
        role: role(note.role),
        held: note.held
          .map((h) => t('note.heldRole', { role: role(h.role), board: board(h.board) }))
          .join(', '),
      });
    case 'joins-to-chair':
      return t('note.joinsToChair', { organisation: org(note.organisation) });
    case 'several-chairs':
      return t('note.severalChairs', {
        count: note.organisations.length,
        organisations: note.organisations.map(org).join(', '),
      });
    case 'themes-unheld':
      return t('note.themesUnheld', {
        themes: note.themes.map((x) => t(`theme.${x}` as MessageKey)).join(', '),
      });
    case 'members-join':
      return t('note.membersJoin', {
        count: note.organisations.length,
        board: board(note.board),
        organisations: note.organisations.map(org).join(', '),
      });
    case 'still-related':
      return t('note.stillRelated', {
        from: board(note.from),
        relation: t(`relation.${note.type}` as MessageKey),
      });
  }
}
