import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseEpub } from './epub';

const chapter = (title: string, body: string) => `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>${title}</title></head><body>${body}</body></html>`;

function sampleEpub(): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/epub+zip'),
    'META-INF/container.xml': strToU8('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'),
    'OEBPS/content.opf': strToU8(`<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>The Drove Roads of the Moor</dc:title><dc:creator>Ada Lovelace</dc:creator><dc:date>1999-04-02</dc:date><dc:language>en</dc:language><dc:publisher>Moorland Press</dc:publisher></metadata>
      <manifest><item id="c2" href="Text/ch2.xhtml" media-type="application/xhtml+xml"/><item id="c1" href="Text/ch1.xhtml" media-type="application/xhtml+xml"/><item id="css" href="style.css" media-type="text/css"/></manifest>
      <spine><itemref idref="c1"/><itemref idref="c2"/></spine></package>`),
    'OEBPS/Text/ch1.xhtml': strToU8(chapter('One', '<h1>The first road</h1><p>The old drove roads cross the moor from east to west.</p><script>alert(1)</script>')),
    'OEBPS/Text/ch2.xhtml': strToU8(chapter('Second chapter', '<p>In the dry summer the buried tracks appear as pale lines in the grass.</p>')),
    'OEBPS/style.css': strToU8('p { color: red }'),
  });
}

describe('parseEpub', () => {
  it('reads chapters in spine order as sections, with the package’s metadata', () => {
    const result = parseEpub(sampleEpub(), 'moor.epub');
    if (!result.ok) throw new Error(result.error);
    expect(result.value).toMatchObject({ title: 'The Drove Roads of the Moor', byline: 'Ada Lovelace', published: '1999-04-02', language: 'en', siteName: 'Moorland Press' });
    expect(result.value.sections).toEqual([
      { heading: 'The first road', paragraphs: ['The old drove roads cross the moor from east to west.'] },
      { heading: 'Second chapter', paragraphs: ['In the dry summer the buried tracks appear as pale lines in the grass.'] },
    ]);
  });

  it('refuses what is not an EPUB, and a zip bomb, with reasons', () => {
    expect(parseEpub(strToU8('not a zip'), 'x.epub')).toEqual({ ok: false, error: 'is not a readable EPUB (the zip archive is damaged)' });
    expect(parseEpub(zipSync({ 'a.txt': strToU8('x') }), 'x.epub')).toMatchObject({ ok: false, error: expect.stringMatching(/no META-INF\/container\.xml/) });
    const bomb = zipSync({ 'META-INF/container.xml': new Uint8Array(10 * 1024 * 1024) }, { level: 9 });
    expect(parseEpub(bomb, 'bomb.epub')).toMatchObject({ ok: false, error: expect.stringMatching(/zip bomb/) });
  });
});
