import type { WelshName } from './types';

/** A record's name in `lang`: its Welsh name where it has one, its English name otherwise. */
export const nameIn = (record: { name: string } & WelshName, lang: 'en' | 'cy'): string =>
  lang === 'cy' && record.nameCy ? record.nameCy : record.name;

/**
 * Follows a Welsh name that is a translation made for the landscape, not an official name, in a
 * figure: a figure has no details panel to say so in, and the name is never to pass as official.
 */
export const UNOFFICIAL_MARK = '*';

/** As `nameIn`, with an unofficial translation marked for a figure. */
export const figureNameIn = (record: { name: string } & WelshName, lang: 'en' | 'cy'): string =>
  lang === 'cy' && record.nameCy && record.nameCyStatus === 'unofficial'
    ? `${record.nameCy}${UNOFFICIAL_MARK}`
    : nameIn(record, lang);

/** The named region of any system, so a figure can name a region it draws in `lang`. */
export function regionFigureName(
  systems: readonly { regions: readonly ({ name: string } & WelshName)[] }[],
  region: string,
  lang: 'en' | 'cy',
): string {
  const declared = systems.flatMap((s) => s.regions).find((r) => r.name === region);
  return declared ? figureNameIn(declared, lang) : region;
}

/** Whether a figure in `lang` shows any name marked as an unofficial translation. */
export const showsUnofficialNames = (
  records: Iterable<{ name: string } & WelshName>,
  lang: 'en' | 'cy',
): boolean => {
  for (const r of records) if (figureNameIn(r, lang) !== nameIn(r, lang)) return true;
  return false;
};
