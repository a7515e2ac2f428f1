/** One self-updating line on a terminal (files, MB, MB/s, ETA); silent when stderr is not a TTY. */
const MB = 1_000_000;

export class Progress {
  private files = 0;
  private bytes = 0;
  private lastDraw = 0;
  private readonly started = performance.now();

  constructor(
    private readonly totalFiles: number,
    private readonly totalBytes: number,
    private readonly stream: { isTTY?: boolean; write(text: string): unknown } = process.stderr,
  ) {}

  advance(files: number, bytes: number): void {
    this.files += files;
    this.bytes += bytes;
    const now = performance.now();
    if (now - this.lastDraw >= 200) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  done(): void {
    if (this.stream.isTTY) this.stream.write('\r\x1b[2K');
  }

  private draw(now: number): void {
    if (!this.stream.isTTY) return;
    const seconds = (now - this.started) / 1000;
    const rate = this.bytes / MB / Math.max(seconds, 1e-3);
    const eta = rate > 0 ? (this.totalBytes - this.bytes) / MB / rate : Infinity;
    this.stream.write(
      `\r\x1b[2K${this.files.toLocaleString('en')}/${this.totalFiles.toLocaleString('en')} files · ` +
        `${(this.bytes / MB).toFixed(1)}/${(this.totalBytes / MB).toFixed(1)} MB · ${rate.toFixed(1)} MB/s · ETA ${formatSeconds(eta)}`,
    );
  }
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  const whole = Math.round(s);
  return whole >= 60 ? `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s` : `${whole}s`;
}
