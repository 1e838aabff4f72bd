import enCore from './en.json';
import cyCore from './cy.json';
import enIo from './io.en.json';
import cyIo from './io.cy.json';
import enLayout from './layout.en.json';
import cyLayout from './layout.cy.json';

// One catalogue per language, assembled from feature files so features can be worked on apart.
const en = { ...enCore, ...enIo, ...enLayout };
const cy = { ...cyCore, ...cyIo, ...cyLayout };

export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every user-facing string has a key in the English catalogue; the Welsh one must match it. */
export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

export const CATALOGUES: Record<Language, Catalogue> = { en, cy: cy as Catalogue };

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
