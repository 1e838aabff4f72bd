import { nameIn } from '../core/model/display-name';
import {
  ENGLISH,
  loadCatalogue,
  translate,
  type Catalogue,
  type Language,
  type MessageKey,
} from '../i18n/catalogue';
import type { WelshName } from '../core/model/types';

/** The interface language; components call `t` and re-render when the language changes. */
export class I18n {
  /** Changed through `use`, which first fetches the language's catalogue. */
  lang = $state<Language>('en');
  #catalogue = $state.raw<Catalogue>(ENGLISH);

  t = (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(this.#catalogue, key, params);

  /** A record's name in the interface language, where the data has a Welsh one. */
  name = (record: { name: string; nameCy?: string }): string => nameIn(record, this.lang);

  /** Words marking a record's Welsh name as official or as an unofficial translation; '' if unmarked. */
  welshNameStatus = (record: WelshName): string =>
    record.nameCy && record.nameCyStatus
      ? this.t(
          record.nameCyStatus === 'official' ? 'trust.officialName' : 'trust.unofficialTranslation',
        )
      : '';

  /** Switches the interface to `lang` once its catalogue is here, so no text shows as a key. */
  async use(lang: Language): Promise<void> {
    const catalogue = await loadCatalogue(lang);
    this.#catalogue = catalogue;
    this.lang = lang;
  }
}
