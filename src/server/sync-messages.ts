import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

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

/** True when `update` adds nothing to `doc`: a viewer's client repeating what it was sent. */
export function addsNothing(doc: Y.Doc, update: Uint8Array): boolean {
  return Y.snapshotContainsUpdate(Y.snapshot(doc), update);
}
