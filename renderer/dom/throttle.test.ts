import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs at most once per interval, with the latest arguments', () => {
    const calls: number[] = [];
    const t = throttle((n: number) => calls.push(n), 100);
    t(1);
    t(2);
    t(3);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(calls).toEqual([3]);
    t(4);
    t(5);
    vi.advanceTimersByTime(50);
    expect(calls).toEqual([3]);
    vi.advanceTimersByTime(50);
    expect(calls).toEqual([3, 5]);
  });

  it('flushes a pending call at once and cancel drops it', () => {
    const calls: string[] = [];
    const t = throttle((s: string) => calls.push(s), 1000);
    t('a');
    t.flush();
    expect(calls).toEqual(['a']);
    t('b');
    t.cancel();
    vi.advanceTimersByTime(5000);
    expect(calls).toEqual(['a']);
  });
});
