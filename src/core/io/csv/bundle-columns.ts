/**
 * The files and columns of the CSV bundle. The five files of issue 6 carry its columns as
 * required; the extra columns and files carry what the JSON format holds beyond them, so that
 * a landscape goes to a spreadsheet and back without loss:
 *
 * - a source reference is four columns: `source` (the source id), `confidence`
 *   (stated|inferred|illustrative), `quote` and `source_note`; an empty `source` means a fact
 *   typed by hand (`user-entry`, illustrative), an empty `confidence` with a source means
 *   `inferred`;
 * - `landscape.csv` (title, as-at date), `sources.csv`, `region_systems.csv` and `regions.csv`
 *   hold the landscape's own metadata; `fact_sources.csv` holds a board's per-fact sources;
 * - a Welsh name carries `name_cy_status` (official|unofficial) and, for an official name of an
 *   organisation or board, `name_cy_source` (the id of the source that publishes it).
 */
export const SOURCE_COLUMNS = ['source', 'confidence', 'quote', 'source_note'] as const;

export interface FileSpec {
  file: string;
  required: readonly string[];
  optional: readonly string[];
  /** The writer's column order, where it is not required then optional columns. */
  order?: readonly string[];
}

const spec = (file: string, required: string[], optional: string[] = []): FileSpec => ({
  file,
  required,
  optional,
});
const REF_EXTRA = ['confidence', 'quote', 'source_note'];
const NAME_CY_EXTRA = ['name_cy_status', 'name_cy_source'];

export const BUNDLE = {
  landscape: spec('landscape.csv', ['title', 'as_at'], ['version']),
  sources: spec('sources.csv', ['id', 'kind', 'title'], ['file', 'citation']),
  regionSystems: spec(
    'region_systems.csv',
    ['id', 'name'],
    ['name_cy', 'name_cy_status', ...SOURCE_COLUMNS],
  ),
  regions: spec('regions.csv', ['system', 'name'], ['name_cy', 'code', 'name_cy_status']),
  // A Welsh name is optional (areas outside Wales have none); it stays beside the English one.
  areas: {
    ...spec('areas.csv', ['code', 'name', 'regions'], ['name_cy']),
    order: ['code', 'name', 'name_cy', 'regions'],
  },
  organisations: spec(
    'organisations.csv',
    ['id', 'name', 'name_cy', 'sector', 'devolved', 'source'],
    ['acronym', ...REF_EXTRA, ...NAME_CY_EXTRA],
  ),
  boards: spec(
    'boards.csv',
    [
      'id',
      'name',
      'name_cy',
      'level',
      'footprint',
      'themes',
      'statutory_basis',
      'meetings_per_year',
      'hours_per_meeting',
      'status',
      'source',
      'quote',
    ],
    [
      'acronym',
      'extent',
      'from',
      'to',
      'description',
      'confidence',
      'source_note',
      ...NAME_CY_EXTRA,
    ],
  ),
  factSources: spec('fact_sources.csv', ['board_id', 'field', 'source'], REF_EXTRA),
  memberships: spec(
    'memberships.csv',
    ['board_id', 'organisation_id', 'role', 'seats', 'source'],
    REF_EXTRA,
  ),
  relations: spec('relations.csv', ['from_board_id', 'to_board_id', 'type', 'source'], REF_EXTRA),
} as const satisfies Record<string, FileSpec>;

export type BundlePart = keyof typeof BUNDLE;

/** Every column of a file, in the order the writer puts them. */
export const columnsOf = (part: BundlePart): string[] => {
  const file: FileSpec = BUNDLE[part];
  return [...(file.order ?? [...file.required, ...file.optional])];
};

/** `statutoryBasis` → `statutory_basis`: JSON field names as column names. */
export const snakeCase = (field: string): string =>
  field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `statutory_basis` → `statutoryBasis`. */
export const camelCase = (column: string): string =>
  column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
