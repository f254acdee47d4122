// A compiled knowledge base as bytes, to cross threads. Structured cloning a 20,000-entity KB holds the
// sending and the receiving thread for a few hundred milliseconds each; as bytes, it is serialized once
// (on the thread that compiled it), copied cheaply to every worker, and read back in slices between
// which the language server answers requests.

import { deserialize, serialize } from 'node:v8';
import type { CustomEntityType, Entity, KnowledgeBase } from '../core';

export interface SerializedKnowledgeBase {
  readonly types: Uint8Array;
  /** The entities, in order, a slice of them per chunk. */
  readonly entities: readonly Uint8Array[];
}

/** Entities per chunk: reading one back takes a few milliseconds. */
const CHUNK = 500;

const serializedForms = new WeakMap<KnowledgeBase, SerializedKnowledgeBase>();

/** The KB as bytes (made once per KB object, then remembered). */
export function serializeKnowledgeBase(knowledgeBase: KnowledgeBase): SerializedKnowledgeBase {
  let form = serializedForms.get(knowledgeBase);
  if (!form) {
    const entities: Uint8Array[] = [];
    for (let i = 0; i < knowledgeBase.entities.length; i += CHUNK) entities.push(bytes(knowledgeBase.entities.slice(i, i + CHUNK)));
    form = { types: bytes(knowledgeBase.types), entities };
    serializedForms.set(knowledgeBase, form);
  }
  return form;
}

/** Serialized into a buffer of its own: the compiling worker transfers it instead of copying it. */
function bytes(value: unknown): Uint8Array {
  return new Uint8Array(serialize(value));
}

export function deserializeKnowledgeBase(form: SerializedKnowledgeBase): KnowledgeBase {
  return assemble(
    form,
    form.entities.flatMap((chunk) => deserialize(chunk) as Entity[]),
  );
}

/** Reads the KB back a chunk per turn of the event loop, so requests are answered meanwhile. */
export async function deserializeKnowledgeBaseInSteps(form: SerializedKnowledgeBase): Promise<KnowledgeBase> {
  const entities: Entity[] = [];
  for (const chunk of form.entities) {
    await new Promise((resolve) => setImmediate(resolve));
    for (const entity of deserialize(chunk) as Entity[]) entities.push(entity);
  }
  return assemble(form, entities);
}

function assemble(form: SerializedKnowledgeBase, entities: readonly Entity[]): KnowledgeBase {
  const knowledgeBase = {
    entities,
    types: deserialize(form.types) as ReadonlyMap<string, CustomEntityType>,
    byId: new Map(entities.map((e) => [e.id, e])),
  };
  serializedForms.set(knowledgeBase, form);
  return knowledgeBase;
}
