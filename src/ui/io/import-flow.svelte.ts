import { MAX_CSV_BYTES, sizeProblem } from '../../core/io/csv/csv-limits';
import type { ReferenceGeography } from '../../core/io/csv/landscape-csv';
import { referenceGeography } from '../../core/io/csv/reference-geography';
import type { Problem, Result } from '../../core/model/problems';
import type { Landscape } from '../../core/model/types';
import { proposeWorkspaceName } from '../../core/io/import-name';
import type { Positions, Workspace } from '../../core/workspace/types';
import { createWorkspace } from '../../core/workspace/workspace';
import type { AppState } from '../../state/context';
import { loadEmbeddedSeed } from '../../state/embedded-seed';
import { pickFiles } from './pick-files';

/** A CSV bundle or graph file read and checked, waiting for the user to say where it goes. */
export interface PendingBundle {
  kind: 'csv' | 'graph';
  landscape: Landscape;
  warnings: Problem[];
  files: string[];
  /** Board positions a graph file carried; a CSV bundle has none. */
  positions?: Positions;
  /** The workspace name proposed: the file's name, with the date added if it is taken. */
  name: string;
}

/** The embedded Welsh geography, for bundles without `areas.csv` (as the CLI does). */
async function seedReference(): Promise<ReferenceGeography> {
  return referenceGeography((await loadEmbeddedSeed()).landscape);
}

/**
 * The text of each CSV file picked, by name. The .zip that the CSV export writes opens as it
 * is, without unzipping by hand; a zip that does not read is refused, naming it.
 */
async function csvTexts(files: readonly File[]): Promise<Result<Record<string, string>>> {
  const texts: Record<string, string> = {};
  for (const f of files) {
    if (/\.zip$/i.test(f.name)) {
      const { unzipCsvTexts } = await import('../../core/io/zip-read');
      const unzipped = await unzipCsvTexts(f.name, new Uint8Array(await f.arrayBuffer()));
      if (!unzipped.ok) return unzipped;
      Object.assign(texts, unzipped.value);
    } else texts[f.name] = await f.text();
  }
  return { ok: true, value: texts };
}

const now = () => new Date().toISOString();
const today = () => now().slice(0, 10);

/**
 * Importing a workspace file or a CSV bundle. Files are checked whole before anything changes:
 * a refused file leaves the open workspace as it was and lists every problem in the notice; a
 * bundle that reads cleanly waits in `pending` until the user opens it as a new workspace or,
 * after confirming, puts it in place of the current landscape (one edit, so undo restores it).
 */
export class ImportFlow {
  pending = $state.raw<PendingBundle | null>(null);
  busy = $state(false);

  readonly #app: Pick<AppState, 'session' | 'selection' | 'scenario' | 'i18n'>;

  constructor(app: Pick<AppState, 'session' | 'selection' | 'scenario' | 'i18n'>) {
    this.#app = app;
  }

  async pickWorkspace(): Promise<void> {
    const [file] = await pickFiles('.json,application/json');
    if (file) await this.readWorkspace(file);
  }

  async pickGraph(): Promise<void> {
    const [file] = await pickFiles('.gexf,.graphml,application/xml,text/xml');
    if (file) await this.readGraph(file);
  }

  async pickCsv(): Promise<void> {
    const files = await pickFiles('.csv,text/csv,.zip,application/zip', true);
    if (files.length) await this.readCsv(files);
  }

  async readWorkspace(file: File): Promise<void> {
    const { session } = this.#app;
    const tooBig = sizeProblem(file.name, file.size, MAX_CSV_BYTES);
    const read: Result<Workspace> = tooBig
      ? { ok: false, problems: [tooBig] }
      : (await import('../../core/io/workspace-file')).importWorkspace(
          await file.text(),
          file.name,
        );
    if (!read.ok) {
      session.notice = {
        tone: 'error',
        key: 'import.workspaceRefused',
        params: { file: file.name, count: read.problems.length },
        problems: read.problems,
        file: tooBig ? undefined : file.name,
      };
      return;
    }
    // Its own name if free, else with the date: never a second workspace of the same name.
    const name = this.#freeName(read.value.name);
    // Said to be open only once it is stored; a refusal has already been said by the session.
    if (!(await session.openWorkspace({ ...read.value, name }))) return;
    this.#showBaseline();
    session.notice = {
      tone: 'info',
      key: 'import.workspaceOpened',
      params: { file: file.name, name },
    };
  }

  async readCsv(files: readonly File[]): Promise<void> {
    const { i18n } = this.#app;
    this.pending = null;
    // Sizes first: a file over the limit is refused before any file is read.
    const tooBig = files.flatMap((f) => sizeProblem(f.name, f.size) ?? []);
    if (tooBig.length) return this.#refuseCsv(tooBig, []);
    this.busy = true;
    try {
      const read = await csvTexts(files);
      if (!read.ok) return this.#refuseCsv(read.problems, []);
      const texts = read.value;
      // The spreadsheet reader comes with the first bundle read, not with the first download.
      const { importCsvBundle } = await import('../../core/io/csv/landscape-csv');
      const result = importCsvBundle(texts, {
        reference: await seedReference(),
        defaults: { title: i18n.t('import.defaultTitle'), asAt: today() },
      });
      if (!result.ok) return this.#refuseCsv(result.problems, result.warnings);
      // Loose files are named boards.csv and the like: the landscape's title names it better.
      this.pending = {
        kind: 'csv',
        landscape: result.value,
        warnings: result.warnings,
        files: files.map((f) => f.name),
        name: this.#freeName(result.value.title),
      };
    } finally {
      this.busy = false;
    }
  }

  /**
   * Opens a new workspace with no boards, on the Welsh reference geography or on the areas (and
   * region systems) in `files`: areas.csv with regions.csv and region_systems.csv, loose or in a
   * zip. Files that do not read are refused with every problem, and nothing changes.
   */
  async newEmpty(wanted: string, files: readonly File[]): Promise<boolean> {
    const { session } = this.#app;
    const tooBig = files.flatMap((f) => sizeProblem(f.name, f.size) ?? []);
    if (tooBig.length) return (this.#refuseCsv(tooBig, []), false);
    this.busy = true;
    try {
      const read = await csvTexts(files);
      if (!read.ok) return (this.#refuseCsv(read.problems, []), false);
      const texts = read.value;
      const { emptyLandscape } = await import('../../core/io/csv/empty-landscape');
      const name = this.#freeName(wanted);
      const made = emptyLandscape(texts, {
        ...(files.length ? {} : { reference: await seedReference() }),
        defaults: { title: name, asAt: today() },
      });
      if (!made.ok) return (this.#refuseCsv(made.problems, made.warnings), false);
      if (!(await session.openLandscape(name, made.value))) return false;
      this.#showBaseline();
      session.notice = { tone: 'info', key: 'workspace.emptyOpened', params: { name } };
      return true;
    } finally {
      this.busy = false;
    }
  }

  /** Reads a GEXF or GraphML file; like a bundle, it waits in `pending` for the user. */
  async readGraph(file: File): Promise<void> {
    const { session, i18n } = this.#app;
    this.pending = null;
    const tooBig = sizeProblem(file.name, file.size, MAX_CSV_BYTES);
    if (tooBig) return this.#refuse('graphFile.refused', [tooBig], [], file.name);
    this.busy = true;
    try {
      const text = await file.text();
      const graphml = file.name.toLowerCase().endsWith('.graphml');
      const options = { reference: await seedReference(), defaults: { asAt: today() } };
      // The graph libraries come with the first graph file read.
      const result = graphml
        ? (await import('../../core/io/graph/graphml')).readGraphml(text, file.name, options)
        : (await import('../../core/io/graph/gexf')).readGexf(text, file.name, options);
      if (!result.ok)
        return this.#refuse('graphFile.refused', result.problems, result.warnings, file.name);
      const landscape = result.landscape.title
        ? result.landscape
        : { ...result.landscape, title: i18n.t('import.defaultTitle') };
      this.pending = {
        kind: 'graph',
        landscape,
        warnings: result.warnings,
        files: [file.name],
        positions: result.positions,
        name: proposeWorkspaceName(
          file.name,
          session.workspaces.map((w) => w.name),
          today(),
          i18n.t('import.defaultTitle'),
        ),
      };
    } finally {
      this.busy = false;
    }
  }

  async openAsNew(wanted: string): Promise<void> {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    const name = this.#freeName(wanted);
    const opened =
      pending.positions && Object.keys(pending.positions).length
        ? await this.#app.session.openWorkspace(
            createWorkspace({
              id: crypto.randomUUID(),
              name,
              landscape: pending.landscape,
              positions: pending.positions,
              now: now(),
            }),
          )
        : await this.#app.session.openLandscape(name, pending.landscape);
    if (!opened) return;
    this.#showBaseline();
    this.#app.session.notice = { tone: 'info', key: 'import.csvOpened', params: { name } };
  }

  replaceCurrent(): void {
    const pending = this.pending;
    const { session } = this.#app;
    if (!pending || !session.workspace) return;
    this.pending = null;
    const name = session.workspace.name;
    if (session.replaceLandscape(pending.landscape)) {
      this.#showBaseline();
      session.notice = { tone: 'info', key: 'import.csvReplaced', params: { name } };
    }
  }

  cancel(): void {
    this.pending = null;
  }

  #refuseCsv(problems: Problem[], warnings: Problem[]): void {
    this.#refuse('import.csvRefused', problems, warnings);
  }

  #refuse(
    key: 'import.csvRefused' | 'graphFile.refused',
    problems: Problem[],
    warnings: Problem[],
    file?: string,
  ): void {
    const { session, i18n } = this.#app;
    const warning = i18n.t('import.warning');
    session.notice = {
      tone: 'error',
      key,
      params: { count: problems.length, file: file ?? '' },
      problems: [
        ...problems,
        ...warnings.map((w) => ({ ...w, message: `${warning}: ${w.message}` })),
      ],
      file,
    };
  }

  /** A name no workspace has yet: the one given, or it with today's date. */
  #freeName(name: string): string {
    const taken = this.#app.session.workspaces.map((w) => w.name);
    return proposeWorkspaceName(name, taken, today(), this.#app.i18n.t('import.defaultTitle'));
  }

  /** An imported landscape is seen as it is: no old board chosen, no scenario applied. */
  #showBaseline(): void {
    this.#app.selection.select(null);
    this.#app.scenario.activeId = null;
  }
}
