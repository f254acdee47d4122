// A small knowledge base written inline, and compact views of what the recogniser finds in a text.

import assert from 'node:assert/strict';
import { buildEntityIndex, combineKnowledgeBases, type EntityIndex, type EntityMention, parseKnowledgeBase } from '../../../src/core';
import { recognizeEntities, type RecognitionOptions } from '../../../src/core/entities/recognizeEntities';

/** One entity as YAML lines: `entity('india', 'India', 'place', ['Bharat'])`. */
export function entity(id: string, name: string, type: string, aliases: readonly string[] = []): string[] {
  return [
    `  - id: ${id}`,
    `    name: ${JSON.stringify(name)}`,
    `    type: ${type}`,
    ...(aliases.length ? [`    aliases: [${aliases.map((a) => JSON.stringify(a)).join(', ')}]`] : []),
  ];
}

/** The knowledge base most tests use: a few people, places, organisations and programmes. */
export const SMALL_KB = [
  'entities:',
  ...entity('rajnath-singh', 'Rajnath Singh', 'person', ['@rajnathsingh']),
  ...entity('lloyd-austin', 'Lloyd Austin', 'person', ['Lloyd J Austin', 'Lloyd J. Austin', '@SecDef']),
  ...entity('manmohan-singh', 'Manmohan Singh', 'person'),
  ...entity('narendra-modi', 'Narendra Modi', 'person'),
  ...entity('pete-hegseth', 'Pete Hegseth', 'person'),
  ...entity('india', 'India', 'place', ['Bharat']),
  ...entity('united-states', 'United States', 'place', ['US', 'U.S.', 'USA']),
  ...entity('pakistan', 'Pakistan', 'place'),
  ...entity('indo-pacific', 'Indo-Pacific', 'place'),
  ...entity('new-delhi', 'New Delhi', 'place'),
  ...entity('vientiane', 'Vientiane', 'place'),
  ...entity('ministry-of-defence-india', 'Ministry of Defence (India)', 'organisation', ['Ministry of Defence', 'MoD']),
  ...entity('asean', 'ASEAN', 'organisation'),
  ...entity('quad', 'Quad', 'organisation', ['QUAD']),
  ...entity('us-navy', 'United States Navy', 'organisation', ['US Navy', 'U.S. Navy']),
  ...entity('indus-x', 'INDUS-X', 'initiative', ['India-US Defence Acceleration Ecosystem']),
  ...entity('sosa', 'Security of Supplies Agreement', 'agreement', ['SOSA']),
  ...entity('admm-plus-11', "11th ASEAN Defence Ministers' Meeting", 'event'),
  ...entity('quad-summit', 'Quad Summit', 'event', ['QUAD Summit']),
].join('\n');

/** A compiled knowledge base from YAML text; the YAML must be free of problems. */
export function indexOf(yaml: string = SMALL_KB): EntityIndex {
  const combined = combineKnowledgeBases([parseKnowledgeBase(yaml, 'entities.yaml')]);
  assert.deepEqual(
    [...combined.problems.values()].flat().map((p) => p.message),
    [],
    'the test KB has problems',
  );
  return buildEntityIndex(combined.knowledgeBase);
}

const small = indexOf();

export function recognize(text: string, index: EntityIndex = small, options: RecognitionOptions = {}): EntityMention[] {
  return recognizeEntities(text, index, options);
}

/**
 * One line per mention: `text = id` for a KB name, `text ~ id` for a surname or given name,
 * `text ! id → suggestion` for a misspelling, `text ? type` for an unknown name.
 */
export function describe(mention: EntityMention): string {
  switch (mention.kind) {
    case 'name':
      return `${mention.text} = ${mention.entity!.id}`;
    case 'short':
      return `${mention.text} ~ ${mention.entity!.id}`;
    case 'misspelled':
      return `${mention.text} ! ${mention.entity!.id} → ${mention.suggestion}`;
    case 'unknown':
      return `${mention.text} ? ${mention.type}${mention.quiet ? ' (quiet)' : ''}`;
  }
}

export function found(text: string, index: EntityIndex = small, options: RecognitionOptions = {}): string[] {
  return recognize(text, index, options).map(describe);
}

/** Only the mentions of one kind. */
export function foundOfKind(
  kind: EntityMention['kind'],
  text: string,
  index: EntityIndex = small,
  options: RecognitionOptions = {},
): string[] {
  return recognize(text, index, options)
    .filter((m) => m.kind === kind)
    .map(describe);
}
