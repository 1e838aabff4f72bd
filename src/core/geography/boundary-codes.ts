/**
 * Where boundary files keep the GSS code, best first: the ONS local authority district codes
 * by year, any other year's, county and unitary authority codes, then generic names. The
 * feature id (`id`) is the last resort.
 */
const CODE_PATTERNS: readonly RegExp[] = [
  /^LAD13CD$/i,
  /^LAD21CD$/i,
  /^LAD22CD$/i,
  /^LAD23CD$/i,
  /^LAD24CD$/i,
  /^LAD\d\dCD$/i,
  /^CTYUA\d\dCD$/i,
  /^code$/i,
  /^gss_code$/i,
];

/**
 * The property names of a file that may hold area codes, in order of preference, ending with
 * `id` for the feature id. Matching ignores case, since files vary (`lad21cd`, `LAD21CD`).
 */
export function codeCandidates(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const pattern of CODE_PATTERNS)
    for (const key of keys) if (pattern.test(key) && !out.includes(key)) out.push(key);
  out.push('id');
  return out;
}

/** Whether a value looks like a GSS code: a country letter and eight digits, e.g. W06000001. */
export const isGssCode = (value: string): boolean => /^[EWSNK]\d{8}$/.test(value);
