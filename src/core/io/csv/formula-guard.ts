/**
 * The formula guard, made reversible. A spreadsheet runs a cell that starts with `=`, `+`, `-`
 * or `@` (and, in some, tab or carriage return) as a formula, so the writer puts a `'` before
 * such a value. To give back exactly what was written, the writer also guards a value that
 * already starts with quotes followed by one of those characters (`'=x` is written `''=x`), and
 * the reader takes one `'` off any value of the form `'…'<trigger>…`. A value like `'t Hooft`
 * (quote not followed by a trigger) is left alone both ways, and a spreadsheet that hides the
 * quote (Excel treats a leading `'` as "text") gives back the value without it.
 */
const GUARDED = /^'*[=+\-@\t\r]/;
const UNGUARD = /^'+[=+\-@\t\r]/;

/** The value as written to a cell: with a leading `'` when a spreadsheet could run it. */
export function guardFormula(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/** The value as read back: the writer's `'` taken off again. */
export function unguardFormula(value: string): string {
  return UNGUARD.test(value) ? value.slice(1) : value;
}
