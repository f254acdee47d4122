// Edits to a user's `entities.yaml` that keep everything else byte for byte: comments, blank lines,
// quoting and order. Each function returns text edits (offsets into the original text) computed
// from the YAML syntax tree, so only the lines that change are touched.

import { isMap, isScalar, isSeq, parseDocument, stringify, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { nameKey } from '../entities/nameText';
import type { BuiltInEntityType } from './entityTypes';

export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface NewEntity {
  readonly name: string;
  readonly type: BuiltInEntityType | string;
  readonly aliases?: readonly string[];
  readonly description?: string;
}

export class KnowledgeBaseEditError extends Error {}

/** A fresh, valid KB file holding one entity (for a folder that has none yet). */
export function newKnowledgeBaseText(entity: NewEntity, existingText = ''): string {
  if (existingText.trim()) return applyOffsetEdits(existingText, addEntityEdits(existingText, entity));
  return `# Seed Annotator knowledge base: see docs/knowledge-base.md for the format.\nversion: 1\nentities:\n${entityBlock(entity, uniqueId(entity.name, new Set()), 2)}`;
}

/** Appends an entity to the `entities:` list, with an id derived from its name. */
export function addEntityEdits(text: string, entity: NewEntity): OffsetEdit[] {
  const doc = parse(text);
  const root = doc.contents;
  if (!isMap(root)) throw new KnowledgeBaseEditError('The knowledge base is not a mapping with an `entities:` list.');
  const ids = existingIds(root);
  const id = uniqueId(entity.name, ids);
  const list = root.get('entities', true) as Node | undefined;
  if (list === undefined) {
    const at = text.length;
    const lead = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
    return [{ start: at, end: at, newText: `${lead}entities:\n${entityBlock(entity, id, 2)}` }];
  }
  if (isScalar(list) && list.value === null) {
    // `entities:` with nothing after it.
    const at = lineEnd(text, list.range?.[0] ?? text.length);
    return [{ start: at, end: at, newText: `\n${entityBlock(entity, id, 2).replace(/\n$/, '')}` }];
  }
  if (!isSeq(list)) throw new KnowledgeBaseEditError('`entities:` is not a list.');
  if (list.flow || list.items.length === 0) {
    // `entities: []` or `[{…}]`: rewrite just that list, as a block list.
    const items = (list.items as Node[]).map((n) => text.slice(n.range![0], n.range![1]));
    const indent = 2;
    const block = [...items.map((i) => `${' '.repeat(indent)}- ${i}\n`), entityBlock(entity, id, indent)].join('');
    const keyStart = lineStart(text, list.range![0]);
    const keyText = text.slice(keyStart, list.range![0]).replace(/\s*$/, '');
    return [{ start: keyStart, end: list.range![1], newText: `${keyText}\n${block.replace(/\n$/, '')}` }];
  }
  const first = list.items[0] as Node;
  const indent = columnOf(text, first.range![0]) - 2;
  const last = list.items[list.items.length - 1] as Node;
  const at = lineEnd(text, last.range![1] - (text[last.range![1] - 1] === '\n' ? 1 : 0));
  const newline = newlineOf(text);
  const block = entityBlock(entity, id, Math.max(indent, 0)).replace(/\n$/, '').replace(/\n/g, newline);
  return [{ start: at, end: at, newText: `${newline}${block}` }];
}

/** Adds an alias to the entity with the given id (nothing when it already has that name). */
export function addAliasEdits(text: string, id: string, alias: string): OffsetEdit[] {
  const entry = findEntry(text, id);
  if (spellingsOf(entry).some((n) => nameKey(n) === nameKey(alias))) return [];
  return aliasInsertion(text, entry, alias);
}

function aliasInsertion(text: string, entry: YAMLMap, alias: string): OffsetEdit[] {
  const newline = newlineOf(text);
  const aliases = entry.get('aliases', true) as Node | undefined;
  if (aliases && isSeq(aliases) && aliases.items.length > 0) {
    const seq = aliases as YAMLSeq;
    const last = seq.items[seq.items.length - 1] as Node;
    if (seq.flow) return [{ start: last.range![1], end: last.range![1], newText: `, ${flowScalarText(alias)}` }];
    const first = seq.items[0] as Node;
    const dash = lineStart(text, first.range![0]);
    const indent = text.slice(dash, first.range![0]).replace(/-\s*$/, '');
    const at = lineEnd(text, last.range![1] - (text[last.range![1] - 1] === '\n' ? 1 : 0));
    return [{ start: at, end: at, newText: `${newline}${indent}- ${scalarText(alias)}` }];
  }
  if (aliases && isSeq(aliases)) {
    // `aliases: []`
    return [{ start: aliases.range![0], end: aliases.range![1], newText: `[${flowScalarText(alias)}]` }];
  }
  if (aliases && isScalar(aliases)) {
    const pair = entry.items.find((p) => isScalar(p.key) && p.key.value === 'aliases')!;
    if (aliases.value === null || aliases.value === '') {
      // `aliases:` with nothing after it (perhaps a comment): the list goes right after the colon.
      const colon = text.indexOf(':', (pair.key as Node).range![1]);
      return [{ start: colon + 1, end: colon + 1, newText: ` [${flowScalarText(alias)}]` }];
    }
    // A single alias written as text (reported as invalid): make it a list.
    return [
      { start: aliases.range![0], end: aliases.range![1], newText: `[${flowScalarText(String(aliases.value))}, ${flowScalarText(alias)}]` },
    ];
  }
  if (aliases) throw new KnowledgeBaseEditError('`aliases:` is not a list; fix it first.');
  if (entry.flow) {
    // `- {id: a, name: A, type: place}`: one more pair before the closing brace.
    const lastPair = entry.items[entry.items.length - 1];
    const end = ((lastPair.value ?? lastPair.key) as Node).range![1];
    return [{ start: end, end, newText: `, aliases: [${flowScalarText(alias)}]` }];
  }
  const nameNode = entry.get('name', true) as Node;
  const at = lineEnd(text, nameNode.range![1]);
  const keyIndent = ' '.repeat(columnOf(text, keyStartOf(entry, 'name', text)));
  return [{ start: at, end: at, newText: `${newline}${keyIndent}aliases: [${flowScalarText(alias)}]` }];
}

/**
 * Renames an entity: its `name:` becomes the new name and the old name is kept as an alias, so
 * articles that spell it the old way still link to it. Renaming to one of its aliases swaps the two.
 */
export function renameEntityEdits(text: string, id: string, newName: string): OffsetEdit[] {
  const entry = findEntry(text, id);
  const nameNode = entry.get('name', true) as Node;
  const oldName = isScalar(nameNode) ? String(nameNode.value) : '';
  const edits: OffsetEdit[] = [{ start: nameNode.range![0], end: nameNode.range![1], newText: scalarText(newName) }];
  if (!oldName || nameKey(oldName) === nameKey(newName)) return edits;
  const aliases = entry.get('aliases', true) as Node | undefined;
  const items = aliases && isSeq(aliases) ? (aliases.items as Node[]) : [];
  const same = items.find((n) => isScalar(n) && nameKey(String(n.value)) === nameKey(newName));
  if (same) {
    const flow = (aliases as YAMLSeq).flow;
    return [...edits, { start: same.range![0], end: same.range![1], newText: flow ? flowScalarText(oldName) : scalarText(oldName) }];
  }
  if (items.some((n) => isScalar(n) && nameKey(String(n.value)) === nameKey(oldName))) return edits;
  return [...edits, ...aliasInsertion(text, entry, oldName)];
}

export function applyOffsetEdits(text: string, edits: readonly OffsetEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** `lloyd-austin` from `Lloyd Austin`, made unique among `taken`. */
export function uniqueId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function entityBlock(entity: NewEntity, id: string, indent: number): string {
  const pad = ' '.repeat(indent);
  const lines = [`${pad}- id: ${id}`, `${pad}  name: ${scalarText(entity.name)}`, `${pad}  type: ${scalarText(entity.type)}`];
  if (entity.aliases?.length) lines.push(`${pad}  aliases: [${entity.aliases.map(flowScalarText).join(', ')}]`);
  if (entity.description) lines.push(`${pad}  description: ${scalarText(entity.description)}`);
  return `${lines.join('\n')}\n`;
}

/** A YAML scalar for the text: plain when that reads back as the same string, else quoted. */
function scalarText(value: string): string {
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

/** A scalar inside `[…]`, where commas and brackets would end a plain scalar. */
function flowScalarText(value: string): string {
  const plain = scalarText(value);
  return /^["']/.test(plain) || !/[,[\]{}]/.test(plain) ? plain : JSON.stringify(value);
}

function newlineOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The name and aliases written in an entry. */
function spellingsOf(entry: YAMLMap): string[] {
  const name = entry.get('name', true);
  const aliases = entry.get('aliases', true);
  const names = isScalar(name) ? [String(name.value)] : [];
  if (isSeq(aliases)) for (const a of aliases.items) if (isScalar(a)) names.push(String(a.value));
  return names;
}

function parse(text: string) {
  const doc = parseDocument(text);
  if (doc.errors.length > 0)
    throw new KnowledgeBaseEditError(`The knowledge base has YAML errors; fix them first (${doc.errors[0].message.split('\n')[0]}).`);
  return doc;
}

function findEntry(text: string, id: string): YAMLMap {
  const root = parse(text).contents;
  const list = isMap(root) ? root.get('entities', true) : undefined;
  if (isSeq(list)) {
    for (const item of list.items)
      if (isMap(item) && String((item.get('id', true) as Node & { value?: unknown })?.value ?? '') === id) return item;
  }
  throw new KnowledgeBaseEditError(`No entity with id "${id}" in this knowledge base.`);
}

function existingIds(root: YAMLMap): Set<string> {
  const ids = new Set<string>();
  const list = root.get('entities', true);
  if (isSeq(list)) for (const item of list.items) if (isMap(item)) ids.add(String(item.get('id') ?? ''));
  return ids;
}

function keyStartOf(map: YAMLMap, key: string, text: string): number {
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return (pair?.key as Node | undefined)?.range?.[0] ?? lineStart(text, map.range![0]);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}
