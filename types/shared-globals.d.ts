/**
 * shared/ compiles without the DOM lib and without Node types on purpose, so that a stray `document`
 * or `fs` fails. A few globals do exist in every runtime shared/ code runs in (Node ≥ 20, Chromium,
 * Electron); they are declared here, for the shared project only (the other projects get them from
 * the DOM lib or @types/node).
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly username: string;
  readonly password: string;
  toString(): string;
}

/** WHATWG Encoding (Node, every browser and worker): the compact search index and the packed article
 * text are UTF-8 bytes; shared/text/decode.ts reads sources in their own encodings. */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
