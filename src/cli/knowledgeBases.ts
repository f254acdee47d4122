// Which knowledge base each article checked uses, compiled once per set of files, and the problems
// found in those files, each file reported once whatever the number of articles that use it.

import * as path from 'node:path';
import type { EntityIndex, Problem } from '../core';
import { readTextSync } from '../node/findFiles';
import type { CompiledKnowledgeBaseStore } from '../node/knowledgeBaseCache';
import { KnowledgeBaseFiles } from '../node/knowledgeBaseFiles';
import type { KnowledgeBaseReport } from './report';

export interface KnowledgeBaseOptions {
  /** `--kb` files as given on the command line; they were read successfully already. */
  readonly extraFiles: readonly string[];
  /** The bundled KB file (absolute), or undefined when it is turned off or not installed. */
  readonly bundledFile: string | undefined;
  /** Reads a KB file's text (without BOM). */
  readonly readText?: (file: string) => string;
  /** Compiled KBs kept between runs (`--cache`). */
  readonly cache?: CompiledKnowledgeBaseStore;
}

export interface KnowledgeBasePlan {
  /** The compiled knowledge base for each article, in the articles' order (undefined: none in force). */
  readonly indexes: readonly (EntityIndex | undefined)[];
  /** The fingerprint of each article's knowledge base (null: none), for the analysis cache and the workers. */
  readonly fingerprints: readonly (string | null)[];
  /** Every KB file in force for some article, in the order first used, with its problems. */
  readonly reports: readonly KnowledgeBaseReport[];
  /** KB files that could not be read (they are skipped), with a one-line reason. */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
}

/** Finds and compiles the knowledge bases for `articles` before any article is analysed. */
export function planKnowledgeBases(articles: readonly string[], options: KnowledgeBaseOptions): KnowledgeBasePlan {
  // KnowledgeBaseFiles words read failures itself (describeFsError).
  const files = new KnowledgeBaseFiles({
    extraFiles: options.extraFiles,
    bundledFile: options.bundledFile,
    readText: options.readText ?? readTextSync,
    cache: options.cache,
  });
  // --kb files are shown as given; files found are shown relative to the working folder when inside it.
  const given = new Map(options.extraFiles.map((f) => [path.resolve(f), path.normalize(f)]));
  const cwd = process.cwd();
  const display = (file: string) => {
    const asGiven = given.get(file);
    if (asGiven !== undefined) return asGiven;
    const relative = path.relative(cwd, file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  };

  const reports = new Map<string, { report: KnowledgeBaseReport & { problems: Problem[] }; seen: Set<string> }>();
  const unreadable = new Map<string, string>();
  const seenSets = new Set<object>();
  const fingerprints: (string | null)[] = [];
  const indexes = articles.map((article) => {
    const inForce = files.forArticle(article);
    fingerprints.push(inForce.files.length === 0 ? null : inForce.fingerprint);
    if (inForce.files.length === 0) return undefined;
    if (!seenSets.has(inForce)) {
      seenSets.add(inForce);
      // Problems that depend on the combination of files (a duplicate id across two files) can differ
      // between sets that share a file: each file gets the union, each problem once.
      for (const file of inForce.files) {
        const reason = inForce.unreadable.get(file);
        if (reason !== undefined) {
          unreadable.set(file, reason);
          continue;
        }
        let entry = reports.get(file);
        if (!entry) reports.set(file, (entry = { report: { path: display(file), problems: [] }, seen: new Set() }));
        for (const problem of inForce.problems.get(file) ?? []) {
          const { start } = problem.range;
          const key = `${problem.code}\0${start.line}:${start.character}\0${problem.message}`;
          if (entry.seen.has(key)) continue;
          entry.seen.add(key);
          entry.report.problems.push(problem);
        }
      }
    }
    return inForce.index;
  });
  for (const { report } of reports.values()) {
    report.problems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
  return {
    indexes,
    fingerprints,
    reports: [...reports.values()].map((e) => e.report),
    unreadable: [...unreadable].map(([file, reason]) => ({ path: display(file), reason })),
  };
}
