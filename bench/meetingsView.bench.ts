// `npm run bench`: the Meetings view and the timeline on a 10k-article workspace. The server side (index the
// workspace, list its meetings) through the language service in memory; the timeline's first paint and heap in
// headless Chromium (skipped where /usr/bin/chromium is missing: `npm run test:e2e` installs it).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { ServerCommands } from '../src/shared/protocol';
import { InMemoryWorkspace, NO_PROGRESS, NOT_CANCELLED } from '../test/service/inMemoryWorkspace';

const ROOT = path.resolve(__dirname, '..');
const ARTICLES = 10_000;
const samples = readdirSync(path.join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(ROOT, 'seeds', f), 'utf8'));

// Each copy a different publication day, so the meetings are thousands of different ones, not five.
const files: Record<string, string> = { 'entities.yaml': readFileSync(path.join(ROOT, 'seeds', 'entities.yaml'), 'utf8') };
for (let i = 0; i < ARTICLES; i++) {
  const day = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  files[`corpus/${String(i).padStart(5, '0')}.txt`] = samples[i % samples.length].replace(/^ date \d{4}-\d\d-\d\d/, ` date ${day}`);
}

async function main() {
  const ws = new InMemoryWorkspace({ files });
  const started = performance.now();
  await ws.service.store.indexed();
  const indexed = performance.now() - started;
  const listStart = performance.now();
  const meetings = (await ws.service.executeCommand(ServerCommands.listMeetings, [], NO_PROGRESS, NOT_CANCELLED)) as unknown[];
  const listed = performance.now() - listStart;
  const json = JSON.stringify(meetings);
  console.log(`\nMeetings view, ${ARTICLES} articles (in memory, the bundled KB):`);
  console.log(`  index the workspace      ${(indexed / 1000).toFixed(1)} s`);
  console.log(
    `  listMeetings             ${listed.toFixed(0)} ms: ${meetings.length} meetings, ${(json.length / 1e6).toFixed(1)} MB of JSON to the client`,
  );
  console.log(`  server heap after        ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);

  const browser = '/usr/bin/chromium';
  const script = path.join(ROOT, 'dist', 'timeline.js');
  if (!existsSync(browser) || !existsSync(script)) {
    console.log('  timeline: skipped (no /usr/bin/chromium or dist/timeline.js)');
    return;
  }
  const chrome = await chromium.launch({
    executablePath: browser,
    args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'],
  });
  try {
    const page = await chrome.newPage({ viewport: { width: 1400, height: 900 } });
    await page.setContent(
      `<html><body><header><select id="lanes" multiple></select></header><main id="timeline"></main><div id="card" hidden></div>
<script>window.drawn = new Promise((resolve) => { window.acquireVsCodeApi = () => ({ postMessage: (m) => m.type === 'drawn' && resolve(m) }); });</script></body></html>`,
    );
    await page.addScriptTag({ content: readFileSync(script, 'utf8') });
    // The timeline is to stay fast with 10k meetings: add synthetic ones (50 people, ten years) to the real ones.
    const synthetic = Array.from({ length: 10_000 - meetings.length }, (_, i) => ({
      id: `synthetic-${i}`,
      label: `Person ${i % 50} – Person ${(i * 7 + 3) % 50}`,
      date: new Date(Date.UTC(2015, 0, 1) + ((i * 37) % 3650) * 86_400_000).toISOString().slice(0, 10),
      reported: null,
      participants: [`Person ${i % 50}`, `Person ${(i * 7 + 3) % 50}`],
      kind: 'in-person',
      status: i % 10 === 0 ? 'planned' : 'held',
      place: null,
      occasion: null,
      reports: [{ uri: 'file:///x.txt', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }],
    }));
    const all = [...meetings, ...synthetic] as { participants: string[] }[];
    const counts = new Map<string, number>();
    for (const m of all) for (const p of m.participants) counts.set(p, (counts.get(p) ?? 0) + 1);
    const people = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
    const drawn = await page.evaluate(
      async ({ meetings, people }) => {
        // Runs in the page: its globals, typed here by hand (the benches compile without the DOM library).
        const page = globalThis as unknown as {
          postMessage(message: unknown, origin: string): void;
          drawn: Promise<{ marks: number; ms: number }>;
          requestAnimationFrame(callback: () => void): void;
          performance: { now(): number; memory?: { usedJSHeapSize: number } };
        };
        const t = page.performance.now();
        page.postMessage({ type: 'show', meetings, people }, '*');
        const message = await page.drawn;
        await new Promise<void>((resolve) => page.requestAnimationFrame(() => page.requestAnimationFrame(resolve)));
        return { ...message, firstPaint: page.performance.now() - t, heap: page.performance.memory?.usedJSHeapSize ?? 0 };
      },
      { meetings: all, people },
    );
    console.log(
      `  timeline, ${all.length} meetings: first paint ${drawn.firstPaint.toFixed(0)} ms (drawing ${drawn.ms} ms), ${drawn.marks} marks in 12 lanes; page heap ${(drawn.heap / 1e6).toFixed(0)} MB`,
    );
  } finally {
    await chrome.close();
  }
}

void main();
