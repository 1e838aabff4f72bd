import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { checkXml } from '../fixtures/xml-check';

const tmp = () => mkdtempSync(join(tmpdir(), 'tirwedd-svg-'));
const SEED = 'data/landscape.json';

describe('tirwedd convert and validate with a CSV folder', () => {
  it('converts JSON to a CSV folder and back without loss', async () => {
    const dir = tmp();
    expect((await runCli('convert', SEED, join(dir, 'bundle'))).code).toBe(0);
    expect(readdirSync(join(dir, 'bundle'))).toContain('boards.csv');
    const v = await runCli('validate', join(dir, 'bundle'));
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/valid \(121 boards/);
    expect((await runCli('convert', join(dir, 'bundle'), join(dir, 'back.json'))).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8'))).toStrictEqual(
      JSON.parse(readFileSync(SEED, 'utf8')),
    );
  });

  it('reports a broken CSV folder with file, row and column', async () => {
    const dir = tmp();
    await runCli('convert', SEED, dir);
    const boards = readFileSync(join(dir, 'boards.csv'), 'utf8');
    writeFileSync(join(dir, 'boards.csv'), boards.replace(',national,', ',county,'));
    const r = await runCli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /boards.csv, row 2 › column D \(level\): "county" is not allowed; expected one of: national/,
    );
  });
});

describe('tirwedd export-svg', () => {
  it('gives the same bytes from JSON twice and from the CSV folder', async () => {
    const dir = tmp();
    await runCli('convert', SEED, join(dir, 'bundle'));
    for (const [input, out] of [
      [SEED, 'a.svg'],
      [SEED, 'b.svg'],
      [join(dir, 'bundle'), 'c.svg'],
    ])
      expect((await runCli('export-svg', input!, '-o', join(dir, out!))).code).toBe(0);
    const a = readFileSync(join(dir, 'a.svg'), 'utf8');
    expect(readFileSync(join(dir, 'b.svg'), 'utf8')).toBe(a);
    expect(readFileSync(join(dir, 'c.svg'), 'utf8')).toBe(a);
    expect(checkXml(a).problems).toEqual([]);
  });

  it('draws one police region in Welsh', async () => {
    const r = await runCli('export-svg', SEED, '--region', 'North Wales', '--lang', 'cy');
    expect(r.code).toBe(0);
    expect(r.out).toContain('xml:lang="cy"');
    expect(r.out).toContain('Gogledd Cymru');
    expect(r.out).not.toContain('Gwent Police and Crime Panel');
    expect(checkXml(r.out).problems).toEqual([]);
  });

  it('draws the map, a scenario and a comparison', async () => {
    for (const args of [
      ['--view', 'map'],
      ['--scenario', 'north-wales-nine-to-four'],
      ['--scenario', 'north-wales-nine-to-four', '--view', 'compare', '--region', 'North Wales'],
    ]) {
      const r = await runCli('export-svg', SEED, ...args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(checkXml(r.out).problems).toEqual([]);
    }
  });

  it('draws the scenario it is asked for, in the graph and in the map', async () => {
    const baseline = await runCli('export-svg', SEED, '--region', 'North Wales');
    const scenario = await runCli(
      'export-svg',
      SEED,
      '--region',
      'North Wales',
      '--scenario',
      'north-wales-nine-to-four',
    );
    expect(scenario.code).toBe(0);
    // The four new boards are drawn, with the scenario named in the title and the caption.
    expect(baseline.out).not.toContain('North Wales Vulnerability and Exploitation Board');
    expect(scenario.out).toContain('North Wales Vulnerability and Exploitation Board');
    expect(scenario.out).toContain('Scenario: North Wales: nine regional boards to four');
    const map = await runCli('export-svg', SEED, '--view', 'map', '--measure', 'boards');
    const mapScenario = await runCli(
      'export-svg',
      SEED,
      '--view',
      'map',
      '--measure',
      'boards',
      '--scenario',
      'north-wales-nine-to-four',
    );
    // Merging nine North Wales boards into four lowers the count over Anglesey.
    const desc = (svg: string) => /<desc[^>]*>([^<]*)</.exec(svg)?.[1] ?? '';
    expect(desc(map.out)).toMatch(/the highest is 28, in Isle of Anglesey/);
    expect(desc(mapScenario.out)).toMatch(/the highest is 28, in Newport\./);
    expect(mapScenario.out).toContain(
      'Local authorities of Wales: North Wales: nine regional boards to four',
    );
  });

  it('states the headline changes of a comparison, drawn for the regions it touches', async () => {
    const r = await runCli(
      'export-svg',
      SEED,
      '--view',
      'compare',
      '--scenario',
      'north-wales-nine-to-four',
    );
    expect(r.code).toBe(0);
    const title = /<title id="tw-compare-title">([^<]*)</.exec(r.out)?.[1];
    expect(title).toBe('North Wales: 19 boards that meet become 14');
    expect(r.out).toContain(
      'Boards that meet: 19 → 14; seats −43; seat-hours −344 a year; duplications 11 → 4',
    );
    // Only North Wales is drawn: no Gwent board on either side.
    expect(r.out).not.toContain('Gwent Police and Crime Panel');
    const all = await runCli(
      'export-svg',
      SEED,
      '--view',
      'compare',
      '--scenario',
      'north-wales-nine-to-four',
      '--scope',
      'all',
    );
    expect(all.out).toContain('Gwent Police and Crime Panel');
  });

  it('saves the data behind a comparison as CSV beside the figure', async () => {
    const dir = tmp();
    const r = await runCli(
      'export-svg',
      SEED,
      '--view',
      'compare',
      '--scenario',
      'north-wales-nine-to-four',
      '--csv',
      join(dir, 'data.csv'),
      '-o',
      join(dir, 'figure.svg'),
    );
    expect(r.code).toBe(0);
    const csv = readFileSync(join(dir, 'data.csv'), 'utf8');
    expect(csv).toContain('measure,baseline,scenario,change\r\n');
    expect(csv).toContain('meeting_boards,19,14,-5\r\n');
    expect(csv).toContain('duplications,11,4,-7\r\n');
    expect(csv).toMatch(/seats,\d+,\d+,-43\r\n/);
  });

  it('refuses bad usage with exit 2', async () => {
    expect((await runCli('export-svg', SEED, '--view', 'pie')).code).toBe(2);
    expect((await runCli('export-svg', SEED, '--region', 'Atlantis')).err).toMatch(
      /expected one of: North Wales/,
    );
    expect((await runCli('export-svg', SEED, '--scenario', 'nope')).code).toBe(2);
    expect((await runCli('export-svg', SEED, '--view', 'compare')).code).toBe(2);
    expect((await runCli('export-svg', SEED, '--measure', 'hours')).err).toMatch(/map only/);
    expect((await runCli('export-svg', SEED, '--board', 'nope')).err).toMatch(/Unknown board/);
    expect((await runCli('export-svg', SEED, '--view', 'map', '--measure', 'x')).code).toBe(2);
  });
});

describe('tirwedd export-svg for a page, with an overlay, and the new figures', () => {
  it('sets a figure on the preset asked for, at its paper size', async () => {
    const r = await runCli(
      'export-svg',
      SEED,
      '--region',
      'North Wales',
      '--preset',
      'a4-landscape',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<svg [^>]*viewBox="0 0 841.89 595.28" width="297mm" height="210mm"/);
    expect(checkXml(r.out).problems).toEqual([]);
  });

  it('refuses a figure too big for its page, saying how much room it needed', async () => {
    const r = await runCli('export-svg', SEED, '--preset', 'a4-portrait');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(
      /does not fit the a4-portrait page at its type sizes: it needs \d+ × \d+ pt/,
    );
  });

  it('links flagged pairs when asked, and draws the meeting load and who sits where', async () => {
    const plain = await runCli('export-svg', SEED, '--region', 'Dyfed-Powys');
    const overlaid = await runCli(
      'export-svg',
      SEED,
      '--region',
      'Dyfed-Powys',
      '--overlay',
      'duplication',
    );
    expect(plain.out).not.toContain('tw-duplication');
    expect(overlaid.out).toContain('tw-duplication');
    const load = await runCli('export-svg', SEED, '--view', 'load', '--preset', 'slide');
    expect(load.code).toBe(0);
    expect(load.out).toContain('width="960pt" height="540pt"');
    expect(checkXml(load.out).texts).toContain('National Probation Service (Wales)');
    const themes = await runCli('export-svg', SEED, '--view', 'matrix', '--axis', 'themes');
    const boards = await runCli('export-svg', SEED, '--view', 'matrix');
    expect(themes.code).toBe(0);
    expect(themes.out).not.toBe(boards.out);
    expect(checkXml(themes.out).problems).toEqual([]);
  });

  it('refuses options a figure does not take, or values it does not know', async () => {
    expect((await runCli('export-svg', SEED, '--preset', 'a5')).err).toMatch(/Unknown preset "a5"/);
    expect(
      (await runCli('export-svg', SEED, '--view', 'map', '--overlay', 'duplication')).err,
    ).toMatch(/--overlay applies to --view graph only/);
    expect((await runCli('export-svg', SEED, '--axis', 'themes')).err).toMatch(
      /--axis applies to --view matrix only/,
    );
    expect((await runCli('export-svg', SEED, '--view', 'matrix', '--axis', 'x')).code).toBe(2);
  });
});

describe('tirwedd export-svg of a workspace with moved map tiles', () => {
  it('draws the tiles where the user moved them, as the app does', async () => {
    const { createWorkspace } = await import('../../src/core/workspace/workspace');
    const { exportWorkspace } = await import('../../src/core/io/workspace-file');
    const { FIGURES } = await import('../../src/figures/registry');
    const { seedLandscape } = await import('../fixtures/seed');
    const landscape = seedLandscape();
    const plain = createWorkspace({ id: 'w', name: 'W', landscape, now: '2026-12-04T00:00:00Z' });
    const tileNudges = [{ code: landscape.areas[0]!.code, col: 9, row: 9 }];
    const dir = tmp();
    writeFileSync(join(dir, 'plain.json'), exportWorkspace(plain));
    writeFileSync(join(dir, 'moved.json'), exportWorkspace({ ...plain, tileNudges }));
    const map = async (file: string) =>
      (await runCli('export-svg', join(dir, file), '--view', 'map', '-o', join(dir, `${file}.svg`)))
        .code === 0 && readFileSync(join(dir, `${file}.svg`), 'utf8');
    const moved = await map('moved.json');
    expect(moved).not.toBe(await map('plain.json'));
    const inApp = FIGURES.map.render(
      { baseline: landscape, positions: {}, lang: 'en', tileNudges },
      { scope: { kind: 'all' } },
    );
    expect(moved).toBe(inApp.svg);
  });
});
