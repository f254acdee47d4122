// Small helpers for knowledge base tests: YAML written as lines, and the problems of one file as
// the loader reports them (parse + the checks across entities).

import { combineKnowledgeBases, parseKnowledgeBase, type Problem, type Range } from '../../../src/core';

/** A YAML file from its lines (LF line ends, a final newline). */
export const yamlLines = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** Every problem in one KB file, as the CLI and the server see it. */
export function problemsOf(text: string): Problem[] {
  const { problems } = combineKnowledgeBases([parseKnowledgeBase(text, 'entities.yaml')]);
  return [...(problems.get('entities.yaml') ?? [])];
}

/** `code @line:start-end` with 0-based lines, for compact assertions on where problems are. */
export function where(problem: Problem): string {
  return `${problem.code} @${span(problem.range)}`;
}

export function span({ start, end }: Range): string {
  return start.line === end.line
    ? `${start.line}:${start.character}-${end.character}`
    : `${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** The text a range covers. */
export function textAt(text: string, { start, end }: Range): string {
  const lines = text.split('\n');
  if (start.line === end.line) return lines[start.line].slice(start.character, end.character);
  return [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join(
    '\n',
  );
}
