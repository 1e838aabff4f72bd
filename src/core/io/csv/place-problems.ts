import { isAreaCode } from '../../model/area-code';
import type { Problem } from '../../model/problems';
import type { Landscape } from '../../model/types';
import { BUNDLE, snakeCase, type BundlePart } from './bundle-columns';
import { columnLetter } from './column-name';
import type { RowIndex } from './read-bundle';

/** Columns whose JSON field names differ from `snakeCase(field)`, per collection. */
const RENAMED: Partial<Record<BundlePart, Record<string, string>>> = {
  memberships: {
    board: 'board_id',
    organisation: 'organisation_id',
    membership: 'organisation_id',
  },
  relations: { from: 'from_board_id', to: 'to_board_id', relation: 'to_board_id' },
};
const REF_FIELDS: Record<string, string> = {
  source: 'source',
  'source.source': 'source',
  'source.confidence': 'confidence',
  'source.quote': 'quote',
  'source.note': 'source_note',
};

interface Placing {
  index: RowIndex;
  headers: Partial<Record<BundlePart, string[]>>;
  landscape: Landscape;
  usedReference: boolean;
}

/**
 * Turns a problem from `validateLandscape` (`boards[3] (id) › level`) into one on the bundle
 * (`boards.csv, row 5 › column D (level)`), and makes its message name the allowed values where
 * the validator only says "of the landscape's areas" or "sources".
 */
export function placeProblem(p: Problem, placing: Placing): Problem {
  const message = explain(p.message, placing);
  const m = /^(\w+)\[(\d+)\](?: \([^)]*\))?(?:\.regions\[(\d+)\])?/.exec(p.record);
  if (!m) {
    if (p.record === 'landscape') {
      const part = p.field === 'areas' ? 'areas' : 'landscape';
      const given = placing.headers[part] !== undefined;
      return at(placing, part, given ? 2 : undefined, snakeCase(p.field), message);
    }
    return { ...p, message };
  }
  const collection = m[1]! as BundlePart;
  const i = Number(m[2]);
  if (collection === 'regionSystems' && m[3] !== undefined)
    return at(
      placing,
      'regions',
      placing.index.regions[i]?.[Number(m[3])],
      snakeCase(p.field),
      message,
    );
  if (collection === 'boards' && p.field.startsWith('factSources.')) {
    const [, fact, sub] = p.field.split('.');
    const row = placing.index.facts.get(i)?.get(fact!);
    const column = sub ? (REF_FIELDS[`source.${sub}`] ?? sub) : 'field';
    return at(placing, 'factSources', row, column, message);
  }
  if (collection === 'areas' && placing.usedReference)
    return { record: 'reference geography', field: p.field, message };
  const column =
    REF_FIELDS[p.field] ??
    RENAMED[collection]?.[p.field] ??
    (p.field.startsWith('regions.') ? 'regions' : snakeCase(p.field));
  return at(placing, collection, placing.index.rows[collection]?.[i], column, message);
}

function at(
  placing: Placing,
  part: BundlePart,
  row: number | undefined,
  column: string,
  message: string,
): Problem {
  const file = BUNDLE[part]?.file ?? part;
  const header = placing.headers[part];
  const c = header?.indexOf(column) ?? -1;
  return {
    record: row === undefined ? file : `${file}, row ${row}`,
    field: c >= 0 ? `column ${columnLetter(c)} (${column})` : column,
    message: message.replace(/first at \w+\[(\d+)\]/, (_, n: string) => {
      const first = placing.index.rows[part]?.[Number(n)];
      return first === undefined ? 'listed earlier' : `first at row ${first}`;
    }),
  };
}

const MAX_LISTED = 30;

function explain(message: string, { landscape, usedReference }: Placing): string {
  const list = (values: string[]) =>
    values.length <= MAX_LISTED
      ? values.join(', ')
      : `${values.slice(0, MAX_LISTED).join(', ')} and ${values.length - MAX_LISTED} more`;
  return message
    .replace(
      "expected codes of the landscape's areas",
      `expected one of the area codes ${usedReference ? 'of the Welsh reference geography' : 'in areas.csv'}: ${list([...new Set(landscape.areas.map((a) => a.code).filter(isAreaCode))])}`,
    )
    .replace(
      "expected one of the landscape's sources",
      `expected one of the ids in sources.csv: ${list(['user-entry', ...landscape.sources.map((s) => String(s.id))])}`,
    );
}
