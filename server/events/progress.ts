import { Presets, SingleBar } from 'cli-progress';

/** Long work reports through this; the CLI shows a bar on a terminal and plain periodic lines otherwise. */
export interface Progress {
  start(total: number): void;
  update(done: number): void;
  stop(): void;
}

export const silentProgress: Progress = { start: () => undefined, update: () => undefined, stop: () => undefined };

export interface ProgressStream {
  write(text: string): boolean;
  isTTY?: boolean;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/** Plain lines every `everyMs` (and at the end), for logs and pipes. */
export function lineProgress(label: string, stream: ProgressStream, everyMs = 2000, now = () => Date.now()): Progress {
  let total = 0;
  let last = 0;
  let shown = -1;
  const line = (done: number) => {
    const pct = total > 0 ? ` (${Math.floor((100 * done) / total)}%)` : '';
    stream.write(`${label}: ${fmt(done)}/${fmt(total)}${pct}\n`);
    shown = done;
  };
  let current = 0;
  return {
    start(n) {
      total = n;
      last = now();
    },
    update(done) {
      current = done;
      if (now() - last >= everyMs) {
        last = now();
        line(done);
      }
    },
    stop() {
      if (shown !== current) {
        line(current);
      }
    },
  };
}

function barProgress(label: string, stream: NodeJS.WritableStream): Progress {
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}`,
      stream,
      hideCursor: true,
      formatValue: (v) => fmt(v),
    },
    Presets.shades_classic
  );
  return {
    start: (total) => bar.start(total, 0),
    update: (done) => bar.update(done),
    stop: () => bar.stop(),
  };
}

/** A bar on stderr when it is a terminal, else plain lines. */
export function cliProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? barProgress(label, stream) : lineProgress(label, stream);
}
