/**
 * Characters XML 1.0 does not allow anywhere, even escaped: most C0 controls, lone surrogates,
 * U+FFFE and U+FFFF. They are dropped, since a document containing one will not parse.
 */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 forbids, so that any user text can go into an SVG. */
export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML, '');
}

/**
 * Escapes text for element content or a quoted attribute value: all five of `& < > " '`, so
 * one function is safe in both places, after dropping characters XML cannot hold.
 */
export function escapeXml(text: string): string {
  return stripInvalidXml(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A value that may be written as an attribute; `undefined` and `false` leave it out. */
export type AttrValue = string | number | boolean | undefined;

/**
 * Writes attributes as ` name="value"`, in the order given, every value escaped and numbers
 * rounded, so the same call always produces the same bytes. `true` writes the name alone as
 * `name="name"`, which XML needs in place of HTML's bare attribute.
 */
export function attrs(values: Record<string, AttrValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    const text = value === true ? name : typeof value === 'number' ? num(value) : value;
    out += ` ${name}="${escapeXml(text)}"`;
  }
  return out;
}

/** An element with escaped attributes; `content` must already be markup (escaped text or tags). */
export function element(tag: string, values: Record<string, AttrValue>, content?: string): string {
  return content === undefined
    ? `<${tag}${attrs(values)}/>`
    : `<${tag}${attrs(values)}>${content}</${tag}>`;
}

/**
 * A number as SVG text, at most two decimals, without trailing zeros or `-0`: small files, and
 * output that does not change with floating-point noise in the last digits.
 */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded === 0 ? 0 : rounded);
}

/** A whole number with thousands grouped by commas, as both English and Welsh write them. */
export function groupDigits(n: number): string {
  const whole = Math.round(n);
  const digits = Math.abs(whole)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return whole < 0 ? `\u2212${digits}` : digits;
}
