import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unzipCsvTexts } from '../../../src/core/io/zip-read';
import { crc32, zipTexts } from '../../../src/ui/io/zip-store';

/** A ZIP of deflated entries, as other tools write them, built by hand from the format. */
function deflatedZip(files: Record<string, string>): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const raw = new TextEncoder().encode(text);
    const packed = deflateRawSync(raw);
    const nameBytes = new TextEncoder().encode(name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, crc32(raw), true);
    local.setUint32(18, packed.length, true);
    local.setUint32(22, raw.length, true);
    local.setUint16(26, nameBytes.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(10, 8, true);
    entry.setUint32(16, crc32(raw), true);
    entry.setUint32(20, packed.length, true);
    entry.setUint32(24, raw.length, true);
    entry.setUint16(28, nameBytes.length, true);
    entry.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), nameBytes, packed);
    central.push(new Uint8Array(entry.buffer), nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const size = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, Object.keys(files).length, true);
  end.setUint16(10, Object.keys(files).length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('reading a ZIP of CSV files', () => {
  it("reads back what the app's own export writes", async () => {
    const files = { 'boards.csv': 'id,name\nb1,Bwrdd ŵ\n', 'memberships.csv': 'board\nb1\n' };
    const read = await unzipCsvTexts('bundle.zip', zipTexts(files));
    expect(read).toEqual({ ok: true, value: files });
  });

  it('reads deflated entries in a folder, as other tools write, leaving out what is not CSV', async () => {
    const read = await unzipCsvTexts(
      'lancs.zip',
      deflatedZip({
        'lancs/boards.csv': 'id,name\nb1,Lancashire CSP\n',
        'lancs/README.txt': 'not data',
        '__MACOSX/lancs/._boards.csv': 'junk',
      }),
    );
    expect(read).toEqual({ ok: true, value: { 'boards.csv': 'id,name\nb1,Lancashire CSP\n' } });
  });

  it('refuses, naming the archive, what is not a ZIP, holds no CSV, or unpacks too large', async () => {
    const notZip = await unzipCsvTexts(
      'x.zip',
      new TextEncoder().encode('id,name\n') as Uint8Array<ArrayBuffer>,
    );
    expect(notZip.ok || notZip.problems[0]).toMatchObject({
      record: 'x.zip',
      message: /not a ZIP/,
    });
    const none = await unzipCsvTexts('y.zip', deflatedZip({ 'a.txt': 'hello' }));
    expect(none.ok || none.problems[0]?.message).toMatch(/no \.csv files/);
    const big = await unzipCsvTexts('z.zip', deflatedZip({ 'boards.csv': 'x'.repeat(5000) }), 1000);
    expect(big.ok || big.problems[0]?.message).toMatch(/over the 1000 byte limit/);
  });
});
