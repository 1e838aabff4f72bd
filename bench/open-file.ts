/**
 * Opening a large landscape file: `tsx bench/open-file.ts` after a build (part of `npm run
 * bench`).
 *
 * Serves the production build with `vite preview` on a free loopback port and, in Debian's
 * Chromium driven by playwright-core, opens generated landscapes of 5,000 and 20,000 boards
 * through the app's file input, in a fresh 1280×800 context each time, and prints:
 * - drawn: from the file input's change event to the frame after the canvas has painted every
 *   board of the new workspace (`page-probe.ts`'s `watch`);
 * - stored: from the change event until the edit bar says "All changes saved" (the workspace
 *   is stored and can be changed);
 * - the page's longest task in that time, and how many tasks took over 200 ms (the aim is
 *   none), from the Long Tasks API;
 * - whether the edit bar showed the opening's progress, and how many summary tiles the first
 *   view offers;
 * - then, after a reload, the next visit: from navigation to the drawn frame of the workspace
 *   read from storage, with its longest task and how many took over 200 ms.
 *
 * Environment: BENCH_REPS (default 2); BENCH_OPEN_SIZES (default `5000,20000`).
 */
import { preview } from 'vite';
import { generateLandscape, writeLandscapeFile } from './generate-landscape';
import { PROBE } from './page-probe';
import { launchChromium } from '../tests/support/chromium';

const REPS = Math.max(1, Number(process.env.BENCH_REPS ?? 2));
const SIZES = (process.env.BENCH_OPEN_SIZES ?? '5000,20000').split(',').map(Number);
const LONG = 200;

/**
 * Watches, in the page from its first script, the long tasks and whether the opening's progress
 * was shown.
 */
const WATCH = String.raw`(() => {
  const w = (window.__open = { long: [], progress: false });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (document.querySelector('[data-testid="save-state"] progress')) w.progress = true;
  }).observe(document, { subtree: true, childList: true });
})()`;

interface Run {
  boards: number;
  drawnMs: number;
  storedMs: number;
  longestMs: number;
  over: number;
  progress: boolean;
  tiles: number;
  reopenedMs: number;
  reopenedLongestMs: number;
  reopenedOver: number;
}

const server = await preview({
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'warn',
});
const url = `http://127.0.0.1:${(server.httpServer!.address() as { port: number }).port}/`;
const browser = await launchChromium();
const runs: Run[] = [];
try {
  for (const boards of SIZES) {
    const name = `tirwedd-${boards}`;
    const file = writeLandscapeFile(generateLandscape({ boards, seed: boards }), name);
    for (let rep = 0; rep < REPS; rep += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript({ content: PROBE });
      await context.addInitScript({ content: WATCH });
      const page = await context.newPage();
      await page.goto(url);
      await page.locator('.graph .described').waitFor({ state: 'attached', timeout: 60_000 });
      const skip = page.getByRole('button', { name: 'Skip the guide' });
      await page.waitForTimeout(1000);
      if (await skip.isVisible()) await skip.click();
      await page.evaluate('window.__bench.settle(10, 5000)');
      const watching = page.evaluate(
        `window.__bench.watch(${JSON.stringify({ boards, workspace: name })}, 120000)`,
      ) as Promise<{ ok: boolean; at: number }>;
      await page.locator('input[type="file"][accept=".json,application/json"]').setInputFiles(file);
      const drawn = await watching;
      if (!drawn.ok) throw new Error(`${boards} boards were not drawn within 120 s`);
      await page
        .getByTestId('save-state')
        .filter({ hasText: 'All changes saved' })
        .waitFor({ timeout: 180_000 });
      const seen = (await page.evaluate(`(() => {
        const w = window.__open;
        const from = window.__bench.changeAt;
        const long = w.long.filter(([start]) => start >= from).map(([, d]) => d);
        return {
          from,
          now: performance.now(),
          longest: Math.max(0, ...long),
          over: long.filter((d) => d > ${LONG}).length,
          progress: w.progress,
          tiles: document.querySelectorAll('.tile-list button').length,
        };
      })()`)) as {
        from: number;
        now: number;
        longest: number;
        over: number;
        progress: boolean;
        tiles: number;
      };
      // The next visit opens it from storage: from navigation to the drawn frame.
      await page.reload();
      const again = (await page.evaluate(
        `window.__bench.watch(${JSON.stringify({ boards, workspace: name })}, 120000)`,
      )) as { ok: boolean; at: number };
      if (!again.ok) throw new Error(`${boards} boards were not drawn again within 120 s`);
      const reopened = (await page.evaluate(`(() => {
        const long = window.__open.long.map(([, d]) => d);
        return { longest: Math.max(0, ...long), over: long.filter((d) => d > ${LONG}).length };
      })()`)) as { longest: number; over: number };
      runs.push({
        boards,
        drawnMs: drawn.at - seen.from,
        storedMs: seen.now - seen.from,
        longestMs: seen.longest,
        over: seen.over,
        progress: seen.progress,
        tiles: seen.tiles,
        reopenedMs: again.at,
        reopenedLongestMs: reopened.longest,
        reopenedOver: reopened.over,
      });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en-GB')} ms`;
console.log(
  `\nOpening a landscape file (${REPS} runs each; production build, headless Chromium)\n`,
);
console.log(
  '| boards | drawn | stored, editable | longest task | tasks over 200 ms | progress shown | tiles | reopened: drawn | longest task | over 200 ms |',
);
console.log('|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|');
for (const r of runs)
  console.log(
    `| ${r.boards.toLocaleString('en-GB')} | ${ms(r.drawnMs)} | ${ms(r.storedMs)} | ${ms(r.longestMs)} | ${r.over} | ${r.progress ? 'yes' : 'no'} | ${r.tiles} | ${ms(r.reopenedMs)} | ${ms(r.reopenedLongestMs)} | ${r.reopenedOver} |`,
  );
