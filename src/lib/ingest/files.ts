/**
 * What a corpus file's name and size say before it is read: its kind, its article id, whether it
 * is rejected unread, and the order files are listed in. Kept apart from the pipeline so the CLI's
 * main thread (listing, merging, writing) does not load the parsers.
 */

/** Bigger files are not news articles (an export, a dump, a mis-saved binary). 1 MB = 10^6 bytes. */
export const MAX_FILE_BYTES = 10_000_000;
export const SUPPORTED_EXTENSIONS = ['.md', '.txt', '.html', '.htm'] as const;
export type FileKind = 'markdown' | 'text' | 'html';

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Article id = file name without its extension. */
export function articleIdOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export function kindOf(name: string): FileKind | undefined {
  switch (extensionOf(name)) {
    case '.md': return 'markdown';
    case '.txt': return 'text';
    case '.html': case '.htm': return 'html';
    default: return undefined;
  }
}

/**
 * Reasons to reject a file that need only its name and size, so callers (the CLI) can skip reading
 * a 2 GB video that someone left in the corpus folder.
 */
export function rejectionBeforeReading(name: string, size: number): string | undefined {
  if (!kindOf(name)) {
    const ext = extensionOf(name);
    return `unsupported file type (${ext || 'no extension'}; supported: ${SUPPORTED_EXTENSIONS.join(', ')})`;
  }
  if (size > MAX_FILE_BYTES) {
    return `file too large (${(size / 1e6).toFixed(1)} MB > ${MAX_FILE_BYTES / 1e6} MB limit)`;
  }
  return undefined;
}

export function duplicateReason(id: string, earlierFile: string): string {
  return `duplicate id '${id}' (also ${earlierFile})`;
}

/** Code-unit order of file names: the order articles and rejections are listed in. */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
