// Reads one `entities.yaml` into entities, reporting every problem at its exact place in the file.
// A file with problems still yields every entry that could be read, so one typo does not blind the
// whole knowledge base.

import {
  type Document,
  type Node,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Pair,
  visit,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import { type DiagnosticCode, severityOf } from '../diagnosticCodes';
import type { Problem } from '../problem';
import type { Range } from '../textPosition';
import { BUILT_IN_ENTITY_TYPES, type CustomEntityType, isBuiltInEntityType } from './entityTypes';
import type { Entity, KbLocation, Role } from './knowledgeBase';
import { latestDay, earliestDay, readPartialDate, type PartialDate } from './partialDate';
import { compareDates } from '../calendarDate';

export interface ParsedKnowledgeBase {
  readonly source: string;
  readonly entities: readonly Entity[];
  readonly types: readonly CustomEntityType[];
  /** Where each entity's `type:` value is, for checks that need every file (unknown types). */
  readonly typeRanges: ReadonlyMap<Entity, Range>;
  /** Where each entity's names are, for duplicate checks across files. */
  readonly nameRanges: ReadonlyMap<Entity, readonly { readonly name: string; readonly range: Range }[]>;
  readonly idRanges: ReadonlyMap<Entity, Range>;
  readonly problems: readonly Problem[];
}

const ENTITY_KEYS = new Set(['id', 'name', 'type', 'aliases', 'country', 'description', 'url', 'roles']);
const ROLE_KEYS = new Set(['title', 'from', 'to']);
const TOP_KEYS = new Set(['version', 'types', 'entities']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseKnowledgeBase(text: string, source: string): ParsedKnowledgeBase {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = [];
  const rangeOf = (offsets: readonly number[] | null | undefined): Range => {
    const [start, end] = offsets ?? [0, 0];
    const at = (offset: number) => {
      const { line, col } = lineCounter.linePos(offset);
      return { line: line - 1, character: col - 1 };
    };
    return { start: at(start), end: at(end) };
  };
  /** While the file has YAML errors only they are reported: the rest may be a misreading of the broken part. */
  let quiet = false;
  const report = (code: DiagnosticCode, message: string, node: Node | Pair | null | undefined) => {
    if (quiet) return;
    const offsets = node && 'range' in node ? headOf(node, text) : node && 'key' in node ? (node.key as Node | null)?.range : undefined;
    problems.push({ code, severity: severityOf(code), message, range: rangeOf(offsets), fixes: [] });
  };

  const entities: Entity[] = [];
  const types: CustomEntityType[] = [];
  const typeRanges = new Map<Entity, Range>();
  const nameRanges = new Map<Entity, { name: string; range: Range }[]>();
  const idRanges = new Map<Entity, Range>();
  const result = () => ({ source, entities, types, typeRanges, nameRanges, idRanges, problems });

  const scalars = doc.errors.length > 0 ? scalarsOf(doc) : undefined;
  for (const error of doc.errors) {
    problems.push({
      code: 'kb-syntax-error',
      severity: severityOf('kb-syntax-error'),
      message: `Not valid YAML: ${error.message.split('\n')[0]}`,
      range: rangeOf(errorSpan(scalars!, error, text)),
      fixes: [],
    });
  }
  // A key written twice leaves the structure intact (the first one counts); any other error may have
  // swallowed what follows it, so entries that overlap an error are skipped and nothing else reported.
  const broken = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY').map((e) => e.pos[0]);
  quiet = broken.length > 0;
  const isBroken = (node: Node) =>
    broken.some((at) => node.range !== null && node.range !== undefined && node.range[0] <= at && at <= node.range[2]);
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return result();
  if (!isMap(root)) {
    report('kb-invalid-entry', 'A knowledge base is a mapping with an `entities:` list.', root);
    return result();
  }
  for (const pair of root.items) {
    const key = scalarText(pair.key);
    if (key !== undefined && !TOP_KEYS.has(key))
      report('kb-unknown-key', `Unknown key "${key}" (expected version, types, entities).`, pair.key as Node);
  }

  const typesNode = root.get('types', true) as Node | undefined;
  if (typesNode !== undefined && !(isScalar(typesNode) && typesNode.value === null)) {
    if (!isMap(typesNode))
      report('kb-invalid-entry', '`types:` maps each type name to `{ like: <built-in type>, description }`.', typesNode);
    else {
      for (const pair of typesNode.items) {
        const name = scalarText(pair.key);
        if (!name) continue;
        const value = pair.value as Node | null;
        const like = isMap(value) ? scalarText(value.get('like', true)) : undefined;
        if (!like || !isBuiltInEntityType(like)) {
          report(
            'kb-unknown-type',
            `Type "${name}" needs \`like:\` one of ${BUILT_IN_ENTITY_TYPES.join(', ')}.`,
            (isMap(value) && (value.get('like', true) as Node)) || (pair.key as Node),
          );
          continue;
        }
        const description = isMap(value) ? scalarText(value.get('description', true)) : undefined;
        types.push({ name, like, ...(description ? { description } : {}) });
      }
    }
  }

  const list = root.get('entities', true) as Node | undefined;
  if (list === undefined || (isScalar(list) && list.value === null)) return result();
  if (!isSeq(list)) {
    report('kb-invalid-entry', '`entities:` must be a list of entries (`- id: …`).', list);
    return result();
  }
  for (const item of list.items as Node[]) {
    if (isBroken(item)) continue;
    if (!isMap(item)) {
      report('kb-invalid-entry', 'Each entity is a mapping with at least `id`, `name` and `type`.', item);
      continue;
    }
    const entity = readEntity(item);
    if (entity) entities.push(entity);
  }
  return result();

  function readEntity(map: YAMLMap): Entity | undefined {
    for (const pair of map.items) {
      const key = scalarText(pair.key);
      if (key !== undefined && !ENTITY_KEYS.has(key)) {
        report('kb-unknown-key', `Unknown key "${key}" in an entity (expected ${[...ENTITY_KEYS].join(', ')}).`, pair.key as Node);
      }
    }
    const required = (key: string): { text: string; node: Node } | undefined => {
      const node = map.get(key, true) as Node | undefined;
      const text = scalarText(node);
      if (text === undefined || text.trim() === '') {
        report('kb-invalid-entry', `An entity needs a non-empty \`${key}:\`.`, node ?? map);
        return undefined;
      }
      return { text: text.trim(), node: node! };
    };
    const id = required('id');
    const name = required('name');
    const type = required('type');
    if (!id || !name || !type) return undefined;
    if (!ID.test(id.text)) {
      report('kb-invalid-entry', `Id "${id.text}" must be lowercase letters, digits and single hyphens (e.g. lloyd-austin).`, id.node);
    }
    const optional = (key: string): string | undefined => {
      const node = map.get(key, true) as Node | undefined;
      if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
      const text = scalarText(node);
      if (text === undefined) report('kb-invalid-entry', `\`${key}:\` must be text.`, node);
      return text?.trim() || undefined;
    };
    const names = [{ name: name.text, range: rangeOf(name.node.range) }];
    const aliases: string[] = [];
    const aliasNode = map.get('aliases', true) as Node | undefined;
    if (aliasNode !== undefined && !(isScalar(aliasNode) && aliasNode.value === null)) {
      if (!isSeq(aliasNode)) report('kb-invalid-entry', '`aliases:` must be a list of names.', aliasNode);
      else {
        for (const a of aliasNode.items as Node[]) {
          const alias = scalarText(a)?.trim();
          if (!alias) {
            report('kb-invalid-entry', 'An alias must be non-empty text.', a);
            continue;
          }
          if (alias !== name.text && !aliases.includes(alias)) {
            aliases.push(alias);
            names.push({ name: alias, range: rangeOf(a.range) });
          }
        }
      }
    }
    const roles: Role[] = [];
    const rolesNode = map.get('roles', true) as Node | undefined;
    if (rolesNode !== undefined && !(isScalar(rolesNode) && rolesNode.value === null)) {
      if (!isSeq(rolesNode)) report('kb-invalid-entry', '`roles:` must be a list of `{ title, from, to }`.', rolesNode);
      else
        for (const r of rolesNode.items as Node[]) {
          const role = readRole(r);
          if (role) roles.push(role);
        }
    }
    const country = optional('country');
    const description = optional('description');
    const url = optional('url');
    const location: KbLocation = { source, range: rangeOf(map.range) };
    const entity: Entity = {
      id: id.text,
      name: name.text,
      type: type.text,
      aliases,
      ...(country ? { country } : {}),
      ...(description ? { description } : {}),
      ...(url ? { url } : {}),
      roles,
      location,
      nameLocation: { source, range: rangeOf(name.node.range) },
    };
    typeRanges.set(entity, rangeOf(type.node.range));
    nameRanges.set(entity, names);
    idRanges.set(entity, rangeOf(id.node.range));
    return entity;
  }

  function readRole(node: Node): Role | undefined {
    if (!isMap(node)) {
      report('kb-invalid-entry', 'A role is a mapping `{ title, from, to }`.', node);
      return undefined;
    }
    for (const pair of node.items) {
      const key = scalarText(pair.key);
      if (key !== undefined && !ROLE_KEYS.has(key))
        report('kb-unknown-key', `Unknown key "${key}" in a role (expected title, from, to).`, pair.key as Node);
    }
    const titleNode = node.get('title', true) as Node | undefined;
    const title = scalarText(titleNode)?.trim();
    if (!title) {
      report('kb-invalid-entry', 'A role needs a `title:`.', titleNode ?? node);
      return undefined;
    }
    const date = (key: 'from' | 'to'): PartialDate | undefined | null => {
      const n = node.get(key, true) as Node | undefined;
      if (n === undefined || (isScalar(n) && n.value === null)) return undefined;
      const read = readPartialDate(scalarText(n) ?? '');
      if ('error' in read) {
        report('kb-invalid-date', `\`${key}:\` ${read.error}.`, n);
        return null;
      }
      return read;
    };
    const from = date('from');
    const to = date('to');
    if (from && to && compareDates(earliestDay(from), latestDay(to)) > 0) {
      report('kb-invalid-date', `Role "${title}" ends before it starts.`, node.get('to', true) as Node);
    }
    return { title, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }
}

/** The text of a scalar node; numbers and dates written bare (`from: 2021`) count as their source text. */
function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (node.value === null || typeof node.value === 'object') return undefined;
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}

/**
 * Where to underline a node: all of it when it fits on one line; else its first line (a mapping: its
 * first `key: value`), so a problem with a whole entry does not paint the entire entry.
 */
function headOf(node: Node, text: string): [number, number] | undefined {
  const range = node.range;
  if (!range) return undefined;
  const [start, end] = range;
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0 || lineEnd >= end) return [start, end];
  if (isMap(node) && node.items.length > 0) {
    const first = node.items[0];
    const key = first.key as Node | null;
    const value = first.value as Node | null;
    if (key?.range) {
      const valueEnd = value?.range && value.range[1] <= lineEnd ? value.range[1] : key.range[1];
      return [key.range[0], valueEnd];
    }
  }
  return [start, start + text.slice(start, lineEnd).trimEnd().length];
}

/** A document's scalars, found once for all its errors (a broken KB of 20k entries has hundreds). */
interface Scalars {
  /** The first scalar starting at each offset: a repeated key. */
  readonly byStart: ReadonlyMap<number, readonly [number, number]>;
  /** Quoted scalars in document order: [start, value end, node end]. */
  readonly quoted: readonly (readonly [number, number, number])[];
}

function scalarsOf(doc: Document): Scalars {
  const byStart = new Map<number, readonly [number, number]>();
  const quoted: (readonly [number, number, number])[] = [];
  visit(doc, {
    Scalar(_key, node) {
      const range = node.range;
      if (!range) return;
      if (!byStart.has(range[0])) byStart.set(range[0], [range[0], range[1]]);
      if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') quoted.push([range[0], range[1], range[2]]);
    },
  });
  return { byStart, quoted };
}

/** Where a YAML error is: the repeated key, the opening quote never closed, or the token at the error. */
function errorSpan(scalars: Scalars, error: YAMLError, text: string): [number, number] {
  const [at] = error.pos;
  let span: [number, number] | undefined;
  const key = error.code === 'DUPLICATE_KEY' ? scalars.byStart.get(at) : undefined;
  if (key) span = [key[0], key[1]];
  if (!span && error.code === 'MISSING_CHAR') {
    const open = scalars.quoted.find(([start, , end]) => start < at && at <= end);
    if (open) {
      const lineEnd = text.indexOf('\n', open[0]);
      span = [open[0], lineEnd < 0 ? text.length : lineEnd];
    }
  }
  if (span) return span;
  const token = /^[^\s]*/.exec(text.slice(at))![0];
  return [at, at + Math.max(token.length, Math.min(1, text.length - at))];
}
