/**
 * The Content Security Policy has one definition: the meta tag in renderer/index.html, where
 * Electronegativity's CSP evaluator and every reader of the page can see it. Whoever sends the page
 * (the gloss-app:// handler in Electron, Vite's preview server for the browser host) reads the policy
 * from that page and sends it again as a response header, so the two can never disagree. A header is
 * what a worker script and a non-HTML response get; the meta tag alone covers only the document.
 */
import { err, ok, type Result } from '../model/result';

const META = /<meta\b[^>]*\bhttp-equiv\s*=\s*(["'])content-security-policy\1[^>]*>/gi;
const CONTENT = /\bcontent\s*=\s*"([^"]*)"/i;

/** The policy of the page's CSP meta tag; refused when there is none, more than one, or one with entities. */
export function cspFromHtml(html: string): Result<string> {
  const tags = html.match(META) ?? [];
  if (tags.length !== 1) return err(`Expected exactly one Content-Security-Policy meta tag in index.html, found ${tags.length}.`);
  const content = CONTENT.exec(tags[0]!)?.[1];
  if (content === undefined) return err('The Content-Security-Policy meta tag has no double-quoted content attribute.');
  // No entity decoding: the policy needs none, and refusing keeps the parser this small.
  if (content.includes('&')) return err('The Content-Security-Policy meta tag must not use HTML entities.');
  return ok(content.replace(/\s+/g, ' ').trim());
}

/** directive name → its sources, lower-cased (CSP keywords and schemes are case-insensitive). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources.map((s) => s.toLowerCase()));
  }
  return directives;
}

/** Directives that fetch or run something: each must be set (or fall back to default-src) to local sources only. */
const FETCH_DIRECTIVES = ['script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'media-src', 'worker-src', 'manifest-src', 'frame-src', 'object-src'];
const LOCAL_SOURCES = new Set(['data:', 'blob:']);
const REQUIRED_NONE = ['object-src', 'base-uri', 'form-action', 'frame-src'];

/**
 * What Gloss's policy promises, checked: no inline script and no eval anywhere, nothing from another
 * origin (no host, no http:/https:/ws: scheme, no wildcard), data:/blob: never for script, and no
 * plugins, <base>, form posts or frames. Returns every breach, empty when the policy holds.
 */
export function cspBreaches(policy: string): string[] {
  const d = parseCsp(policy);
  const breaches: string[] = [];
  const fallback = d.get('default-src');
  if (!fallback) breaches.push('default-src is missing');
  for (const name of FETCH_DIRECTIVES) {
    const sources = d.get(name) ?? (name === 'worker-src' ? (d.get('script-src') ?? fallback) : fallback) ?? [];
    for (const s of sources) {
      // Quoted keywords ('self', 'none', hashes) name no origin; the unsafe ones are caught below.
      if (s.startsWith("'")) continue;
      if (!LOCAL_SOURCES.has(s)) breaches.push(`${name} allows ${s}`);
      else if ((name === 'script-src' || name === 'worker-src') && (s === 'data:' || s === 'blob:')) breaches.push(`${name} allows ${s}`);
    }
  }
  for (const [name, sources] of d) {
    for (const s of sources) {
      if (s === "'unsafe-inline'" || s === "'unsafe-eval'" || s === "'wasm-unsafe-eval'" || s === "'unsafe-hashes'") breaches.push(`${name} allows ${s}`);
    }
  }
  for (const name of REQUIRED_NONE) {
    const sources = d.get(name);
    if (!sources || sources.join(' ') !== "'none'") breaches.push(`${name} must be 'none'`);
  }
  return breaches;
}
