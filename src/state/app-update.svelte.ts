/**
 * The installed app's own updates. The service worker keeps the version the user opened until
 * they agree to take a new one; this says when one is waiting and takes it on request.
 */
export class AppUpdate {
  /** A new version of the app is downloaded and waiting. */
  waiting = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | undefined;

  /** Starts the service worker; a browser without one simply has no offline copy. */
  async register(): Promise<void> {
    if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    const { registerSW } = await import('virtual:pwa-register');
    this.#update = registerSW({ onNeedRefresh: () => (this.waiting = true) });
  }

  /** Switches to the waiting version and reloads the page on it. */
  async apply(): Promise<void> {
    await this.#update?.(true);
  }
}
