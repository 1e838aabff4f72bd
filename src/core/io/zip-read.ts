import type { Problem, Result } from '../model/problems';
import { MAX_CSV_BYTES } from './csv/csv-limits';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const refuse = (file: string, message: string): Result<never> => ({
  ok: false,
  problems: [{ record: file, field: '', message } satisfies Problem],
});

/** Inflates raw DEFLATE data with the platform's own decompressor, stopping past `limit` bytes. */
async function inflate(data: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array> {
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) throw new RangeError('over the limit');
    chunks.push(chunk);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * The `.csv` files in a ZIP archive, by their own names (folders inside the archive are
 * ignored), as text. Reads what the app's own export writes (stored entries) and what other
 * tools write (deflated ones); refuses anything else, and any file over the CSV size limit,
 * with a message naming the archive.
 */
export async function unzipCsvTexts(
  file: string,
  bytes: Uint8Array<ArrayBuffer>,
  limit = MAX_CSV_BYTES,
): Promise<Result<Record<string, string>>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--)
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  if (end < 0) return refuse(file, 'this is not a ZIP archive the app can read');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const texts: Record<string, string> = {};
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      return refuse(file, 'the ZIP archive is damaged: its list of files cannot be read');
    const method = view.getUint16(at + 10, true);
    const packed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const path = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    const name = path.split('/').pop() ?? '';
    if (!/\.csv$/i.test(name) || path.startsWith('__MACOSX/') || name.startsWith('._')) continue;
    if (size > limit)
      return refuse(file, `${name} is ${size} bytes once unpacked, over the ${limit} byte limit`);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL)
      return refuse(file, `the ZIP archive is damaged at ${name}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + packed);
    let content: Uint8Array;
    try {
      if (method === STORED) content = data;
      else if (method === DEFLATED) content = await inflate(data, limit);
      else
        return refuse(file, `${name} is packed in a way the app cannot unpack (method ${method})`);
      texts[name] = decoder.decode(content);
    } catch (error) {
      return refuse(
        file,
        error instanceof RangeError
          ? `${name} is over the ${limit} byte limit once unpacked`
          : `${name} could not be unpacked as UTF-8 text`,
      );
    }
  }
  if (!Object.keys(texts).length) return refuse(file, 'the ZIP archive holds no .csv files');
  return { ok: true, value: texts };
}
