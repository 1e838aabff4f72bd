import type { Language } from './catalogue';
import { afterJoiner } from './welsh-mutation';

/**
 * Names joined as a sentence lists them: "A, B and C"; in Welsh "A, B a Chasnewydd", the last
 * mutated after "a" ("ac" before a vowel), as the language writes it.
 */
export function listInWords(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1]!;
  const joined = lang === 'cy' ? afterJoiner('a', last) : `and ${last}`;
  return `${items.slice(0, -1).join(', ')} ${joined}`;
}
