import * as Y from 'yjs';
import type { Landscape } from '../core/model/types';
import type { Positions, WorkspaceContent } from '../core/workspace/types';
import {
  CODECS,
  LANDSCAPE_FIELDS,
  LANDSCAPE_LISTS,
  LIST_NAMES,
  listOf,
  ORDER,
  type ListCodec,
  type ListName,
  type WholeEntry,
} from './collections';

type Obj = Record<string, unknown>;
interface Entry {
  key: string;
  order: number;
  value: unknown;
}

const before = (a: Entry, b: Entry) =>
  a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Where `entry` goes in a sorted list, by binary search. */
function placeOf(list: readonly Entry[], entry: Entry): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(list[mid]!, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One list of the document, read into plain records and kept up to date record by record. */
class ListView {
  entries: Entry[] = [];
  values: readonly unknown[] = [];
  readonly #byKey = new Map<string, Entry>();

  constructor(
    readonly map: Y.Map<Y.Map<unknown>>,
    readonly codec: ListCodec,
    known?: readonly unknown[],
  ) {
    if (known) {
      // Indexed on the first change, not now: a file of 20,000 boards is on screen meanwhile.
      this.#known = known;
      this.values = known;
      return;
    }
    for (const key of map.keys()) {
      const entry = this.#read(key);
      if (entry) this.#byKey.set(key, entry);
    }
    this.entries = [...this.#byKey.values()].sort(before);
    this.values = this.entries.map((e) => e.value);
  }

  #read(key: string): Entry | undefined {
    const record = this.map.get(key) as unknown;
    if (Array.isArray(record)) {
      const [order, fields] = record as WholeEntry;
      return { key, order, value: this.codec.fromFields(fields) };
    }
    if (!(record instanceof Y.Map)) return undefined;
    const fields: Obj = {};
    let order = 0;
    for (const [field, value] of record.entries()) {
      if (field === ORDER) order = typeof value === 'number' ? value : 0;
      else fields[field] = value instanceof Y.Array ? value.toArray() : value;
    }
    return { key, order, value: this.codec.fromFields(fields) };
  }

  /** Records taken as read, not yet indexed by key. */
  #known: readonly unknown[] | undefined;

  /** Re-reads the records under `keys`; every other record keeps its object. */
  refresh(keys: ReadonlySet<string>): void {
    if (this.#known) {
      // Written afresh from this list, the records' order keys are their places in it.
      this.entries = this.#known.map((value, order) => ({
        key: this.codec.key(value),
        order,
        value,
      }));
      for (const entry of this.entries) this.#byKey.set(entry.key, entry);
      this.#known = undefined;
    }
    if (keys.size > 64) {
      for (const key of keys) {
        const entry = this.#read(key);
        if (entry) this.#byKey.set(key, entry);
        else this.#byKey.delete(key);
      }
      this.entries = [...this.#byKey.values()].sort(before);
    } else {
      const entries = [...this.entries];
      for (const key of keys) {
        const old = this.#byKey.get(key);
        if (old) entries.splice(placeOf(entries, old), 1);
        const entry = this.#read(key);
        if (entry) {
          this.#byKey.set(key, entry);
          entries.splice(placeOf(entries, entry), 0, entry);
        } else this.#byKey.delete(key);
      }
      this.entries = entries;
    }
    this.values = this.entries.map((e) => e.value);
  }
}

/**
 * The workspace content the document holds, as the core's plain data. It is read once, then
 * kept up to date from each transaction's changes: only the records a transaction touched are
 * read again, and every other record keeps its object, so a 5,000-board workspace is not
 * rebuilt on every edit and the analyses can tell what changed by identity.
 */
export class DocumentView {
  readonly #doc: Y.Doc;
  readonly #lists = new Map<ListName, ListView>();
  #content: WorkspaceContent;
  #dirty = new Map<ListName, Set<string>>();
  #metaDirty = false;
  #positionsDirty = false;

  /**
   * `known` is the content the document was just written from, whole and afresh, by this tab:
   * it is taken as read, so the page keeps the objects it already shows.
   */
  constructor(doc: Y.Doc, known?: WorkspaceContent) {
    this.#doc = doc;
    for (const name of LIST_NAMES) {
      const map = doc.getMap<Y.Map<unknown>>(name);
      this.#lists.set(name, new ListView(map, CODECS[name], known && listOf(known, name)));
      map.observeDeep((events) => {
        const keys = this.#dirty.get(name) ?? new Set<string>();
        for (const event of events) {
          if (event.target === map)
            for (const key of (event as Y.YMapEvent<unknown>).keysChanged) keys.add(key);
          else if (typeof event.path[0] === 'string') keys.add(event.path[0]);
        }
        this.#dirty.set(name, keys);
      });
    }
    doc.getMap('meta').observe(() => (this.#metaDirty = true));
    doc.getMap('positions').observe(() => (this.#positionsDirty = true));
    this.#content = known ?? this.#build(true);
  }

  /** The content as of the last transaction. */
  get content(): WorkspaceContent {
    if (this.#dirty.size || this.#metaDirty || this.#positionsDirty)
      this.#content = this.#build(false);
    return this.#content;
  }

  #build(first: boolean): WorkspaceContent {
    for (const [name, keys] of this.#dirty) this.#lists.get(name)!.refresh(keys);
    const changed = new Set(this.#dirty.keys());
    this.#dirty = new Map();
    const list = (name: ListName) => this.#lists.get(name)!.values;
    const old = first ? undefined : this.#content;
    const landscapeChanged =
      first || this.#metaDirty || LANDSCAPE_LISTS.some((name) => changed.has(name));
    const meta = this.#doc.getMap('meta');
    const landscape = landscapeChanged
      ? ({
          ...Object.fromEntries(LANDSCAPE_FIELDS.map((f) => [f, meta.get(f)])),
          ...Object.fromEntries(LANDSCAPE_LISTS.map((name) => [name, list(name)])),
        } as unknown as Landscape)
      : old!.landscape;
    const positions =
      first || this.#positionsDirty
        ? (this.#doc.getMap('positions').toJSON() as Positions)
        : old!.positions;
    this.#metaDirty = false;
    this.#positionsDirty = false;
    return {
      landscape,
      positions,
      scenarios: list('scenarios') as WorkspaceContent['scenarios'],
      tracker: list('tracker') as WorkspaceContent['tracker'],
      ignoredDuplications: list('ignoredDuplications') as WorkspaceContent['ignoredDuplications'],
      pinned: list('pinned') as WorkspaceContent['pinned'],
      tileNudges: list('tileNudges') as WorkspaceContent['tileNudges'],
    };
  }
}

/** The content of a document read whole, for a stored version or a one-off read. */
export function readDocument(doc: Y.Doc): WorkspaceContent {
  return new DocumentView(doc).content;
}
