/** Progress of an import as the page shows it: files, megabytes, rate and time left. */

/** How far an import is: files done of all files read, bytes done of the bytes to ingest. */
export interface ImportProgress {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
}

export interface ProgressFigures {
  /** 0..1, by bytes when there are any (files differ in size), else by files. */
  fraction: number;
  /** Megabytes per second since the start; undefined until there is something to measure. */
  mbPerSecond?: number;
  /** Seconds left at the rate so far. */
  secondsLeft?: number;
}

const MB = 1e6;

export function progressFigures(progress: ImportProgress, elapsedSeconds: number): ProgressFigures {
  const { bytesDone, bytesTotal, filesDone, filesTotal } = progress;
  const fraction = bytesTotal > 0 ? bytesDone / bytesTotal : filesTotal > 0 ? filesDone / filesTotal : 1;
  if (elapsedSeconds <= 0 || bytesDone <= 0) return { fraction };
  const rate = bytesDone / elapsedSeconds;
  return { fraction, mbPerSecond: rate / MB, secondsLeft: Math.max(0, (bytesTotal - bytesDone) / rate) };
}

/** "3.2 MB", "850 kB". */
export function formatBytes(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.max(0, Math.round(bytes / 1000))} kB`;
}

/** "about 12 s", "about 3 min". */
export function formatSecondsLeft(seconds: number): string {
  return seconds < 90 ? `about ${Math.max(1, Math.round(seconds))} s` : `about ${Math.round(seconds / 60)} min`;
}
