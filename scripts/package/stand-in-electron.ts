import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An unpacked "Electron" for packaging where the real one cannot be downloaded (no GitHub): a folder
 * laid out like Electron's Linux zip whose executable carries a real fuse wire (the sentinel
 * @electron/fuses searches for, version 1, and Electron 45's default states), so electron-builder's
 * fuse step flips real bytes and the result can be read back. It is never run.
 */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron 45's defaults, in wire order: RunAsNode on, cookie encryption off, NODE_OPTIONS on,
 * --inspect on, asar integrity off, only-asar off, browser V8 snapshot off, file:// privileges on,
 * WASM trap handlers on ('1' enabled, '0' disabled).
 */
export const ELECTRON_45_DEFAULT_WIRE = '101100011';

export function writeStandInElectronDist(dir: string, version: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: packaging test only" >&2; exit 1\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_45_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_45_DEFAULT_WIRE),
    Buffer.alloc(64),
  ]);
  writeFileSync(join(dir, 'electron'), wire, { mode: 0o755 });
  writeFileSync(join(dir, 'chrome-sandbox'), '', { mode: 0o755 });
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  return dir;
}
