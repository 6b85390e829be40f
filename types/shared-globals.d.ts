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
  toString(): string;
}

/** WHATWG Encoding: in Node ≥ 11, every browser and worker. Only what shared/text/decode.ts uses. */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
