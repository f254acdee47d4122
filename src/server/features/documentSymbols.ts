// The Outline of an article: its header date with the meetings the article reports under it (each with
// its participants, place and topics, each revealing where the text says it), its headline and sections.

import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { articleOutline, type Meeting, meetingDetail, meetingLabel, type OutlineSymbol, type Range } from '../../core';
import type { WorkspaceStore } from '../workspace/workspaceStore';
import { openArticle } from './articleAt';

const KINDS: Record<OutlineSymbol['kind'], SymbolKind> = {
  header: SymbolKind.Key,
  headline: SymbolKind.String,
  section: SymbolKind.Namespace,
};

export async function getDocumentSymbols(store: WorkspaceStore, uri: string): Promise<DocumentSymbol[]> {
  const article = await openArticle(store, uri);
  if (!article) return [];
  const symbols = articleOutline(article.text, article.analysis.header).map(toDocumentSymbol);
  const meetings = article.analysis.meetings.map(meetingSymbol);
  const header = symbols.find((s) => s.kind === SymbolKind.Key);
  // The meetings belong to the article, whose date the header symbol stands for.
  if (header) {
    header.children = [...meetings, ...(header.children ?? [])];
    // A symbol's range holds its children's: the article's date symbol spans what its meetings span.
    header.range = cover([header.range, ...header.children.map((c) => c.range)]);
  }
  return header ? symbols : [...meetings, ...symbols];
}

function meetingSymbol(meeting: Meeting): DocumentSymbol {
  const leaf = (name: string, kind: SymbolKind, range: Range, detail?: string): DocumentSymbol => ({
    name,
    kind,
    range,
    selectionRange: range,
    ...(detail ? { detail } : {}),
  });
  const children = meeting.participants.map((p) =>
    leaf(p.name, SymbolKind.Constant, p.range, p.id ? undefined : 'not in the knowledge base'),
  );
  if (meeting.place && meeting.evidence.place) children.push(leaf(meeting.place, SymbolKind.Namespace, meeting.evidence.place, 'place'));
  if (meeting.occasion && meeting.evidence.occasion)
    children.push(leaf(meeting.occasion, SymbolKind.Event, meeting.evidence.occasion, 'occasion'));
  if (meeting.topics.length && meeting.evidence.topics)
    children.push(leaf(meeting.topics.join(', '), SymbolKind.Struct, meeting.evidence.topics, 'topics'));
  // A symbol's range must hold its children's: the sentence and every place a field was read.
  const range = cover([meeting.range, ...children.map((c) => c.range)]);
  return {
    name: meetingLabel(meeting),
    detail: meetingDetail(meeting),
    kind: SymbolKind.Event,
    range,
    selectionRange: meeting.range,
    children,
  };
}

function cover(ranges: readonly Range[]): Range {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
  let { start, end } = ranges[0];
  for (const r of ranges) {
    if (before(r.start, start)) start = r.start;
    if (before(end, r.end)) end = r.end;
  }
  return { start, end };
}

function toDocumentSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: KINDS[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}
