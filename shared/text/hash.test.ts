import { describe, expect, it } from 'vitest';
import { hash64 } from './hash';

// Reference FNV-1a 64 over the same byte stream (low byte, then high byte of each UTF-16 unit).
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    for (const byte of [c & 0xff, c >> 8]) {
      h ^= BigInt(byte);
      h = (h * prime) & 0xffffffffffffffffn;
    }
  }
  return h.toString(16).padStart(16, '0');
}

describe('hash64', () => {
  it('matches a BigInt FNV-1a reference', () => {
    for (const s of ['', 'a', 'Iran’s regime', 'x'.repeat(1000), '日本語 ✓ 😀']) expect(hash64(s)).toBe(reference(s));
  });
  it('differs for different text', () => {
    expect(hash64('the protesters')).not.toBe(hash64('the protester'));
  });
});
