import type { Landscape } from '../core/model/types';
import type { WorkspaceContent } from '../core/workspace/types';

type Obj = Record<string, unknown>;

/** The landscape's lists, each kept in the document as a map of records keyed by identity. */
export const LANDSCAPE_LISTS = [
  'sources',
  'regionSystems',
  'areas',
  'organisations',
  'boards',
  'memberships',
  'relations',
] as const satisfies readonly (keyof Landscape)[];

/** The workspace's own lists beside the landscape. */
export const WORKSPACE_LISTS = [
  'scenarios',
  'tracker',
  'ignoredDuplications',
  'pinned',
  'tileNudges',
] as const;

export type ListName = (typeof LANDSCAPE_LISTS)[number] | (typeof WORKSPACE_LISTS)[number];
export const LIST_NAMES: readonly ListName[] = [...LANDSCAPE_LISTS, ...WORKSPACE_LISTS];

/** The landscape's own fields, kept in the document's `meta` map. */
export const LANDSCAPE_FIELDS = ['format', 'version', 'title', 'asAt'] as const;

/**
 * How one list is kept: the key that identifies a record (so two copies editing it meet on the
 * same entry), how a record becomes fields and back, and which fields are lists whose items
 * two people may add at once (a scenario's operations), kept as shared arrays so both survive.
 */
export interface ListCodec {
  key(record: unknown): string;
  toFields(record: unknown): Obj;
  fromFields(fields: Obj): unknown;
  arrays: readonly string[];
  /**
   * Kept field by field, so two people's changes to different fields of one record both stay
   * (boards, organisations, scenarios, tracker entries); otherwise kept whole, one entry per
   * record, which is far lighter for the tens of thousands of memberships of a large landscape.
   */
  byField: boolean;
}

const asFields = (record: unknown): Obj => record as Obj;
const keyOf =
  (...fields: string[]) =>
  (record: unknown): string =>
    fields.map((f) => String((record as Obj)[f])).join('|');

const plain = (
  key: (record: unknown) => string,
  byField: boolean,
  arrays: readonly string[] = [],
): ListCodec => ({
  key,
  toFields: asFields,
  fromFields: (fields) => fields,
  arrays,
  byField,
});

export const CODECS: Record<ListName, ListCodec> = {
  sources: plain(keyOf('id'), false),
  regionSystems: plain(keyOf('id'), false),
  areas: plain(keyOf('code'), false),
  organisations: plain(keyOf('id'), true),
  boards: plain(keyOf('id'), true),
  memberships: plain(keyOf('board', 'organisation'), false),
  relations: plain(keyOf('from', 'type', 'to'), false),
  scenarios: plain(keyOf('id'), true, ['operations']),
  tracker: plain(keyOf('id'), true),
  ignoredDuplications: plain(keyOf('pair'), false),
  tileNudges: plain(keyOf('code'), false),
  pinned: {
    key: (id) => String(id),
    toFields: (id) => ({ id }),
    fromFields: (fields) => fields.id,
    arrays: [],
    byField: false,
  },
};

export function listOf(content: WorkspaceContent, name: ListName): readonly unknown[] {
  return (LANDSCAPE_LISTS as readonly string[]).includes(name)
    ? (content.landscape[name as keyof Landscape] as unknown[])
    : (content[name as keyof WorkspaceContent] as unknown[]);
}

/** The field that orders records within a list; never a field of the records themselves. */
export const ORDER = '~o';

/** A record kept whole: its order key and its fields, as one entry. */
export type WholeEntry = [order: number, fields: Obj];
/** The document schema this app writes; a newer one is opened read-only. */
export const DOCUMENT_SCHEMA = 1;
