import { CATALOGUES, translate, type Language, type MessageKey } from '../i18n/catalogue';

/** The interface language; components call `t` and re-render when the language changes. */
export class I18n {
  lang = $state<Language>('en');

  t = (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(CATALOGUES[this.lang], key, params);

  /** A record's name in the interface language, where the data has a Welsh one. */
  name = (record: { name: string; nameCy?: string }): string =>
    this.lang === 'cy' && record.nameCy ? record.nameCy : record.name;
}
