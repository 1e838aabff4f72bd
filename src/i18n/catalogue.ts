import enCore from './en.json';
import enFigures from './figures.en.json';
import enIo from './io.en.json';
import enLayout from './layout.en.json';

// One catalogue per language, assembled from feature files so features can be worked on apart.
// English is the interface's default and comes with the app; Welsh (`welsh.ts`) comes when
// chosen.
const en = { ...enCore, ...enIo, ...enLayout, ...enFigures };

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

/** Looks a message up and fills its `{name}` placeholders. Unknown placeholders stay visible. */
export function translate(
  catalogue: Catalogue,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = catalogue[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
