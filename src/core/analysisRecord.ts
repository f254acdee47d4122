// An analysis as plain data that can leave the process that made it: posted from a worker thread, or
// written to a cache and read back by a later run. The one thing in an analysis that is not plain data
// is a mention's knowledge base entity (an object shared with the KB): a record names it by id, and
// reading the record back links the id to the entity of the same knowledge base again.

import type { ArticleAnalysis } from './analyzeArticle';
import type { EntityMention } from './entities/recognizeEntities';
import type { KnowledgeBase } from './knowledgeBase/knowledgeBase';

type MentionRecord = Omit<EntityMention, 'entity' | 'inner'> & {
  /** The entity's id; absent for an unknown name. */
  readonly entityId?: string;
  readonly inner?: readonly MentionRecord[];
};

export type AnalysisRecord = Omit<ArticleAnalysis, 'entities'> & { readonly entities: readonly MentionRecord[] };

export function toAnalysisRecord(analysis: ArticleAnalysis): AnalysisRecord {
  return { ...analysis, entities: analysis.entities.map(mentionRecord) };
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
  return link(record.entities) ? (record as unknown as ArticleAnalysis) : undefined;
}

/**
 * Whether an analysis depends on the day it was made, not only on the text and the knowledge base: a
 * header dated in the future is flagged until that day comes, so such an analysis must not be reused.
 */
export function dependsOnToday(analysis: ArticleAnalysis | AnalysisRecord): boolean {
  return analysis.problems.some((p) => p.code === 'future-date-header');
}
