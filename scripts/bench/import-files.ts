/**
 * The import benchmark's files: 1,000 sources from the benchmark corpus (State of the Union sections
 * and mail, every 12th of the first 12,000, so both kinds are in it) written as a quarter each of
 * .txt (as received), .md, .html (a saved page with menus, a share bar and a footer around the
 * article) and .epub (a zip with the text as chapters), into the git-ignored bench-corpus/import-1000.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { benchFiles } from './bench-corpus';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function split(bytes: Uint8Array): { title: string; paragraphs: string[] } {
  // Mail is not always UTF-8; latin1 keeps every byte as a character, which is all the mix needs.
  const text = Buffer.from(bytes).toString('latin1');
  const [title = 'Untitled', ...rest] = text.split(/\n\s*\n/);
  return { title: title.trim() || 'Untitled', paragraphs: rest.map((p) => p.trim()).filter((p) => p !== '') };
}

function page({ title, paragraphs }: { title: string; paragraphs: string[] }): string {
  const menu = ['Home', 'World', 'Politics', 'Business', 'Science', 'Opinion'].map((m) => `<li><a href="/${m.toLowerCase()}">${m}</a></li>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | The Bench Gazette</title><meta property="og:site_name" content="The Bench Gazette"></head><body><div class="menu"><ul>${menu}</ul></div><div class="share-bar"><a href="#">Share</a><a href="#">Email</a></div><article><h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article><div class="related"><h3>More from the Gazette</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">And one more</a></li></ul></div><footer><p>© The Bench Gazette</p></footer></body></html>`;
}

function epub({ title, paragraphs }: { title: string; paragraphs: string[] }): Uint8Array {
  const half = Math.max(1, Math.ceil(paragraphs.length / 2));
  const chapter = (heading: string, ps: string[]) => strToU8(`<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${escapeHtml(heading)}</title></head><body><h2>${escapeHtml(heading)}</h2>${ps.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`);
  return zipSync({
    mimetype: strToU8('application/epub+zip'),
    'META-INF/container.xml': strToU8('<container><rootfiles><rootfile full-path="OEBPS/content.opf"/></rootfiles></container>'),
    'OEBPS/content.opf': strToU8(`<package><metadata><dc:title>${escapeHtml(title)}</dc:title></metadata><manifest><item id="a" href="a.xhtml"/><item id="b" href="b.xhtml"/></manifest><spine><itemref idref="a"/><itemref idref="b"/></spine></package>`),
    'OEBPS/a.xhtml': chapter('Part one', paragraphs.slice(0, half)),
    'OEBPS/b.xhtml': chapter('Part two', paragraphs.slice(half).length > 0 ? paragraphs.slice(half) : ['(continued)']),
  });
}

/** Writes the files (once per count) and returns their paths, in a fixed order, and the last Markdown file's title. */
export function ensureImportFiles(root: string, count = 1000): { paths: string[]; lastMarkdownTitle: string } {
  const dir = join(root, 'bench-corpus', `import-${count}`);
  const sources = benchFiles(root, count * 12).filter((_, i) => i % 12 === 0).slice(0, count);
  const paths = sources.map((_, i) => join(dir, `${String(i).padStart(4, '0')}.${['txt', 'md', 'html', 'epub'][i % 4]}`));
  const lastMd = sources.length - 1 - ((sources.length - 1 - 1 + 4) % 4);
  const result = { paths, lastMarkdownTitle: split(sources[lastMd]!.bytes).title };
  const manifest = join(dir, '.manifest');
  if (existsSync(manifest) && readFileSync(manifest, 'utf8') === String(count)) return result;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  sources.forEach((source, i) => {
    const parts = split(source.bytes);
    const kind = i % 4;
    if (kind === 0) writeFileSync(paths[i]!, source.bytes);
    else if (kind === 1) writeFileSync(paths[i]!, `# ${parts.title}\n\n${parts.paragraphs.join('\n\n')}\n`, 'latin1');
    else if (kind === 2) writeFileSync(paths[i]!, page(parts), 'latin1');
    else writeFileSync(paths[i]!, epub(parts));
  });
  writeFileSync(manifest, String(count));
  return result;
}
