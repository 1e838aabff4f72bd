/**
 * The installed app's own updates. The service worker keeps the version the user opened until
 * they agree to take a new one; this says when one is waiting and takes it on request. Only the
 * tab where the user agreed reloads: another tab may hold a half-filled form, so it keeps running
 * the old version, which stops writing once the new one has opened (see `Session.outdated`).
 */
export class AppUpdate {
  /** A new version of the app is downloaded and waiting. */
  waiting = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | undefined;
  #requested = false;
  /** Another tab has already switched to the new version: this one only needs a reload. */
  #superseded = false;

  /** Starts the service worker; a browser without one simply has no offline copy. */
  async register(): Promise<void> {
    if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
    const { registerSW } = await import('virtual:pwa-register');
    this.#update = registerSW({
      onNeedRefresh: () => (this.waiting = true),
      onNeedReload: () => {
        if (this.#requested) location.reload();
        else this.#superseded = true;
      },
    });
  }

  /** Switches to the waiting version and reloads the page on it. */
  async apply(): Promise<void> {
    this.#requested = true;
    if (this.#superseded) location.reload();
    else await this.#update?.(true);
  }
}
