// What the recogniser's findings mean for the user: misspellings to correct, unknown names to add.

import { severityOf } from '../diagnosticCodes';
import type { Fix, Problem } from '../problem';
import { plural } from '../tally';
import type { EntityMention } from './recognizeEntities';

export function entityProblems(mentions: readonly EntityMention[]): Problem[] {
  const misspelled = mentions.filter((m) => m.kind === 'misspelled');
  const fixAll: Fix | undefined =
    misspelled.length > 1
      ? {
          title: `Fix all ${plural(misspelled.length, 'misspelled name')} in this file`,
          edits: misspelled.map((m) => ({ range: m.range, newText: m.suggestion! })),
          preferred: false,
        }
      : undefined;
  const problems: Problem[] = [];
  for (const m of mentions) {
    if (m.kind === 'misspelled') {
      const fix: Fix = { title: `Change to "${m.suggestion}"`, edits: [{ range: m.range, newText: m.suggestion! }], preferred: true };
      problems.push({
        code: 'misspelled-entity',
        severity: severityOf('misspelled-entity'),
        message: `"${m.text}" looks like a misspelling of "${m.suggestion}" (${whose(m)}).`,
        range: m.range,
        fixes: fixAll ? [fix, fixAll] : [fix],
      });
    } else if (m.kind === 'unknown' && !m.quiet) {
      problems.push({
        code: 'unknown-entity',
        severity: severityOf('unknown-entity'),
        message: `"${m.text}" is not in the knowledge base (probably ${article(m.type)} ${m.type}).`,
        range: m.range,
        fixes: [],
      });
    }
  }
  return problems;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? 'an' : 'a');

/** `person`, or when the suggestion is an alias or a part of the name, `Lloyd Austin, person`. */
function whose(m: EntityMention): string {
  const entity = m.entity!;
  return m.suggestion?.toLowerCase() === entity.name.toLowerCase() ? m.type : `${entity.name}, ${m.type}`;
}
