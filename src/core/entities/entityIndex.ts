// A knowledge base compiled for recognition: built once when the KB changes, then shared by every
// article. Holds the name matcher, the fuzzy-name buckets and the person name parts.

import type { Entity, KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { namesOf } from '../knowledgeBase/knowledgeBase';
import { FuzzyNames, type FuzzyEntry } from './fuzzyNames';
import { NameMatcher, type NamePattern } from './nameMatcher';
import { countCapitals, devanagariVariant, isCaseSensitiveName, nameKey } from './nameText';
import { isBuiltInEntityType, type BuiltInEntityType } from '../knowledgeBase/entityTypes';
import { OFFICE_WORDS, PERSON_TITLES, TITLE_WORDS } from './nameLexicon';

/** A KB name as the matcher holds it, with what the recogniser asks of every match worked out once. */
export interface EntityPattern extends NamePattern<Entity> {
  /** `nameKey(name)`: what names written as names are collected by. */
  readonly key: string;
  /** How many capitalised words the name has (`countCapitals`): fewer in the text means ordinary words. */
  readonly capitals: number;
}

export interface EntityIndex {
  readonly knowledgeBase: KnowledgeBase;
  readonly matcher: NameMatcher<Entity, EntityPattern>;
  readonly fuzzy: FuzzyNames<Entity>;
  /** Given names and surnames of people (`Rajnath`, `Singh`), for surname-only mentions. */
  readonly personNameParts: ReadonlySet<string>;
  /** The people each given name or surname belongs to (`Austin` → Lloyd Austin). */
  readonly peopleByNamePart: ReadonlyMap<string, readonly Entity[]>;
  /** The built-in type an entity is coloured as (custom types fall back to their `like`). */
  baseTypeOf(entity: Entity): BuiltInEntityType;
  /** The `nameParts` of a person's name and aliases, in that order (computed once per entity). */
  namePartsOf(entity: Entity): readonly string[];
}

/** Words of a person's name that can stand for the person: not initials, titles or handles. */
export function nameParts(name: string): string[] {
  if (name.startsWith('@')) return [];
  return name
    .split(/\s+/)
    .map((w) => w.replace(/[.,]+$/, ''))
    .filter((w) => w.length >= 3 && /^\p{Lu}\p{Ll}/u.test(w) && !TITLE_WORDS.has(w) && !PERSON_TITLES.has(w) && !OFFICE_WORDS.has(w));
}

export function buildEntityIndex(knowledgeBase: KnowledgeBase): EntityIndex {
  // Compiled on first use: a process that only describes entities (the language server, while articles
  // are analysed on worker threads) never pays for the matcher of a 20,000-entity KB.
  let compiled: CompiledNames | undefined;
  const names = () => (compiled ??= compileNames(knowledgeBase));
  const partsByEntity = new Map<Entity, readonly string[]>();
  return {
    knowledgeBase,
    get matcher() {
      return names().matcher;
    },
    get fuzzy() {
      return names().fuzzy;
    },
    get personNameParts() {
      return names().personNameParts;
    },
    get peopleByNamePart() {
      return names().peopleByNamePart;
    },
    baseTypeOf(entity) {
      if (isBuiltInEntityType(entity.type)) return entity.type;
      return knowledgeBase.types.get(entity.type)?.like ?? 'organisation';
    },
    namePartsOf(entity) {
      let parts = partsByEntity.get(entity);
      if (!parts) partsByEntity.set(entity, (parts = [entity.name, ...entity.aliases].flatMap(nameParts)));
      return parts;
    },
  };
}

type CompiledNames = Pick<EntityIndex, 'matcher' | 'fuzzy' | 'personNameParts' | 'peopleByNamePart'>;

/** The names, each followed by its other Devanagari spelling where it has one (see devanagariVariant). */
function withVariants(names: readonly string[]): string[] {
  const all: string[] = [];
  for (const name of names) {
    all.push(name);
    const variant = devanagariVariant(name);
    if (variant !== undefined && !names.includes(variant)) all.push(variant);
  }
  return all;
}

function compileNames(knowledgeBase: KnowledgeBase): CompiledNames {
  const patterns: EntityPattern[] = [];
  const fuzzyEntries: FuzzyEntry<Entity>[] = [];
  const claimed = new Map<string, Entity>();
  const personNameParts = new Set<string>();
  const peopleByNamePart = new Map<string, Entity[]>();
  for (const entity of knowledgeBase.entities) {
    for (const name of withVariants(namesOf(entity))) {
      const key = nameKey(name);
      const owner = claimed.get(key);
      if (owner && owner !== entity) continue; // reported as kb-duplicate-name; the first keeps it
      claimed.set(key, entity);
      const caseSensitive = isCaseSensitiveName(name);
      patterns.push({ name, caseSensitive, value: entity, key, capitals: countCapitals(name, 0, name.length) });
      if (!caseSensitive && !name.startsWith('@')) fuzzyEntries.push({ name, value: entity });
      // A given name or surname alone (`Austin`, `Rajanth`) stands for, or misspells, someone the
      // article has named: the recogniser compares it with those people's names, not with the whole KB.
      if (entity.type === 'person') {
        for (const part of nameParts(name)) {
          personNameParts.add(part);
          const people = peopleByNamePart.get(part);
          if (!people) peopleByNamePart.set(part, [entity]);
          else if (!people.includes(entity)) people.push(entity);
        }
      }
    }
  }
  return { matcher: new NameMatcher(patterns), fuzzy: new FuzzyNames(fuzzyEntries), personNameParts, peopleByNamePart };
}
