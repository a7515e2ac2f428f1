/**
 * Names of files picked in the page, dropped as a folder, or found inside a zip. A browser gives
 * folder entries as relative paths ("notes/a.md") and a zip may hold anything ("../../etc/x.md",
 * "C:\\x.md"): the path is only ever a label and an article id, never a place to write, but it is
 * normalised so an id cannot climb out of its folder or look like an absolute path.
 */

export interface EntryName {
  /** "/"-separated relative path without "", "." or ".." segments; "" when nothing is left. */
  path: string;
  /** A segment starts with "." (.DS_Store, .git/...) or is macOS's __MACOSX resource folder. */
  hidden: boolean;
}

export function normalizeEntryPath(raw: string): EntryName {
  const segments = raw.split(/[/\\]+/).filter((s) => s !== '' && s !== '.' && s !== '..');
  // A drive letter ("C:") at the start would make the label look absolute.
  if (segments.length > 0 && /^[A-Za-z]:$/.test(segments[0])) segments.shift();
  const hidden = segments.some((s) => s.startsWith('.') || s === '__MACOSX');
  return { path: segments.join('/'), hidden };
}

/** The last segment of a normalised path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
