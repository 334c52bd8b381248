export interface ProgressCounts {
  created: number;
  pool: number;
  already: number;
  rejected: number;
}

export interface ProgressOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

const n = (value: number) => value.toLocaleString('en-US');

/**
 * One line on stderr: bar, rows done, rows/second over this run, ETA. On a terminal it redraws in
 * place (at most 5 times a second); into a file or CI log it prints a line every 5 %.
 */
export class ProgressBar {
  private readonly startedAt: number;
  private lastDraw = 0;
  private lastPercentStep = -1;
  private lastPrintedDone = -1;

  constructor(
    private readonly total: number,
    /** Rows finished by earlier runs (resumed), not counted in this run's speed. */
    private readonly alreadyDone: number,
    private readonly out: ProgressOutput = process.stderr,
    private readonly nowMs: () => number = () => performance.now(),
  ) {
    this.startedAt = nowMs();
  }

  line(done: number, counts: ProgressCounts): string {
    const elapsed = (this.nowMs() - this.startedAt) / 1000;
    const thisRun = done - this.alreadyDone;
    const rate = elapsed > 0 ? thisRun / elapsed : 0;
    const ratio = this.total > 0 ? done / this.total : 1;
    const width = 24;
    const filled = Math.round(ratio * width);
    const eta = rate > 0 ? (this.total - done) / rate : Number.POSITIVE_INFINITY;
    return (
      `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${(ratio * 100).toFixed(1)}% ${n(done)}/${n(this.total)} rows · ` +
      `${rate.toFixed(1)} rows/s · ETA ${formatDuration(eta)} · ` +
      `新建 created ${n(counts.created)} (公海 pool ${n(counts.pool)}) · 已导入 already ${n(counts.already)} · 拒绝 rejected ${n(counts.rejected)}`
    );
  }

  update(done: number, counts: ProgressCounts, force = false): void {
    if (this.out.isTTY) {
      if (!force && this.nowMs() - this.lastDraw < 200) return;
      this.lastDraw = this.nowMs();
      this.out.write(`\r\x1b[2K${this.line(done, counts)}`);
      return;
    }
    const step = this.total > 0 ? Math.floor((done / this.total) * 20) : 20;
    if (step === this.lastPercentStep && (!force || done === this.lastPrintedDone)) return;
    this.lastPercentStep = step;
    this.lastPrintedDone = done;
    this.out.write(`${this.line(done, counts)}\n`);
  }

  finish(done: number, counts: ProgressCounts): void {
    this.update(done, counts, true);
    if (this.out.isTTY) this.out.write('\n');
  }
}
