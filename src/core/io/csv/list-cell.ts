/**
 * Lists inside one cell. Footprints and themes are ids joined by `;`. In `areas.csv` the
 * `regions` cell is `system=region` pairs joined by `;`; region names are free text, so a `;`,
 * `=` or `\` inside one is written with a backslash before it (`\;`, `\=`, `\\`) and read back.
 */
export function joinList(items: readonly string[]): string {
  return items.join(';');
}

/** Splits at `;`, trims each item and drops empty ones (a trailing `;` is harmless). */
export function splitList(cell: string): string[] {
  return splitEscaped(cell, ';')
    .map((s) => s.trim())
    .filter(Boolean);
}

const escapePart = (text: string) => text.replace(/[\\;=]/g, (c) => `\\${c}`);

/** `{ police: 'North Wales' }` → `police=North Wales`. */
export function joinPairs(pairs: Record<string, string>): string {
  return Object.entries(pairs)
    .map(([k, v]) => `${escapePart(k)}=${escapePart(v)}`)
    .join(';');
}

/** One `system=region` item, or the item itself when it has no `=`. */
export type Pair = { key: string; value: string } | { bad: string };

/** Splits a `regions` cell into pairs, honouring backslash escapes. */
export function splitPairs(cell: string): Pair[] {
  return splitEscaped(cell, ';', false)
    .filter((item) => item.trim() !== '')
    .map((item) => {
      const parts = splitEscaped(item, '=');
      return parts.length === 2
        ? { key: parts[0]!.trim(), value: parts[1]!.trim() }
        : { bad: unescape(item).trim() };
    });
}

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

/** Splits at unescaped `sep`; with `decode`, removes the escapes from each part. */
function splitEscaped(text: string, sep: string, decode = true): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      current += decode ? text[i + 1] : c + text[i + 1];
      i++;
    } else if (c === sep) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}
