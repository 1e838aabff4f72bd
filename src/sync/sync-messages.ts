import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** The largest update either side accepts, in bytes: a whole 20,000-board workspace fits. */
export const MAX_UPDATE_BYTES = 64 * 1024 * 1024;

/** Hocuspocus message types and Yjs sync steps, as they travel (see the y-protocols). */
const SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** What one incoming message would change: the document update it carries, if any. */
export function updateIn(message: Uint8Array): Uint8Array | undefined {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  if (decoding.readVarUint(decoder) !== SYNC) return undefined;
  const step = decoding.readVarUint(decoder);
  if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return undefined;
  return decoding.readVarUint8Array(decoder);
}

/** Why an update must not be applied, or nothing when it reads as a Yjs update. */
export function refusalOf(update: Uint8Array, limit: number): string | undefined {
  if (update.byteLength > limit) return `update of ${update.byteLength} bytes is over ${limit}`;
  try {
    Y.decodeUpdate(update);
    return undefined;
  } catch (error) {
    return `malformed update (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** Why a whole message must not be applied: unreadable, or carrying a refused update. */
export function messageRefusal(message: Uint8Array, limit = MAX_UPDATE_BYTES): string | undefined {
  // A ping or a pong is one byte and names no document.
  if (message.length <= 1) return undefined;
  let carried: Uint8Array | undefined;
  try {
    carried = updateIn(message);
  } catch {
    return 'unreadable message';
  }
  return carried && refusalOf(carried, limit);
}
