/**
 * Unsigned LEB128 varints: 7 bits a byte, low bits first. Postings are mostly small gaps between
 * document numbers and small term frequencies, so most values take one byte instead of a JSON key.
 */
export class ByteWriter {
  private buf: Uint8Array;
  length = 0;

  constructor(initial = 16) {
    this.buf = new Uint8Array(initial);
  }

  varint(value: number): void {
    if (this.length + 5 > this.buf.length) this.grow(5);
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.length++] = v;
  }

  bytes(src: Uint8Array): void {
    if (this.length + src.length > this.buf.length) this.grow(src.length);
    this.buf.set(src, this.length);
    this.length += src.length;
  }

  /** The written bytes (a view: copy it before writing more). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }

  private grow(extra: number): void {
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + extra));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
}

/** A cursor over varints in `bytes`, from `at`. */
export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    public at: number,
  ) {}

  next(): number {
    const b = this.bytes;
    let byte = b[this.at++]!;
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let shift = 7;
    do {
      byte = b[this.at++]!;
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte >= 0x80);
    return value >>> 0;
  }
}
