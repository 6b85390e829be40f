/**
 * Main validates every IPC argument: the renderer shows untrusted text, so it is treated as untrusted
 * too. Pure functions, so they are tested without Electron.
 */
import type { ExportFile } from './contract';
import { err, ok, type Result } from '../model/result';

/** 20 MB per file and 5,000 files: far above any real export, low enough to refuse a runaway call. */
export const MAX_EXPORT_BYTES = 20 * 1024 * 1024;
export const MAX_EXPORT_FILES = 5000;

// A bare, portable file name: no separators, no control characters, no leading dot, a known extension.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const SAFE_NAME = /^[^\\/:*?"<>|\u0000-\u001f.][^\\/:*?"<>|\u0000-\u001f]{0,150}\.(md|json)$/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

export function validateExportFile(value: unknown): Result<ExportFile> {
  if (typeof value !== 'object' || value === null) return err('Expected a file object { name, content }.');
  const { name, content } = value as Record<string, unknown>;
  if (typeof name !== 'string' || !SAFE_NAME.test(name) || WINDOWS_RESERVED.test(name)) {
    return err(`Refused file name ${JSON.stringify(String(name)).slice(0, 80)}: use a plain name ending in .md or .json, without folders.`);
  }
  if (typeof content !== 'string') return err(`${name}: content must be text.`);
  if (content.length > MAX_EXPORT_BYTES) return err(`${name}: ${content.length} characters is over the ${MAX_EXPORT_BYTES} limit.`);
  return ok({ name, content });
}

export function validateExportFiles(value: unknown): Result<ExportFile[]> {
  if (!Array.isArray(value) || value.length === 0) return err('Expected a non-empty list of files.');
  if (value.length > MAX_EXPORT_FILES) return err(`Refused ${value.length} files: at most ${MAX_EXPORT_FILES} per export.`);
  const files: ExportFile[] = [];
  const seen = new Set<string>();
  for (const item of value) {
    const r = validateExportFile(item);
    if (!r.ok) return r;
    const key = r.value.name.toLowerCase();
    if (seen.has(key)) return err(`Two files are named ${r.value.name}.`);
    seen.add(key);
    files.push(r.value);
  }
  return ok(files);
}

/**
 * Links from articles and notes are untrusted, and the OS hands them to other programs. Only web
 * pages and plain mail addresses leave Gloss: a mailto: query can pre-fill headers and, in some mail
 * clients, attach local files (mailto:a@b?attach=/etc/passwd), so any query, literal or
 * percent-encoded, is refused. Web links must name a host and carry no user:password@ part, which
 * exists mainly to make one host look like another (https://bank.example@evil.example).
 */
export function validateExternalUrl(value: unknown): Result<string> {
  if (typeof value !== 'string' || value.length > 2048) return err('Expected a link of at most 2,048 characters.');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return err(`Not a valid link: ${value.slice(0, 80)}`);
  }
  if (url.protocol === 'mailto:') {
    let address: string;
    try {
      address = decodeURIComponent(url.pathname);
    } catch {
      return err('Refused a mail link whose address is not valid percent-encoding.');
    }
    if (url.href.includes('?') || address.includes('?')) return err('Refused a mail link with a query (?subject=, ?attach=…): only a plain address is opened.');
    if (address.trim() === '') return err('Refused a mail link with no address.');
    return ok(url.toString());
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return err(`Refused to open a ${url.protocol} link outside Gloss.`);
  if (url.hostname === '') return err('Refused a web link with no host.');
  if (url.username !== '' || url.password !== '') return err('Refused a web link with a user name or password in it (user@host).');
  return ok(url.toString());
}

export function validateNoArgs(args: unknown[]): Result<[]> {
  return args.length === 0 ? ok([]) : err(`Expected no arguments, got ${args.length}.`);
}
