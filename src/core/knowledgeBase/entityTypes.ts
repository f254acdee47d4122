// The kinds of thing a knowledge base knows. The seven built-in types are part of the public
// interface (CLI JSON `type`, semantic token types); a KB may declare more under `types:`.

export const BUILT_IN_ENTITY_TYPES = ['person', 'organisation', 'place', 'agreement', 'initiative', 'exercise', 'event'] as const;

export type BuiltInEntityType = (typeof BUILT_IN_ENTITY_TYPES)[number];

export function isBuiltInEntityType(type: string): type is BuiltInEntityType {
  return (BUILT_IN_ENTITY_TYPES as readonly string[]).includes(type);
}

/** A type declared in a KB's `types:` section, coloured like a built-in one. */
export interface CustomEntityType {
  readonly name: string;
  readonly like: BuiltInEntityType;
  readonly description?: string;
}
