// An article's mentions of knowledge base entities as the server's index keeps them: the entities it
// mentions and how often, at once; where (the ranges, four numbers a mention), when first asked for.
//
// A restart indexes 10k articles from the index snapshot: parsing every article's ranges (7 MB of small
// integers) was a sixth of it, while a hover needs only the counts and the few articles it names, and
// references only the entity asked about. So the snapshot keeps the ranges apart, as JSON parsed on demand.

import type { Range } from '../core';

/** What crosses threads and is written to the snapshot: entity ids, and each one's ranges (line, character, line, character, …). */
export interface MentionsRecord {
  readonly ids: readonly string[];
  readonly ranges: readonly (readonly number[])[];
}

export class PackedMentions {
  private parsed: readonly (readonly number[])[] | undefined;

  /** `ranges`: the ranges of each id, in order, or where to read that as JSON (the snapshot's data file). */
  private constructor(
    readonly ids: readonly string[],
    /** How many times each id is mentioned. */
    readonly counts: readonly number[],
    private readonly ranges: readonly (readonly number[])[] | (() => string),
  ) {
    if (typeof ranges !== 'function') this.parsed = ranges;
  }

  static of(record: MentionsRecord): PackedMentions {
    return new PackedMentions(
      record.ids,
      record.ranges.map((r) => r.length / 4),
      record.ranges,
    );
  }

  /** From the snapshot: the ranges are read and parsed when some are asked for (a damaged text reads as no ranges). */
  static unparsed(ids: readonly string[], counts: readonly number[], rangesJson: () => string): PackedMentions {
    return new PackedMentions(ids, counts, rangesJson);
  }

  /** The ranges of the `slot`th entity (`ids[slot]`). */
  rangesAt(slot: number): readonly number[] {
    if (this.parsed === undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse((this.ranges as () => string)());
      } catch {
        // a snapshot edited or damaged where no check could see it: no places, rather than a failed request
      }
      this.parsed = Array.isArray(parsed) && parsed.length === this.ids.length ? (parsed as number[][]) : this.ids.map(() => []);
    }
    return this.parsed[slot] ?? [];
  }

  /** The ranges as JSON, as the snapshot keeps them (unparsed ones read as they were written). */
  rangesJson(): string {
    return typeof this.ranges === 'function' ? this.ranges() : JSON.stringify(this.ranges);
  }
}

/** Mentions of KB entities packed by entity (ids in order of first mention), four numbers a range. */
export function packMentions<M extends { readonly range: Range }>(
  mentions: readonly M[],
  idOf: (mention: M) => string | undefined,
): MentionsRecord {
  const slots = new Map<string, number>();
  const ids: string[] = [];
  const ranges: number[][] = [];
  for (const m of mentions) {
    const id = idOf(m);
    if (id === undefined) continue;
    let slot = slots.get(id);
    if (slot === undefined) {
      slots.set(id, (slot = ids.length));
      ids.push(id);
      ranges.push([]);
    }
    ranges[slot].push(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character);
  }
  return { ids, ranges };
}
