/**
 * A deep copy of JSON-like data as plain arrays and objects. Whatever a component hands over
 * (a reactive proxy of a form's list, say) becomes data that storage can clone and the
 * document can encode; undefined fields are left out.
 */
export function plainData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => plainData(v)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = plainData(v);
  return out as T;
}
