import type { Workspace } from '../../core/workspace/types';
import { downloadText, fileSlug } from './download';

/** Saves the workspace as its `.tirwedd.json` file; returns the file's name. */
export async function downloadWorkspace(workspace: Workspace): Promise<string> {
  // Loaded on first use, with the checks the file format brings: most visits never export.
  const { exportWorkspace, WORKSPACE_FILE_EXTENSION } =
    await import('../../core/io/workspace-file');
  const file = `${fileSlug(workspace.name)}${WORKSPACE_FILE_EXTENSION}`;
  downloadText(exportWorkspace(workspace), file, 'application/json');
  return file;
}
