/**
 * Turning a gloss-app:// request into a file of the built renderer, and that file into a response.
 * Pure apart from the file read it is handed, so every escape is tested in Node, with both path
 * flavours (a Windows path check run on Linux would otherwise go untested).
 *
 * Chromium canonicalises a standard scheme's URL before we see it (it folds "..", "%2e%2e"), so the
 * checks below are the second line; they hold even for a raw string, because the first line is
 * someone else's code.
 */
import { posix, win32 } from 'node:path';
import { err, ok, type Result } from '../../shared/model/result';
import { APP_HOST, APP_SCHEME } from './app-origin';

export type PathFlavour = 'posix' | 'win32';

/**
 * What the built renderer contains, by extension, and the type each is served as. Anything else is
 * refused rather than sniffed: an allow-list, so a stray file in the folder is never served as script.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

// One path segment as the build names files (index-Bx_9.js, search-index.json): a conservative
// allow-list, checked after the specific refusals below so those can say what was wrong.
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.@+~-]{0,199}$/;
// Windows opens these as devices wherever they appear, whatever the extension.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d|conin\$|conout\$)(\.|$)/i;
// "..", ".", "%2e%2e", ".%2E" and friends, as a whole segment of the raw (undecoded) path.
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;

export interface AppFile {
  path: string;
  contentType: string;
}

function refuse(what: string): Result<never> {
  return err(`Refused ${what}.`);
}

/**
 * Whether `target` lies strictly inside `root` (the last check, after the segments are known clean:
 * it holds even if a check above were ever loosened). Windows compares case-insensitively and knows
 * drive letters and UNC roots, which path.win32 handles.
 */
export function isInside(root: string, target: string, flavour: PathFlavour): boolean {
  const path = flavour === 'win32' ? win32 : posix;
  const rel = path.relative(path.resolve(root), path.resolve(target));
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** The raw path of a gloss-app URL exactly as written, before any parser folds or decodes it. */
function rawPath(url: string): string {
  const afterHost = url.replace(/^[^:]*:\/\/[^/?#\\]*/, '');
  return afterHost.replace(/[?#].*$/s, '');
}

/**
 * The file under `root` that `requestUrl` names, or why it was refused: another scheme or host, a
 * "..", "." or dot-file segment (raw or percent-encoded), an encoded or literal separator
 * (%2f, %5c, \), a drive letter or stream (C:, ::$DATA), an empty segment (//server/share), NUL or
 * control characters, a Windows device name, a trailing dot or space (Windows drops them, so
 * ".. " is ".."), or a type the build never emits.
 */
export function resolveAppFile(root: string, requestUrl: string, flavour: PathFlavour): Result<AppFile> {
  const path = flavour === 'win32' ? win32 : posix;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(`a malformed URL`);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return refuse(`${url.protocol}//${url.host}: only ${APP_SCHEME}://${APP_HOST} serves app files`);
  }
  const raw = rawPath(requestUrl);
  if (raw.includes('\\')) return refuse('a backslash in the path');
  if (DOT_SEGMENT.test(raw)) return refuse('a "." or ".." path segment');

  const encoded = url.pathname === '/' || url.pathname === '' ? ['index.html'] : url.pathname.replace(/^\//, '').split('/');
  const segments: string[] = [];
  for (const part of encoded) {
    if (part === '') return refuse('an empty path segment (//)');
    let name: string;
    try {
      name = decodeURIComponent(part);
    } catch {
      return refuse('a path that is not valid percent-encoding');
    }
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
    if (/[\u0000-\u001f\u007f]/.test(name)) return refuse('a control character in the path');
    if (name.includes('/') || name.includes('\\')) return refuse('an encoded path separator (%2f, %5c)');
    if (name.includes(':')) return refuse('a drive letter or stream name (":") in the path');
    if (name.startsWith('.')) return refuse('a "." or ".." path segment, or a hidden file');
    if (/[. ]$/.test(name)) return refuse('a path segment ending in a dot or space');
    if (WINDOWS_DEVICE.test(name)) return refuse('a Windows device name');
    if (!SAFE_SEGMENT.test(name)) return refuse(`the file name ${JSON.stringify(name).slice(0, 60)}`);
    segments.push(name);
  }

  const resolved = path.resolve(root, ...segments);
  if (!isInside(root, resolved, flavour)) return refuse('a path outside the app folder');

  const contentType = CONTENT_TYPES[path.extname(resolved).toLowerCase()];
  if (!contentType) return refuse(`the file type ${JSON.stringify(path.extname(resolved))}`);
  return ok({ path: resolved, contentType });
}

/** Every response the scheme sends carries the app's CSP (pages and workers alike) and no sniffing. */
function headers(contentType: string, csp: string): Record<string, string> {
  return { 'Content-Type': contentType, 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
}

/**
 * The response for one request: the file with the CSP header, 403 for a refused path, 404 for a
 * missing one. `readFile` is Node's (Electron's reads inside app.asar too).
 */
export async function respondWithAppFile(
  root: string,
  requestUrl: string,
  options: { csp: string; flavour: PathFlavour; readFile: (path: string) => Promise<Uint8Array<ArrayBuffer>> },
): Promise<Response> {
  const file = resolveAppFile(root, requestUrl, options.flavour);
  if (!file.ok) return new Response(file.error, { status: 403, headers: headers('text/plain; charset=utf-8', options.csp) });
  let body: Uint8Array;
  try {
    body = await options.readFile(file.value.path);
  } catch {
    return new Response('Not found.', { status: 404, headers: headers('text/plain; charset=utf-8', options.csp) });
  }
  return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers: headers(file.value.contentType, options.csp) });
}
