/**
 * Resolves in a task of its own, so that the page can draw and answer input in between. (A
 * message, not a timer: nested timers are held back by at least 4 ms each.)
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Resolves when the page is idle (or after `wait` ms at the latest): work that can wait goes
 * after drawing what is on screen. Where there is no idle callback, in a task of its own.
 */
export function whenIdle(wait = 200): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return nextTask();
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: wait }));
}
