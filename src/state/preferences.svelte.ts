import { LANGUAGES, type Language } from '../i18n/catalogue';
import type { WorkspaceStore } from '../persistence/repository';
import type { I18n } from './i18n.svelte';

const LANG_KEY = 'language';
const GUIDE_KEY = 'guideSeen';

/** Choices that belong to the person rather than a workspace: language, the first-run guide. */
export class Preferences {
  guideOpen = $state(false);

  readonly #repository: WorkspaceStore;
  readonly #i18n: I18n;

  constructor(repository: WorkspaceStore, i18n: I18n) {
    this.#repository = repository;
    this.#i18n = i18n;
  }

  async load(): Promise<void> {
    const lang = await this.#repository.getSetting<string>(LANG_KEY);
    if (lang && (LANGUAGES as readonly string[]).includes(lang))
      await this.#i18n.use(lang as Language);
    this.guideOpen = !(await this.#repository.getSetting<boolean>(GUIDE_KEY));
  }

  async setLanguage(lang: Language): Promise<void> {
    await this.#i18n.use(lang);
    await this.#repository.setSetting(LANG_KEY, lang);
  }

  /** Closes the guide once it is remembered as seen, so a reload straight after never shows it. */
  async closeGuide(): Promise<void> {
    try {
      await this.#repository.setSetting(GUIDE_KEY, true);
    } finally {
      this.guideOpen = false;
    }
  }
}
