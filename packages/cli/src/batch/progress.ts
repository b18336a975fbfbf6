/**
 * Progress on stderr: a redrawn bar on a terminal, a plain line every few seconds otherwise,
 * nothing with --quiet. Failure lines go through {@link Progress.line} so they never tear the bar.
 * @example const p = new Progress(process.stderr, 200, false); p.tick(false); p.end()
 */
export class Progress {
  private done = 0;
  private failed = 0;
  private skipped = 0;
  private readonly started = Date.now();
  private lastPlain = 0;
  private drawn = false;
  /** OCR progress of the files being read: pages done and pages to read, by task id. */
  private readonly ocr = new Map<number, { done: number; total: number }>();
  private ocrFinished = { done: 0, total: 0 };

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number,
    private readonly quiet: boolean,
  ) {}

  /** One file finished (written, skipped or failed). */
  tick(outcome: "written" | "skipped" | "failed", id?: number): void {
    this.settle(id);
    this.done++;
    if (outcome === "failed") this.failed++;
    if (outcome === "skipped") this.skipped++;
    this.draw();
  }

  /**
   * OCR progress of one file (pages read of pages to read), shown after the file counts: a scanned
   * paper takes seconds a page, so a batch of scans moves by pages, not files.
   */
  pages(id: number, done: number, total: number): void {
    this.ocr.set(id, { done, total });
    this.draw(true);
  }

  /** A file is finished: its OCR pages count as done. */
  private settle(id: number | undefined): void {
    const pages = id === undefined ? undefined : this.ocr.get(id);
    if (pages && id !== undefined) {
      this.ocrFinished = { done: this.ocrFinished.done + pages.total, total: this.ocrFinished.total + pages.total };
      this.ocr.delete(id);
    }
  }

  /** Prints a line above the bar (failure lines). */
  line(text: string): void {
    this.clear();
    this.stream.write(text + "\n");
    this.draw(true);
  }

  /** Removes the bar before the final summary. */
  end(): void {
    this.clear();
  }

  private clear(): void {
    if (this.drawn && this.stream.isTTY) this.stream.write("\r\x1b[K");
    this.drawn = false;
  }

  private draw(redrawOnly = false): void {
    if (this.quiet || this.total < 2) return;
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = rate > 0 ? (this.total - this.done) / rate : 0;
    let pagesDone = this.ocrFinished.done;
    let pagesTotal = this.ocrFinished.total;
    for (const p of this.ocr.values()) [pagesDone, pagesTotal] = [pagesDone + p.done, pagesTotal + p.total];
    const ocr = pagesTotal > 0 ? ` · OCR ${pagesDone}/${pagesTotal} pages` : "";
    const text = `${this.done}/${this.total} files${ocr} · ${this.failed} failed · ${this.skipped} skipped · ${rate.toFixed(1)} files/s · ETA ${clock(eta)}`;
    if (this.stream.isTTY) {
      const width = Math.max(10, Math.min(30, (this.stream.columns ?? 80) - text.length - 4));
      const filled = Math.round((width * this.done) / this.total);
      this.stream.write(`\r\x1b[K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${text}`);
      this.drawn = true;
    } else if (!redrawOnly && (Date.now() - this.lastPlain > 2000 || this.done === this.total)) {
      this.lastPlain = Date.now();
      this.stream.write(`diarium: ${text}\n`);
    }
  }
}

/** 83 → "1:23". */
function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
