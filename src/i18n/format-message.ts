import { afterJoiner, isJoiner } from './welsh-mutation';

export type MessageParams = Record<string, string | number>;

/**
 * Fills a catalogue template. Three forms, a small subset of ICU MessageFormat:
 *
 * - `{name}`: the parameter as it is; an unknown name stays visible as `{name}`;
 * - `{count, plural, one {# authority} other {# authorities}}`: the branch the language's plural
 *   rules choose for the number (`Intl.PluralRules`), falling back to `other`; `#` is the number;
 * - `{name|â}`: for Welsh, the joiner word and the parameter mutated after it ("â thrais"), so a
 *   generated word never follows â, a, i, o or yn unmutated (see `welsh-mutation.ts`).
 */
export function formatMessage(template: string, params: MessageParams, lang: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const close = matching(template, open);
    if (close < 0) break;
    out += template.slice(i, open) + placeholder(template.slice(open + 1, close), params, lang);
    i = close + 1;
  }
  return out + template.slice(i);
}

/** Index of the `}` that closes the `{` at `open`, or -1. */
function matching(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === '{') depth++;
    else if (text[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

function placeholder(body: string, params: MessageParams, lang: string): string {
  const plural = /^(\w+),\s*plural,\s*([\s\S]*)$/.exec(body);
  if (plural) {
    const [, name, branches] = plural as unknown as [string, string, string];
    const value = params[name];
    const n = asNumber(value);
    if (n === undefined) return `{${body}}`;
    const options = pluralBranches(branches);
    const chosen =
      options.get(`=${n}`) ?? options.get(pluralRules(lang).select(n)) ?? options.get('other');
    // `#` is the number as given: a caller's "+2" or "−1" keeps its sign.
    const shown = typeof value === 'number' ? formatNumber(value, lang) : String(value);
    return chosen === undefined ? shown : formatMessage(chosen, params, lang).replace(/#/g, shown);
  }
  const [name, joiner] = body.split('|') as [string, string | undefined];
  if (!/^\w+$/.test(name) || !(name in params)) return `{${body}}`;
  const value = String(params[name]);
  return joiner && isJoiner(joiner) ? afterJoiner(joiner, value) : value;
}

/** `one {…} other {…}` as a map from category (or `=n`) to its text. */
function pluralBranches(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\s*(=?\w+)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const open = m.index + m[0].length - 1;
    const close = matching(text, open);
    if (close < 0) break;
    out.set(m[1]!, text.slice(open + 1, close));
    re.lastIndex = close + 1;
  }
  return out;
}

/** A number, or a numeric text such as "+2" or "−1" (a typographic minus). */
function asNumber(value: string | number | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !/^[+\-−]?\d+(\.\d+)?$/.test(value.trim())) return undefined;
  return Number(value.trim().replace('−', '-'));
}

const rules = new Map<string, Intl.PluralRules>();
const pluralRules = (lang: string) => {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
};
const formatNumber = (n: number, lang: string) => n.toLocaleString(lang === 'cy' ? 'cy' : 'en-GB');
