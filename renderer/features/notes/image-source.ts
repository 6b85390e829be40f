/**
 * Which images a note may show. A note can come from someone else's backup, and an <img> pointing at
 * a server is a request the moment it renders (a tracking pixel says when you read the note, and from
 * where). The CSP would block it too (img-src 'self' data:); this is the first line, so a note never
 * even asks. Allowed: an image carried in the note itself (data:image/…) or a file of the app's own
 * origin. Pure, so it is tested in Node; sanitise-html.ts applies it in a DOMPurify hook.
 */
const DATA_IMAGE = /^data:image\/[a-z0-9.+-]+[;,]/i;

export function isLocalImageSource(src: string, pageUrl: string): boolean {
  const trimmed = src.trim();
  if (trimmed === '') return false;
  if (DATA_IMAGE.test(trimmed)) return true;
  // A backslash is a path character to one URL parser and a separator to another (Chromium reads
  // "\\host\x" as //host/x for standard schemes): refused rather than guessed.
  if (trimmed.includes('\\')) return false;
  let url: URL, page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(trimmed, page);
  } catch {
    return false;
  }
  // Scheme, host and port compared whole (URL.origin is "null" for custom schemes outside Chromium).
  return url.protocol === page.protocol && url.hostname === page.hostname && url.port === page.port && url.username === '' && url.password === '';
}
