// An analysis as plain data that can leave the process that made it: posted from a worker thread, or
// written to a cache and read back by a later run. The one thing in an analysis that is not plain data
// is a mention's knowledge base entity (an object shared with the KB): a record names it by id, and
// reading the record back links the id to the entity of the same knowledge base again.

import type { ArticleAnalysis } from './analyzeArticle';
import type { EntityMention } from './entities/recognizeEntities';
import type { KnowledgeBase } from './knowledgeBase/knowledgeBase';
import type { Fix, Problem } from './problem';

type MentionRecord = Omit<EntityMention, 'entity' | 'inner'> & {
  /** The entity's id; absent for an unknown name. */
  readonly entityId?: string;
  readonly inner?: readonly MentionRecord[];
};

/** A problem whose fixes shared with other problems are written once, in `sharedFixes`, and named by index. */
type ProblemRecord = Omit<Problem, 'fixes'> & { readonly fixes: readonly (Fix | number)[] };

export type AnalysisRecord = Omit<ArticleAnalysis, 'entities' | 'problems'> & {
  readonly entities: readonly MentionRecord[];
  readonly problems: readonly ProblemRecord[];
  /**
   * Fixes offered by several problems ("fix all 874 misspellings" on each of them): written once, or a
   * large article's record would grow with the square of its problems.
   */
  readonly sharedFixes?: readonly Fix[];
};

export function toAnalysisRecord(analysis: ArticleAnalysis): AnalysisRecord {
  return { ...analysis, ...shareFixes(analysis.problems), entities: analysis.entities.map(mentionRecord) };
}

/** Problems as a record holds them: a fix several of them offer written once, in `sharedFixes`. */
export function shareFixes(problems: readonly Problem[]): Pick<AnalysisRecord, 'problems' | 'sharedFixes'> {
  const uses = new Map<Fix, number>();
  for (const problem of problems) for (const fix of problem.fixes) uses.set(fix, (uses.get(fix) ?? 0) + 1);
  const shared = [...uses].filter(([, count]) => count > 1).map(([fix]) => fix);
  if (!shared.length) return { problems };
  const index = new Map(shared.map((fix, i) => [fix, i]));
  return { problems: problems.map((p) => ({ ...p, fixes: p.fixes.map((fix) => index.get(fix) ?? fix) })), sharedFixes: shared };
}

function mentionRecord(mention: EntityMention): MentionRecord {
  const { entity, inner, ...rest } = mention;
  return {
    ...rest,
    ...(entity ? { entityId: entity.id } : {}),
    ...(inner ? { inner: inner.map(mentionRecord) } : {}),
  };
}

/**
 * The analysis a record was made of, its mentions linked to `knowledgeBase`'s entities: undefined when
 * an id is not in it (the record was made under another knowledge base, so it is stale). The record is
 * turned into the analysis in place (it was parsed for this: a 5 MB article's record is hundreds of
 * thousands of objects, not to be copied once more); do not use it afterwards.
 */
export function fromAnalysisRecord(record: AnalysisRecord, knowledgeBase: KnowledgeBase | undefined): ArticleAnalysis | undefined {
  const link = (mentions: readonly MentionRecord[]): boolean => {
    for (const m of mentions as (MentionRecord & { entity?: unknown; entityId?: string })[]) {
      if (m.entityId === undefined) m.entity = undefined;
      else {
        m.entity = knowledgeBase?.byId.get(m.entityId);
        if (!m.entity) return false;
        delete m.entityId;
      }
      if (m.inner && !link(m.inner)) return false;
    }
    return true;
  };
  if (!link(record.entities)) return undefined;
  resolveFixes(record.problems, record.sharedFixes);
  delete (record as { sharedFixes?: unknown }).sharedFixes;
  return record as unknown as ArticleAnalysis;
}

/** A record's problems with their shared fixes put back (in place; each shared fix one object again). */
export function resolveFixes(problems: readonly ProblemRecord[], sharedFixes: readonly Fix[] | undefined): readonly Problem[] {
  if (sharedFixes) {
    for (const problem of problems as unknown as { fixes: readonly (Fix | number)[] }[]) {
      problem.fixes = problem.fixes.map((fix) => (typeof fix === 'number' ? sharedFixes[fix] : fix));
    }
  }
  return problems as readonly Problem[];
}

/**
 * Whether an analysis depends on the day it was made, not only on the text and the knowledge base: a
 * header dated in the future is flagged until that day comes, so such an analysis must not be reused.
 */
export function dependsOnToday(analysis: Pick<ArticleAnalysis | AnalysisRecord, 'problems'>): boolean {
  return analysis.problems.some((p) => p.code === 'future-date-header');
}

/**
 * One analysis in the two forms its users take, each made only when first asked for: a job's finisher
 * reads the analysis (the CLI's report) or the record (the server's index), and whichever it does not read
 * is never made — converting costs a tenth of the analysis itself.
 */
export class AnalysisForms {
  private analysisMade: ArticleAnalysis | undefined;
  private recordMade: AnalysisRecord | undefined;
  private linked: boolean;

  private constructor(
    made: { analysis?: ArticleAnalysis; record?: AnalysisRecord },
    private readonly knowledgeBase: KnowledgeBase | undefined,
  ) {
    this.analysisMade = made.analysis;
    this.recordMade = made.record;
    this.linked = made.analysis !== undefined;
  }

  static ofAnalysis(analysis: ArticleAnalysis): AnalysisForms {
    return new AnalysisForms({ analysis }, undefined);
  }

  /** A record (parsed for this: it becomes the analysis in place, see `fromAnalysisRecord`). */
  static ofRecord(record: AnalysisRecord, knowledgeBase: KnowledgeBase | undefined): AnalysisForms {
    return new AnalysisForms({ record }, knowledgeBase);
  }

  /** The analysis, its mentions linked to the KB's entities; undefined for a record naming an entity the KB lacks. */
  get analysis(): ArticleAnalysis | undefined {
    if (!this.linked) {
      this.analysisMade = fromAnalysisRecord(this.recordMade!, this.knowledgeBase);
      this.recordMade = undefined; // turned into the analysis
      this.linked = true;
    }
    return this.analysisMade;
  }

  /** The analysis if it was made (not one still to be made of a record). */
  get analysisIfMade(): ArticleAnalysis | undefined {
    return this.linked ? this.analysisMade : undefined;
  }

  get record(): AnalysisRecord {
    if (this.recordMade) return this.recordMade;
    if (!this.analysisMade) throw new Error('a stale record has no analysis to make a record of');
    return (this.recordMade = toAnalysisRecord(this.analysisMade));
  }
}
