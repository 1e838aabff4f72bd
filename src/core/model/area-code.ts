/**
 * What an area's code may be: an ONS GSS code (a country letter and eight digits, e.g.
 * `W06000001`, `E07000123`, `S12000033`, `N09000001`) or a plain local id for geography that has
 * no official code (a Corporate Joint Committee, a proposed boundary). Plain ids are lowercase, so
 * a mistyped GSS code (`E0700012`) is refused rather than taken for a local id.
 */
const AREA_CODE = /^(?:[EWSNKLM]\d{8}|[a-z0-9][a-z0-9-]*)$/;

export const AREA_CODE_HINT =
  'a GSS code (a country letter and eight digits, e.g. E07000123) or a plain local id (lowercase letters, digits, hyphens, e.g. cjc-north)';

export const isAreaCode = (value: unknown): value is string =>
  typeof value === 'string' && AREA_CODE.test(value);

export { AREA_CODE };
