import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArticle, parseLibraryMeta } from '../../shared/library/library-files';
import { memoryIo } from './io';
import { runCli } from './run';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const seed = join(repoRoot, 'resources/corpus/000_8a7174939e31e350.txt');

let work: string;
let src: string;
let out: string;

async function run(...argv: string[]) {
  const io = memoryIo();
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gloss-cli-'));
  src = join(work, 'corpus');
  out = join(work, 'index');
  await mkdir(join(src, 'nested/deeper'), { recursive: true });
  await writeFile(join(src, 'seed.txt'), await readFile(seed));
  await writeFile(join(src, 'nested/deeper/second.md'), '# Kurdish elections\n\nBy Jane Doe\n\nErbil, March 2, 2021—Voters went to the polls in the Kurdistan region.');
  await writeFile(join(src, 'nested/broken.html'), '<script>alert(1)</script>');
  await writeFile(join(src, 'notes.docx'), 'not a source');
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('gloss build', () => {
  it('builds into a folder and reports counts, skipped files, sizes and time', async () => {
    const { code, stdout, stderr } = await run('build', '--src', src, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('Built 2 articles');
    expect(stdout).toMatch(/skipped: 1, ignored \(not \.txt\/\.md\/\.html\/\.epub\/\.pdf\): 1/);
    expect(stdout).toMatch(/library\.json: \d+ bytes/);
    expect(stdout).toMatch(/article-text\.jsonl: \d+ bytes/);
    expect(stdout).toMatch(/search-index\.bin: \d+ bytes/);
    expect(stdout).toMatch(/elapsed: \d+ ms/);
    expect(stderr).toBe('skipped nested/broken.html: no title found (the document has no text)\n');
    const parsed = parseLibraryMeta(await readFile(join(out, 'library.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const library = parsed.value;
    expect(library.formatVersion).toBe(3);
    expect(library.articles.map((a) => a.sourceFile)).toEqual(['nested/deeper/second.md', 'seed.txt']);
    // Metadata only: the text is in article-text.jsonl, at the offset the metadata names.
    expect(library.articles[0]).not.toHaveProperty('sections');
    const text = await readFile(join(out, 'article-text.jsonl'));
    const [offset, length] = library.articles[0]!.text;
    expect(JSON.parse(text.subarray(offset, offset + length).toString('utf8')).sections[0].paragraphs[0]).toMatch(/^Erbil, March 2, 2021/);
  });

  it('writes the same bytes again, even when file times moved (as after a git checkout)', async () => {
    const first = await readFile(join(out, 'library.json'), 'utf8');
    const firstIndex = await readFile(join(out, 'search-index.bin'));
    const firstText = await readFile(join(out, 'article-text.jsonl'));
    await utimes(join(src, 'seed.txt'), new Date(), new Date(Date.now() + 60_000));
    expect((await run('build', '--src', src, '--out', out)).code).toBe(0);
    expect(await readFile(join(out, 'library.json'), 'utf8')).toBe(first);
    expect((await readFile(join(out, 'search-index.bin'))).equals(firstIndex)).toBe(true);
    expect((await readFile(join(out, 'article-text.jsonl'))).equals(firstText)).toBe(true);
  });

  it('fails clearly on a missing or non-folder --src', async () => {
    const missing = await run('build', '--src', join(work, 'nope'), '--out', join(work, 'never'));
    expect(missing).toEqual({ code: 1, stdout: '', stderr: `The source folder ${join(work, 'nope')} does not exist.\n` });
    const file = await run('build', '--src', seed, '--out', join(work, 'never'));
    expect(file.code).toBe(1);
    expect(file.stderr).toContain('is not a folder');
  });

  it('fails when no article can be built', async () => {
    const empty = join(work, 'empty');
    await mkdir(empty);
    const result = await run('build', '--src', empty, '--out', join(work, 'never'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No articles could be built');
  });
});

describe('gloss search and show', () => {
  it('prints JSON results', async () => {
    const { code, stdout } = await run('search', 'soleimani', '--index', out, '--json', '--limit', '5');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { query: string; results: { title: string; articleId: string }[] };
    expect(parsed.query).toBe('soleimani');
    expect(parsed.results.map((r) => r.title)).toEqual(['How Iran’s regime failed to derail Iraq’s nationwide protests']);
  });

  it('prints ranked results with marked words', async () => {
    const { code, stdout } = await run('search', 'kurdistan', '--index', out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. Kurdish elections \(Jane Doe, 2021-03-02\)\n {3}id second-[0-9a-f]{8} {3}score \d+\.\d{3}\n/);
    expect(stdout).toContain('«Kurdistan»');
  });

  it('shows an article, by id or unique prefix, as text or JSON', async () => {
    const parsed = parseLibraryMeta(await readFile(join(out, 'library.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const meta = parsed.value.articles.find((a) => a.sourceFile === 'seed.txt')!;
    const text = await readFile(join(out, 'article-text.jsonl'));
    const article = decodeArticle(meta, text.subarray(meta.text[0], meta.text[0] + meta.text[1]));
    const shown = await run('show', article.id, '--index', out);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('byline     Analysis by PMOI/MEK');
    expect(shown.stdout).toContain('figure     Iraq protests (credit: AP)');
    expect(shown.stdout).toContain('## The reason for the Iranian regime’s defeat in Iraq');
    const json = await run('show', 'seed', '--index', out, '--json');
    expect(JSON.parse(json.stdout)).toEqual(article);
  });

  it('says so for an unknown id, or a missing index', async () => {
    expect(await run('show', 'no-such-id', '--index', out)).toEqual({
      code: 1,
      stdout: '',
      stderr: 'No article with id "no-such-id" (the library has 2; "gloss search" shows ids).\n',
    });
    const missing = await run('search', 'x', '--index', join(work, 'nope'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('does not exist; build the index first');
  });
});

describe('the gloss entry point', () => {
  const exec = promisify(execFile);
  const gloss = (...args: string[]) =>
    exec(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/gloss.ts'), ...args], { cwd: repoRoot }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('prints usage on --help and exits 0', async () => {
    const result = await gloss('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: npm run gloss -- <command>');
  });

  it('prints usage on stderr and exits 2 for an unknown command or a missing argument', async () => {
    for (const argv of [['frobnicate'], ['search']]) {
      const result = await gloss(...argv);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Usage: npm run gloss -- <command>');
    }
  });
});
