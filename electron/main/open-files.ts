import { existsSync, statSync } from 'node:fs';
import { extname, isAbsolute, resolve } from 'node:path';

/**
 * Documents the OS may hand Gloss to import (the installers' file associations). Opening one sends
 * its path to the renderer, whose import feature reads it through its own validated IPC.
 */
export const IMPORT_EXTENSIONS = ['.html', '.htm', '.md', '.markdown', '.epub', '.pdf'] as const;

export function isImportable(path: string): boolean {
  return (IMPORT_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

const isFile = (path: string): boolean => {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The documents named on a command line (Windows and Linux pass "open with Gloss" that way, also to
 * a second instance, with its working directory). Switches, the app's own path and anything that is
 * not an existing importable file are skipped.
 */
export function filesFromArgv(argv: readonly string[], cwd: string, exists: (path: string) => boolean = isFile): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || arg.includes('://') || !isImportable(arg)) continue;
    const path = isAbsolute(arg) ? arg : resolve(cwd, arg);
    if (exists(path) && !files.includes(path)) files.push(path);
  }
  return files;
}
