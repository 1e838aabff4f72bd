import type { Problem } from '../../model/problems';

/** Files larger than this are refused before they are read: 50 MB, as the issue sets. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;
/** Data rows (not counting the header) one file may hold. */
export const MAX_CSV_ROWS = 100_000;

const mb = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/**
 * A problem when a file of `bytes` bytes is over the limit, else undefined. The app and the CLI
 * call this with the file's size before reading its text, so a huge file is never loaded.
 */
export function sizeProblem(
  file: string,
  bytes: number,
  limit = MAX_CSV_BYTES,
): Problem | undefined {
  if (bytes <= limit) return undefined;
  return {
    record: file,
    field: '',
    message: `the file is ${mb(bytes)}, over the ${mb(limit)} limit; split it into smaller files`,
  };
}

/**
 * The UTF-8 size of `text`, counting only as far as needed to know it is over `limit`: the core
 * has no TextEncoder (it runs without DOM globals), and a loop is cheap next to parsing.
 */
export function utf8BytesUpTo(text: string, limit: number): number {
  // Every UTF-16 unit is at least one UTF-8 byte, so a long enough string is over at once.
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
