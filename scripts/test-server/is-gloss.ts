import { errorText } from '../../shared/model/error-text';
/**
 * Is the server at this URL Gloss's renderer? Before tests use a server they did not start, they ask:
 * another project's dev server on the same port would otherwise be tested (and pass or fail for
 * reasons that have nothing to do with Gloss).
 */
export type ServerCheck = { ok: true } | { ok: false; why: string };

export async function checkGlossServer(baseUrl: string, fetchFn: typeof fetch = fetch): Promise<ServerCheck> {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  let page: string;
  try {
    const res = await fetchFn(base);
    if (!res.ok) return { ok: false, why: `${base} answered HTTP ${res.status}` };
    page = await res.text();
  } catch (e) {
    return { ok: false, why: `${base} did not answer (${errorText(e)})` };
  }
  if (!/<title>Gloss<\/title>/.test(page) || !page.includes('id="root"')) {
    const title = /<title>([^<]*)<\/title>/.exec(page)?.[1];
    return { ok: false, why: `${base} serves ${title ? `"${title}"` : 'a page without a title'}, not Gloss` };
  }
  // The page alone could be any build of the renderer; the bundled library proves the app's data is served.
  try {
    const res = await fetchFn(new URL('library.json', base));
    const library = res.ok ? ((await res.json()) as { articles?: unknown }) : null;
    if (!library || !Array.isArray(library.articles)) return { ok: false, why: `${base}library.json is not Gloss's library` };
  } catch (e) {
    return { ok: false, why: `${base}library.json could not be read (${errorText(e)})` };
  }
  return { ok: true };
}
