/**
 * A synthetic corpus of N articles made from the seed document, deterministic for a given N: each
 * article takes the seed's paragraphs in a shuffled order, with some words swapped for words of other
 * paragraphs, so the index sees a realistic vocabulary and many distinct documents.
 */
import type { SourceFile } from '../../shared/corpus';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCorpus(seedText: string, count: number): SourceFile[] {
  const blocks = seedText.split(/\n\s*\n/).map((b) => b.trim()).filter((b) => b.split(/\s+/).length > 25);
  const vocabulary = [...new Set(seedText.split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w)))];
  const random = mulberry32(count);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const files: SourceFile[] = [];
  for (let i = 0; i < count; i++) {
    const paragraphs = [...blocks].sort(() => random() - 0.5).slice(0, 6 + Math.floor(random() * 6));
    const body = paragraphs.map((p) => p.replace(/\b[A-Za-z]{5,}\b/g, (w) => (random() < 0.15 ? pick(vocabulary) : w)));
    const title = `${pick(vocabulary)} ${pick(vocabulary)} and the ${pick(vocabulary).toLowerCase()} of ${pick(vocabulary)} (${i})`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const text = `${title}\n\nAnalysis by Bench Desk\n\nBaghdad, January ${day}, 2020—${body.join('\n\n')}\n`;
    files.push({ file: `bench/${String(i).padStart(5, '0')}.txt`, text });
  }
  return files;
}
