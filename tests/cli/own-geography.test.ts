import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH_BUNDLE_DIR } from '../fixtures/english-bundle';
import { runCli, SEED_FILE, tempFile } from '../support/cli';

describe('the CLI on a landscape with its own geography', () => {
  it('validates, analyses and checks footprints of an English CSV bundle', async () => {
    const v = await runCli('validate', ENGLISH_BUNDLE_DIR);
    expect(v.code).toBe(0);
    expect(v.out).toContain('valid (8 boards, 8 organisations, 20 memberships)');
    const a = await runCli('analyse', ENGLISH_BUNDLE_DIR);
    expect(a.code).toBe(0);
    expect(a.out).toContain('Burnley Community Safety Forum → Lancashire Community Safety Board');
    const f = await runCli('footprints', ENGLISH_BUNDLE_DIR);
    expect(f.code).toBe(0);
    expect(f.out).toContain('inside Lancashire');
  });
});

describe('CLI messages', () => {
  it('names the file once, and says "1 problem"', async () => {
    const file = tempFile('landscape.json', '{ "format": ');
    const r = await runCli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')[0]).toMatch(/^\S+landscape\.json: the JSON ends too early/);
    expect(r.err).not.toMatch(/landscape\.json › \S*landscape\.json/);
    expect(r.err).toMatch(/: 1 problem$/);
  });

  it('refuses a JSON file over the size limit before reading it', async () => {
    const file = tempFile('huge.json', '{}');
    truncateSync(file, 60 * 1024 * 1024);
    const r = await runCli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('the file is 60 MB, over the 50 MB limit');
  });

  it('reads a UTF-16 landscape as the UTF-8 one', async () => {
    const text = readFileSync(SEED_FILE, 'utf8');
    const file = tempFile('utf16.json', '');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const r = await runCli('validate', file);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('tirwedd convert with graph files', () => {
  it('goes from a CSV folder to GEXF, to GraphML and back to JSON without loss', async () => {
    const gexf = tempFile('l.gexf', '');
    const graphml = gexf.replace(/l\.gexf$/, 'l.graphml');
    const json = gexf.replace(/l\.gexf$/, 'l.json');
    const original = tempFile('original.json', '');
    expect((await runCli('convert', ENGLISH_BUNDLE_DIR, original)).code).toBe(0);
    expect((await runCli('convert', original, gexf)).out).toContain(
      '8 boards, 8 organisations, 6 relations, 20 memberships as edges',
    );
    expect(readFileSync(gexf, 'utf8')).toContain('<gexf');
    expect((await runCli('convert', gexf, graphml)).code).toBe(0);
    expect(readFileSync(graphml, 'utf8')).toContain('<graphml');
    expect((await runCli('convert', graphml, json)).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toStrictEqual(
      JSON.parse(readFileSync(original, 'utf8')),
    );
  });

  it('refuses a GEXF with an edge to a missing node, naming the edge', async () => {
    const file = tempFile(
      'bad.gexf',
      '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>',
    );
    const r = await runCli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('bad.gexf › edge 1 (a → b) › target: no node has the id "b"');
    expect(r.err).not.toMatch(/bad\.gexf › \S*bad\.gexf/);
  });
});
