import enCore from './en.json';
import enGeography from './geography.en.json';
import enIo from './io.en.json';
import enLayout from './layout.en.json';

// One catalogue per language, assembled from feature files so features can be worked on apart.
// English is the interface's default and comes with the app; Welsh (`welsh.ts`) comes when
// chosen.
const en = { ...enCore, ...enIo, ...enLayout, ...enGeography };

export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every user-facing string has a key in the English catalogue; the Welsh one must match it. */
export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

export const ENGLISH: Catalogue = en;

/** A language's catalogue, fetched from the app's own bundle the first time it is asked for. */
export async function loadCatalogue(lang: Language): Promise<Catalogue> {
  return lang === 'en' ? ENGLISH : (await import('./welsh')).WELSH;
}

/**
 * Looks a message up and fills its `{name}` placeholders. Unknown placeholders stay visible.
 * `{count|# problem|# problems}` picks the first form when `count` is 1 and the second otherwise,
 * with `#` standing for the number, so no message says "1 problems".
 */
export function translate(
  catalogue: Catalogue,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = catalogue[key] ?? key;
  return template
    .replace(
      /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
      (whole, name: string, one: string, other: string) =>
        name in params
          ? (Number(params[name]) === 1 ? one : other).replace(/#/g, String(params[name]))
          : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}
