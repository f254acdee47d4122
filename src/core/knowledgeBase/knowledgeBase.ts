// The knowledge base as the analysis sees it: plain entities with where each one is written, so
// hovers can quote it, "go to definition" can open it and edits can find it.

import type { Range } from '../textPosition';
import type { CustomEntityType } from './entityTypes';
import type { PartialDate } from './partialDate';

export interface Role {
  readonly title: string;
  readonly from?: PartialDate;
  readonly to?: PartialDate;
}

/** Where something is written in a KB file. `source` is whatever names the file (path or URI). */
export interface KbLocation {
  readonly source: string;
  readonly range: Range;
}

export interface Entity {
  readonly id: string;
  readonly name: string;
  /** A built-in type or one declared under `types:`. */
  readonly type: string;
  /** Other spellings, in the order written (the name itself is not repeated here). */
  readonly aliases: readonly string[];
  readonly country?: string;
  readonly description?: string;
  readonly url?: string;
  readonly roles: readonly Role[];
  /** The whole entry. */
  readonly location: KbLocation;
  /** The `name:` value. */
  readonly nameLocation: KbLocation;
}

export interface KnowledgeBase {
  readonly entities: readonly Entity[];
  readonly types: ReadonlyMap<string, CustomEntityType>;
  readonly byId: ReadonlyMap<string, Entity>;
}

export const EMPTY_KNOWLEDGE_BASE: KnowledgeBase = { entities: [], types: new Map(), byId: new Map() };

/** Every spelling that names the entity: the name first, then the aliases. */
export function namesOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases];
}
