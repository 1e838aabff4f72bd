import { exportWorkspace, WORKSPACE_FILE_EXTENSION } from '../../core/io/workspace-file';
import type { Workspace } from '../../core/workspace/types';
import { downloadText, fileSlug } from './download';

/** Saves the workspace as its `.tirwedd.json` file; returns the file's name. */
export function downloadWorkspace(workspace: Workspace): string {
  const file = `${fileSlug(workspace.name)}${WORKSPACE_FILE_EXTENSION}`;
  downloadText(exportWorkspace(workspace), file, 'application/json');
  return file;
}
