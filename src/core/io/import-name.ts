const ENDINGS = /(\.tirwedd)?\.(json|gexf|graphml|zip|csv)$/i;

/**
 * The name proposed for a workspace made by an import: the file's name without its ending,
 * with the date added when a workspace already has that name (and a number after the date
 * when that is taken too), so an import never makes a second workspace of the same name.
 * Names are compared without regard to case or surrounding spaces, as a reader would.
 */
export function proposeWorkspaceName(
  fileName: string,
  taken: readonly string[],
  today: string,
  fallback = 'Imported landscape',
): string {
  const base = fileName.replace(ENDINGS, '').replace(/[_]+/g, ' ').trim() || fallback;
  const names = new Set(taken.map((n) => n.trim().toLowerCase()));
  const free = (name: string) => !names.has(name.toLowerCase());
  if (free(base)) return base;
  if (free(`${base} (${today})`)) return `${base} (${today})`;
  for (let n = 2; ; n++) if (free(`${base} (${today}, ${n})`)) return `${base} (${today}, ${n})`;
}
