import enCore from './en.json';
import { formatMessage, type MessageParams } from './format-message';
import enGeography from './geography.en.json';
import enFigures from './figures.en.json';
import enFigureLoad from './figure-load.en.json';
import enFigureMatrix from './figure-matrix.en.json';
import enIo from './io.en.json';
import enLayout from './layout.en.json';
import enOverview from './overview.en.json';
import enShare from './share.en.json';
import enTrust from './trust.en.json';
import enWorkspace from './workspace.en.json';

// One catalogue per language, assembled from feature files so features can be worked on apart.
// English is the interface's default and comes with the app; Welsh (`welsh.ts`) comes when
// chosen.
const en = {
  ...enCore,
  ...enIo,
  ...enLayout,
  ...enTrust,
  ...enWorkspace,
  ...enGeography,
  ...enFigures,
  ...enFigureLoad,
  ...enFigureMatrix,
  ...enOverview,
  ...enShare,
};

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
 * Looks a message up and fills it (`format-message.ts`): `{name}` placeholders, plural forms by
 * the language's rules, and Welsh mutations after a joiner. Unknown placeholders stay visible.
 */
export function translate(
  catalogue: Catalogue,
  key: MessageKey,
  params: MessageParams = {},
  lang: Language = catalogue === ENGLISH ? 'en' : 'cy',
): string {
  return formatMessage(catalogue[key] ?? key, params, lang);
}
