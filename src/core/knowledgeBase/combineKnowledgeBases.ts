// Several KB files in force at once (the nearest `entities.yaml` plus those named in settings):
// one knowledge base, with the checks that need every file — unknown types, duplicate ids, two
// entities claiming one name — reported in the file where the clash is written second.

import { severityOf } from '../diagnosticCodes';
import { nameKey } from '../entities/nameText';
import type { Problem } from '../problem';
import { BUILT_IN_ENTITY_TYPES, type CustomEntityType, isBuiltInEntityType } from './entityTypes';
import type { Entity, KnowledgeBase } from './knowledgeBase';
import type { ParsedKnowledgeBase } from './parseKnowledgeBase';

export interface CombinedKnowledgeBase {
  readonly knowledgeBase: KnowledgeBase;
  /** Every problem, by source, including each file's own parse problems. */
  readonly problems: ReadonlyMap<string, readonly Problem[]>;
}

export function combineKnowledgeBases(files: readonly ParsedKnowledgeBase[]): CombinedKnowledgeBase {
  const problems = new Map<string, Problem[]>(files.map((f) => [f.source, [...f.problems]]));
  const report = (source: string, problem: Omit<Problem, 'severity' | 'fixes'>) =>
    problems.get(source)!.push({ ...problem, severity: severityOf(problem.code), fixes: [] });

  const types = new Map<string, CustomEntityType>();
  for (const file of files) for (const type of file.types) if (!types.has(type.name)) types.set(type.name, type);

  const entities: Entity[] = [];
  const byId = new Map<string, Entity>();
  const byName = new Map<string, Entity>();
  for (const file of files) {
    for (const entity of file.entities) {
      if (!isBuiltInEntityType(entity.type) && !types.has(entity.type)) {
        const known = [...BUILT_IN_ENTITY_TYPES, ...types.keys()].join(', ');
        report(file.source, {
          code: 'kb-unknown-type',
          message: `Unknown type "${entity.type}" for ${entity.name}: use one of ${known}, or declare it under \`types:\`.`,
          range: file.typeRanges.get(entity)!,
        });
      }
      const first = byId.get(entity.id);
      if (first) {
        report(file.source, {
          code: 'kb-duplicate-id',
          message: `Id "${entity.id}" is already used by ${first.name}${where(first, file)}; ids must be unique.`,
          range: file.idRanges.get(entity)!,
        });
        continue;
      }
      byId.set(entity.id, entity);
      entities.push(entity);
      for (const { name, range } of file.nameRanges.get(entity) ?? []) {
        const key = nameKey(name);
        const owner = byName.get(key);
        if (owner && owner !== entity) {
          report(file.source, {
            code: 'kb-duplicate-name',
            message: `"${name}" already names ${owner.name} (${owner.id})${where(owner, file)}; a name can belong to one entity only.`,
            range,
          });
        } else {
          byName.set(key, entity);
        }
      }
    }
  }
  return { knowledgeBase: { entities, types, byId }, problems };
}

function where(entity: Entity, file: ParsedKnowledgeBase): string {
  const line = entity.location.range.start.line + 1;
  return entity.location.source === file.source ? ` (line ${line})` : ` (${entity.location.source}, line ${line})`;
}
