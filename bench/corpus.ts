// The bench corpus: copies of the sample articles (seeds/*.txt), each copy a different publication
// day (so thousands of different meetings, not five, and no two files alike), with the bundled
// knowledge base beside them. One sample in five has no header, as in the samples themselves.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');

const samples = readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));

export const bundledKnowledgeBase = readFileSync(path.join(ROOT, 'seeds', 'entities.yaml'), 'utf8');

export interface BenchArticle {
  /** Relative path, e.g. `corpus/012/01234.txt` (100 articles per folder). */
  readonly path: string;
  readonly text: string;
}

/** `count` articles made from the samples. */
export function benchCorpus(count: number): BenchArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10);
    const text = samples[i % samples.length].replace(/^ date \d{4}-\d\d-\d\d/, ` date ${day}`);
    const name = String(i).padStart(6, '0');
    return { path: `corpus/${name.slice(0, 4)}/${name}.txt`, text };
  });
}

/** Writes the corpus under `dir` (with `entities.yaml` at its root) and returns its size in bytes. */
export function writeCorpus(dir: string, articles: readonly BenchArticle[]): number {
  let bytes = 0;
  const made = new Set<string>();
  for (const { path: file, text } of articles) {
    const folder = path.dirname(path.join(dir, file));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path.join(dir, file), text);
    bytes += Buffer.byteLength(text);
  }
  writeFileSync(path.join(dir, 'entities.yaml'), bundledKnowledgeBase);
  return bytes;
}
