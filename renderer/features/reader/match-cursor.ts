/** Which search match is current, wrapping at both ends like a browser's find bar. */
export function stepMatch(current: number, count: number, delta: 1 | -1): number {
  if (count <= 0) return -1;
  if (current < 0) return delta === 1 ? 0 : count - 1;
  return (((current + delta) % count) + count) % count;
}

/** "2 of 7"; "No matches" when there are none. */
export function matchLabel(current: number, count: number): string {
  if (count <= 0) return 'No matches';
  return `${Math.max(0, current) + 1} of ${count}`;
}
