/**
 * A small, dependency-free 64-bit FNV-1a hash (as two 32-bit halves), hex encoded. shared/ may not
 * import Node's crypto, and ids and content hashes only need to be stable and well spread, not secret.
 */
export function hash64(text: string): string {
  // FNV-1a offset basis 0xcbf29ce484222325, prime 0x100000001b3, computed in 16-bit limbs.
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h0 ^= c & 0xff;
    // second byte of the UTF-16 unit
    const hi = c >> 8;
    for (let pass = 0; pass < 2; pass++) {
      if (pass === 1) h0 ^= hi;
      // multiply by prime 0x100000001b3 = 2^40 + 0x1b3
      const t0 = h0 * 0x1b3, t1 = h1 * 0x1b3, t2 = h2 * 0x1b3 + (h0 << 8), t3 = h3 * 0x1b3 + (h1 << 8);
      const n1 = t1 + (t0 >>> 16);
      const n2 = t2 + (n1 >>> 16);
      h3 = (t3 + (n2 >>> 16)) & 0xffff;
      h2 = n2 & 0xffff;
      h1 = n1 & 0xffff;
      h0 = t0 & 0xffff;
    }
  }
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
