// Which articles in the workspace mention which entity: for "Find references", and for the hover's
// "mentioned in N articles". Built once in the background from disk, then kept current from the
// editor's analyses and from file-change events.

import { pathToFileURL } from 'node:url';
import type { EntityMention, Range } from '../core';
import { findFiles } from '../node/findFiles';

export interface IndexedMention {
  readonly uri: string;
  readonly range: Range;
  readonly text: string;
}

interface FileMentions {
  readonly uri: string;
  readonly byEntity: ReadonlyMap<string, readonly IndexedMention[]>;
}

export class MentionIndex {
  private readonly files = new Map<string, FileMentions>();
  private building: Promise<void> | undefined;
  /** Bumped on every invalidation: a build of an older generation stops and is redone. */
  private generation = 0;
  private builtGeneration = -1;
  private rebuildTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly folders: () => readonly string[],
    /** The mentions in a seed article on disk; undefined when it is not one or cannot be read. */
    private readonly mentionsOnDisk: (file: string) => Promise<readonly EntityMention[] | undefined>,
  ) {}

  /** Starts (or restarts, after a change) indexing the workspace; resolves when it is current. */
  async ready(): Promise<void> {
    while (this.builtGeneration !== this.generation) {
      this.building ??= this.build(this.generation).finally(() => (this.building = undefined));
      await this.building;
    }
  }

  /** Whether the index is complete and current (hovers show counts only then). */
  get isReady(): boolean {
    return this.builtGeneration === this.generation;
  }

  /** The KB or the folders changed: every article's mentions may have changed. Re-indexes soon. */
  invalidate(): void {
    this.generation++;
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    this.rebuildTimer = setTimeout(() => void this.ready(), 300);
  }

  update(file: string, mentions: readonly EntityMention[], uri = pathToFileURL(file).toString()): void {
    const byEntity = new Map<string, IndexedMention[]>();
    for (const m of mentions) {
      if (!m.entity) continue;
      let list = byEntity.get(m.entity.id);
      if (!list) byEntity.set(m.entity.id, (list = []));
      list.push({ uri, range: m.range, text: m.text });
    }
    this.files.set(file, { uri, byEntity });
  }

  remove(file: string): void {
    this.files.delete(file);
  }

  async refresh(file: string): Promise<void> {
    const mentions = await this.mentionsOnDisk(file);
    if (mentions) this.update(file, mentions);
    else this.remove(file);
  }

  mentionsOf(entityId: string): IndexedMention[] {
    return [...this.files.values()].flatMap((f) => f.byEntity.get(entityId) ?? []);
  }

  /** Articles mentioning the entity, most mentions first. */
  articlesMentioning(entityId: string): { uri: string; file: string; count: number; first: Range }[] {
    const found: { uri: string; file: string; count: number; first: Range }[] = [];
    for (const [file, f] of this.files) {
      const list = f.byEntity.get(entityId);
      if (list?.length) found.push({ uri: f.uri, file, count: list.length, first: list[0].range });
    }
    return found.sort((a, b) => b.count - a.count || (a.file < b.file ? -1 : 1));
  }

  private async build(generation: number): Promise<void> {
    const seen = new Set<string>();
    for (const folder of this.folders()) {
      const files = await findFiles(
        folder,
        (rel) => /\.(txt|seed)$/i.test(rel),
        () => undefined,
      );
      for (const file of files) {
        if (generation !== this.generation) return; // outdated: ready() starts a newer build
        seen.add(file);
        await this.refresh(file);
      }
    }
    if (generation !== this.generation) return;
    for (const file of [...this.files.keys()]) if (!seen.has(file)) this.files.delete(file);
    this.builtGeneration = generation;
  }
}
