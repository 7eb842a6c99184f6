import { say, type Lang } from '../messages/index.js';

// Progress of a batch on stderr: a redrawn bar on a terminal, plain lines otherwise, nothing when quiet.

export interface ProgressSink {
  write(s: string): unknown;
  isTTY?: boolean;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private lastPlain = 0;
  private drawn = false;

  constructor(
    private readonly total: number,
    private readonly sink: ProgressSink,
    private readonly quiet: boolean,
    private readonly lang: Lang = 'en',
  ) {}

  /** A finished input. Failures are always printed, on their own line. */
  tick(ok: boolean, failureLine?: string): void {
    this.done++;
    if (!ok) this.failed++;
    if (failureLine) this.line(failureLine);
    if (this.quiet) return;
    const now = Date.now();
    if (this.sink.isTTY) {
      if (now - this.lastDraw >= 100 || this.done === this.total) this.draw(now);
    } else if (this.total >= 20 && (now - this.lastPlain >= 5000 || this.done === this.total)) {
      this.lastPlain = now;
      this.sink.write(`${this.status(now)}\n`);
    }
  }

  /** A line that must not be overwritten by the bar. */
  line(text: string): void {
    if (this.drawn) this.sink.write('\r\x1b[K');
    this.sink.write(text + '\n');
    if (this.drawn) this.draw(Date.now());
  }

  end(): void {
    if (this.drawn) this.sink.write('\n');
    this.drawn = false;
  }

  private draw(now: number): void {
    this.lastDraw = now;
    const width = 24;
    const filled = this.total ? Math.round((this.done / this.total) * width) : width;
    this.sink.write(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.status(now)}`);
    this.drawn = true;
  }

  private status(now: number): string {
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : 0;
    const eta = this.done < this.total && rate > 0 ? say('eta', { time: clock(left) }, this.lang) : '';
    return say('progress', { done: this.done, total: this.total, failed: this.failed, rate: rate.toFixed(1) }, this.lang) + eta;
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
