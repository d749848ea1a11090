/** Options for {@link createProgressBar}. */
export interface ProgressBarOptions {
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  label: string;
  /** Total units (e.g. bytes or items); unknown totals show a counter only. */
  total?: number;
  /** Formats a unit count, e.g. bytes as MB. */
  format?: (n: number) => string;
  /** Minimum ms between redraws. */
  intervalMs?: number;
}

/** A progress bar that draws only on a TTY; elsewhere every call is a no-op. */
export interface ProgressBar {
  update(done: number, extra?: string): void;
  finish(extra?: string): void;
}

/**
 * Creates a single-line progress bar on a TTY stream (nothing is written to pipes, files or CI logs).
 *
 * @example
 * ```ts
 * const bar = createProgressBar({ stream: process.stderr, label: 'audit', total: bytes });
 * bar.update(done); bar.finish();
 * ```
 */
export function createProgressBar(options: ProgressBarOptions): ProgressBar {
  const { stream, label, total } = options;
  if (!stream.isTTY) return { update() {}, finish() {} };
  const format = options.format ?? ((n: number) => String(n));
  const interval = options.intervalMs ?? 100;
  let last = 0;
  const draw = (done: number, extra = '') => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 50));
    let line = `${label} `;
    if (total && total > 0) {
      const ratio = Math.min(1, done / total);
      const filled = Math.round(ratio * width);
      line += `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${format(done)}/${format(total)}`;
    } else {
      line += format(done);
    }
    if (extra) line += ` ${extra}`;
    stream.write(`\r\x1b[2K${line}`);
  };
  return {
    update(done, extra) {
      const now = Date.now();
      if (now - last < interval) return;
      last = now;
      draw(done, extra);
    },
    finish(extra) {
      draw(total ?? 0, extra);
      stream.write('\n');
    },
  };
}
