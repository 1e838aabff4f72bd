/**
 * Welsh initial mutations after the little words that cause them, for Welsh templates that put a
 * generated word (a theme, a board's Welsh name) straight after one: `{themes|â}` renders as
 * "â thrais difrifol" or "ag ymddygiad…", never "â trais". Only the first word mutates; a word
 * in capitals (an acronym) or starting with a digit is left alone.
 */

/** The words that take a mutated word after them, and the mutation each causes. */
export const JOINERS = {
  â: 'aspirate',
  a: 'aspirate',
  i: 'soft',
  o: 'soft',
  ar: 'soft',
  at: 'soft',
  gan: 'soft',
  am: 'soft',
  dros: 'soft',
  drwy: 'soft',
  heb: 'soft',
  wrth: 'soft',
  yn: 'nasal',
} as const;
export type Joiner = keyof typeof JOINERS;
type Mutation = (typeof JOINERS)[Joiner];

// Longest first, so that `ll` and `rh` are read before `l`/`r`, and digraphs that never mutate
// (ch, dd, ff, ng, ph, th) are matched before their first letter.
const RULES: Record<Mutation, [from: string, to: string][]> = {
  soft: [
    ['ch', 'ch'],
    ['dd', 'dd'],
    ['ff', 'ff'],
    ['ng', 'ng'],
    ['ph', 'ph'],
    ['th', 'th'],
    ['ll', 'l'],
    ['rh', 'r'],
    ['p', 'b'],
    ['t', 'd'],
    ['c', 'g'],
    ['b', 'f'],
    ['d', 'dd'],
    ['g', ''],
    ['m', 'f'],
  ],
  aspirate: [
    ['ch', 'ch'],
    ['ph', 'ph'],
    ['th', 'th'],
    ['p', 'ph'],
    ['t', 'th'],
    ['c', 'ch'],
  ],
  nasal: [
    ['ch', 'ch'],
    ['dd', 'dd'],
    ['ff', 'ff'],
    ['ng', 'ng'],
    ['ph', 'ph'],
    ['th', 'th'],
    ['p', 'mh'],
    ['t', 'nh'],
    ['c', 'ngh'],
    ['b', 'm'],
    ['d', 'n'],
    ['g', 'ng'],
  ],
};

const VOWEL = /^[aeiouwyâêîôûŵŷáéíóúàèìòù]/i;
const UNCHANGED = /^(\p{Lu}{2,}|\d)/u;

/** `phrase` with its first word mutated as `kind` requires, keeping a capital initial. */
export function mutate(phrase: string, kind: Mutation): string {
  if (UNCHANGED.test(phrase)) return phrase;
  const lower = phrase.toLowerCase();
  const rule = RULES[kind].find(([from]) => lower.startsWith(from));
  if (!rule) return phrase;
  const [from, to] = rule;
  const rest = phrase.slice(from.length);
  const capital = phrase[0] !== lower[0];
  if (!capital) return to + rest;
  // "Gwent" → "Went": with nothing left of the initial, the next letter takes the capital.
  return to ? to[0]!.toUpperCase() + to.slice(1) + rest : rest[0]!.toUpperCase() + rest.slice(1);
}

/** The joiner and the phrase after it, mutated: "â thrais", "ag ymddygiad", "i Went", "yng Nghaerdydd". */
export function afterJoiner(joiner: Joiner, phrase: string): string {
  const mutated = mutate(phrase, JOINERS[joiner]);
  if (VOWEL.test(mutated) && (joiner === 'â' || joiner === 'a'))
    return `${joiner === 'â' ? 'ag' : 'ac'} ${mutated}`;
  // "yn" itself changes before m and ng: "ym Mhowys", "ym Merthyr", "yng Nghaerdydd".
  if (joiner === 'yn' && /^m/i.test(mutated)) return `ym ${mutated}`;
  if (joiner === 'yn' && /^ng/i.test(mutated)) return `yng ${mutated}`;
  return `${joiner} ${mutated}`;
}

export const isJoiner = (word: string): word is Joiner => Object.hasOwn(JOINERS, word);
