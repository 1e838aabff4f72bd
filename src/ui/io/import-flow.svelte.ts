import { MAX_CSV_BYTES, sizeProblem } from '../../core/io/csv/csv-limits';
import type { ReferenceGeography } from '../../core/io/csv/landscape-csv';
import { referenceGeography } from '../../core/io/csv/reference-geography';
import { importWorkspace } from '../../core/io/workspace-file';
import type { Problem, Result } from '../../core/model/problems';
import type { Landscape } from '../../core/model/types';
import type { Workspace } from '../../core/workspace/types';
import type { AppState } from '../../state/context';
import { loadEmbeddedSeed } from '../../state/embedded-seed';
import { pickFiles } from './pick-files';

/** A CSV bundle read and checked, waiting for the user to say where it goes. */
export interface PendingBundle {
  landscape: Landscape;
  warnings: Problem[];
  files: string[];
}

/** The embedded Welsh geography, for bundles without `areas.csv` (as the CLI does). */
async function seedReference(): Promise<ReferenceGeography> {
  return referenceGeography((await loadEmbeddedSeed()).landscape);
}

const today = () => new Date().toISOString().slice(0, 10);

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

  async pickCsv(): Promise<void> {
    const files = await pickFiles('.csv,text/csv', true);
    if (files.length) await this.readCsv(files);
  }

  async readWorkspace(file: File): Promise<void> {
    const { session } = this.#app;
    const tooBig = sizeProblem(file.name, file.size, MAX_CSV_BYTES);
    const read: Result<Workspace> = tooBig
      ? { ok: false, problems: [tooBig] }
      : importWorkspace(await file.text(), file.name);
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
    // Said to be open only once it is stored; a refusal has already been said by the session.
    if (!(await session.openWorkspace(read.value))) return;
    this.#showBaseline();
    session.notice = {
      tone: 'info',
      key: 'import.workspaceOpened',
      params: { file: file.name, name: read.value.name },
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
      const texts: Record<string, string> = {};
      for (const f of files) texts[f.name] = await f.text();
      // The spreadsheet reader comes with the first bundle read, not with the first download.
      const { importCsvBundle } = await import('../../core/io/csv/landscape-csv');
      const result = importCsvBundle(texts, {
        reference: await seedReference(),
        defaults: { title: i18n.t('import.defaultTitle'), asAt: today() },
      });
      if (!result.ok) return this.#refuseCsv(result.problems, result.warnings);
      this.pending = {
        landscape: result.value,
        warnings: result.warnings,
        files: files.map((f) => f.name),
      };
    } finally {
      this.busy = false;
    }
  }

  async openAsNew(name: string): Promise<void> {
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    if (!(await this.#app.session.openLandscape(name, pending.landscape))) return;
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
    const { session, i18n } = this.#app;
    const warning = i18n.t('import.warning');
    session.notice = {
      tone: 'error',
      key: 'import.csvRefused',
      params: { count: problems.length },
      problems: [
        ...problems,
        ...warnings.map((w) => ({ ...w, message: `${warning}: ${w.message}` })),
      ],
    };
  }

  /** An imported landscape is seen as it is: no old board chosen, no scenario applied. */
  #showBaseline(): void {
    this.#app.selection.select(null);
    this.#app.scenario.activeId = null;
  }
}
