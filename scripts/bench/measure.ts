/** Timing helpers: median and p95 over repeated runs, so one noisy sample does not decide a figure. */
export interface Timing {
  medianMs: number;
  p95Ms: number;
  runs: number;
}

export function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

export function repeat(fn: () => unknown, runs: number): Timing {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(time(fn).ms);
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), runs };
}

export const round = (ms: number) => Math.round(ms * 100) / 100;

export function heapMb(): number {
  globalThis.gc?.();
  return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10;
}
