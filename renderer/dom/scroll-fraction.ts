/**
 * Reading position as a fraction of the scrollable height rather than pixels, so it survives a
 * font-size or line-width change between visits.
 */
export function toScrollFraction(scrollTop: number, scrollHeight: number, clientHeight: number): number {
  const range = scrollHeight - clientHeight;
  if (range <= 0) return 0;
  return Math.min(1, Math.max(0, scrollTop / range));
}

export function fromScrollFraction(fraction: number, scrollHeight: number, clientHeight: number): number {
  const range = Math.max(0, scrollHeight - clientHeight);
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return Math.round(clamped * range);
}
