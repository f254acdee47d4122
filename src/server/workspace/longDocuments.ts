// An open document of a megabyte or more (a dump of many articles) is read in sections (see
// core/sections/sectionedBody.ts) on the server's thread: each section takes milliseconds, the thread
// gives way to other requests between them, and after an edit only the sections it changed are read
// again. No worker thread is needed, and none of the analysis has to cross to this thread as data
// (for 5 MB that copy alone took ~0.65 s).

import type { AnalysisOptions, ArticleAnalysis } from '../../core';
import { readHead, withBody } from '../../core/analyzeArticle';
import { SECTIONED_FROM } from '../../core/sections/cutSections';
import { SectionedBody, type SectionMemo } from '../../core/sections/sectionedBody';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** The server's thread reads sections for this long at most before it gives way to other requests. */
const SLICE_MS = 10;

/** Whether an open document is read in sections here (a longer one than the size limit is not analysed at all). */
export function readInSections(text: string, options: AnalysisOptions): boolean {
  return text.length >= SECTIONED_FROM && (options.maxLength === undefined || text.length <= options.maxLength);
}

/** The document's analysis, read a few sections per turn of the event loop, reusing and updating `memo`. */
export async function analyseInSections(text: string, options: AnalysisOptions, memo: SectionMemo): Promise<ArticleAnalysis> {
  const head = readHead(text, options);
  const body = new SectionedBody(text, head.body, memo);
  let sliceStart = performance.now();
  while (body.step()) {
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await nextTurn();
    sliceStart = performance.now();
  }
  return withBody(head, body.result());
}
