import { ENGLISH, type Catalogue, type Language } from './catalogue';
import { WELSH } from './welsh';

/** Both catalogues at once, for what renders in any language without waiting: figures and the CLI. */
export const CATALOGUES: Record<Language, Catalogue> = { en: ENGLISH, cy: WELSH };
