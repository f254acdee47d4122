// Which way a date expression points: a bare `Thursday` or `in February` is the last one in a report
// of what happened and the next one in an announcement. Decided by the verb nearest the expression in
// its sentence: `will meet … on Thursday` points forward, `was held on Thursday` back; a sentence with
// neither leaves both readings open.

import { lineEndAt, stopEndsSentence } from '../text/sentences';

export type Direction = 'past' | 'future' | 'open';

/** How far around an expression its sentence is looked at (bounded: linear time on any text). */
const WINDOW = 240;

// Markers of what has not happened yet at publication (`would`: the future of reported speech, `said they
// would meet`; `may meet`, `might visit`, `could take place`: a meeting possible, not held; `I'm meeting Rubio this
// afternoon`: one arranged).
const FUTURE =
  /\b(?:(?:is|are|was|were) to be (?:held|hosted|received|signed|launched)|(?:will|shall|won't|'ll|would)(?:\s+(?:not|also|then|soon|likely|be|have|now))*(?:\s+[a-z]+)?|(?:is|are|am|was|were)(?: also| now)? (?:scheduled|expected|set|due|slated|likely|poised|going|about) to|(?:plans?|planned|planning|aims?|intends?|hopes?|prepares?|preparing) to|to be (?:held|hosted|received|signed|launched)|(?:is|are) (?:on|for)(?= (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|next)\b|\s*$)|(?:is|are|has been|have been) (?:planned|scheduled|slated|set|expected|due) (?:for|in|on)|(?:agreed|agrees|agree|decided|decides|resolved|promised|pledged|vowed) to(?=\s*$| (?:meet|visit|hold|host|travel|convene|reconvene)\b)|look(?:s|ed|ing)? forward to|upcoming|forthcoming|(?:is|are|was|were) to(?= (?:visit|meet|hold|travel|host|attend|sign|arrive|begin|start|lead|be)\b|\s*$)|(?:may|might|could)(?: also| soon| still)?(?= (?:meet|hold|visit|call|speak|talk|travel|host|attend|be held|take place)\b|\s*$)|\b(?:I'm|I am|we're|we are)(?= (?:meeting|seeing|hosting|visiting|calling on)\b|\s*$)|\b(?:expects?|expected)\b(?=[^.;]{0,60}\bto(?: (?:meet|visit|hold|host|call)\b|\s*$)))\b/gi;
// A headline's future (`Modi to meet Trump today`, `Rajnath Singh, Austin to hold talks`, `LIVE: Jaishankar to visit
// Washington`, `Modi likely to meet Trump`, `In a first, Modi to meet Trump`): names opening the sentence (the
// header's rest too, or after a short opening phrase) or following a colon, then `to` and a verb, with no verb of
// their own — not a purpose (`flew to Delhi to meet Singh`: a verb before it), nor a pleasure (`was glad to meet`,
// `MINISTER SINGH: Good to meet you`).
const HEADLINE_FUTURE =
  /(?:^|[:|—–]\s+|^\s*date\s+\d{4}-\d{2}-\d{2}\s+|^[^,.:\n]{1,30},\s+)(?!(?:Good|Glad|Happy|Nice|Great|Pleased|Delighted|Honou?red|Wonderful|Lovely|Proud|Keen|Eager|Ready|Able|Time|Welcome|Thanks|Due|Important|Necessary|Hard|Easy|Best|Very|So|Too|Always|Never|Quite|Really)\b)(?:(?:[A-Z][\w.'’&-]*|and|of|the)(?:,?\s+))+(?:(?:all\s+)?(?:set|likely|expected|scheduled|due|slated|poised)\s+)?to(?=\s+(?:also\s+)?(?:$|(?:meet|visit|hold|host|travel|attend|call|co-chair|speak|talk|lead|sign|arrive|discuss|review|receive|welcome|embark|fly|head)\b))/g;
// Markers of what had happened at publication: past auxiliaries and common irregular pasts…
const PAST_WORDS =
  'was|were|had|has|have|did|held|met|said|says|told|took|came|went|spoke|saw|left|began|won|led|made|gave|sent|paid|brought|ran|rang|flew|fought|bought|sought|thought|taught|caught|wrote|drove|struck|stood|kept|felt|found|heard|lost|meant|rose|sat|shook|sold|spent|swore|understood|withdrew|wore|became|broke|chose|got|grew|knew|laid|oversaw|underwent|ago';
const PAST = new RegExp(`\\b(?:${PAST_WORDS})\\b`, 'gi');
// …and regular pasts in lower case (not `United`), other than those that announce (scheduled, expected…).
const PAST_ED = /\b[a-z]{2,}ed\b/g;
const NOT_PAST = new Set([
  ...['scheduled', 'expected', 'planned', 'slated', 'proposed', 'intended', 'supposed', 'poised', 'needed', 'aimed', 'hoped'],
  ...['indeed', 'need', 'speed', 'feed', 'seed', 'breed', 'creed', 'greed', 'steed', 'deed', 'reed', 'weed', 'shed'],
]);

/** A comma, then a few words saying who said it (`, two government sources said`, `, said the ministry`, `, according to …`). */
const ATTRIBUTION = /,\s+(?:(?:[\w'’.-]+\s+){0,6}(?:said|says|told|added|announced|stated)\b|(?:said|according to)\b)/;

/** The direction the verbs nearest `[start, end)` give, looking inside its sentence only. */
export function directionAt(text: string, start: number, end: number): Direction {
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  const before = text.slice(from, start);
  // `… will meet Xi on Sunday, two government sources said`: the attribution after a comma tells when it
  // was said, not when the sentence's event is; the verbs after the expression stop there.
  const rest = text.slice(end, to);
  const attribution = ATTRIBUTION.exec(rest);
  const after = attribution ? rest.slice(0, attribution.index) : rest;
  // `met on the 2nd and agreed to meet again`: the verb the expression hangs on (a past form right before its
  // preposition, with no `will be`… before it) decides, whatever the verbs after it.
  const governing = GOVERNING_VERB.exec(before.slice(-60));
  if (governing && isPastForm(governing[2]) && !FUTURE_AUX.test(governing[1])) return 'past';
  // `held talks in New Delhi on Tuesday and agreed to hold the next round …`: where a past verb before the expression
  // governs it, the future of another predicate after it (after `and`, `but`) is not the expression's.
  const pastBefore = minimum(nearest(PAST, before, ''), nearest(PAST_ED, before, '', NOT_PAST));
  const clauseBreak = pastBefore === undefined ? null : CLAUSE_BREAK.exec(after);
  const ahead = clauseBreak ? after.slice(0, clauseBreak.index) : after;
  const future = minimum(nearest(FUTURE, before, ahead), nearest(HEADLINE_FUTURE, before, ahead));
  const past = minimum(pastBefore, minimum(nearest(PAST, '', after), nearest(PAST_ED, '', after, NOT_PAST)));
  if (future === undefined && past === undefined) return 'open';
  if (past === undefined) return 'future';
  if (future === undefined) return 'past';
  return future <= past ? 'future' : 'past';
}

/** Where another predicate begins (`… on Tuesday and agreed to …`, `, but`). */
const CLAUSE_BREAK = /(?:,\s*|\s+)(?:and|but|while|whereas)\s+/;

/**
 * A verb, the words before it, then the preposition of a date right before the expression; maybe a place between
 * them (`arrived in Tokyo on Monday and is expected to meet …`: the arrival is past, whatever follows).
 */
const GOVERNING_VERB =
  /((?:\S+\s+){0,3})\b([a-z]+)\s+(?:(?:in|to|at|from)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4})?(?:on|in|at|since|from|until|till)\s+(?:the\s+)?$/;
const FUTURE_AUX = /\b(?:will|shall|would|'ll|to|be|is|are|am|may|might|could)\b/i;
const PAST_FORM = new RegExp(`^(?:${PAST_WORDS})$`, 'i');
const isPastForm = (word: string) => PAST_FORM.test(word) || (/^[a-z]{2,}ed$/.test(word) && !NOT_PAST.has(word));

const minimum = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/** Distance in characters from the expression to the closest match of `pattern` before or after it. */
function nearest(pattern: RegExp, before: string, after: string, skip?: ReadonlySet<string>): number | undefined {
  // `exec` on the (global) pattern itself, not `matchAll`, which copies the pattern on every call.
  let best: number | undefined;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(before); m !== null; m = pattern.exec(before))
    if (!skip?.has(m[0])) best = before.length - (m.index + m[0].length);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(after); m !== null; m = pattern.exec(after)) {
    if (skip?.has(m[0])) continue;
    best = Math.min(best ?? Infinity, m.index);
    break;
  }
  return best;
}

function sentenceStart(text: string, at: number): number {
  const floor = Math.max(0, at - WINDOW);
  for (let i = at - 1; i >= floor; i--) {
    if (lineEndAt(text, i)) return i + 1;
    if (stopEndsSentence(text, i)) return i + 1;
  }
  return floor;
}

function sentenceEnd(text: string, at: number): number {
  const ceiling = Math.min(text.length, at + WINDOW);
  for (let i = at; i < ceiling; i++) if (lineEndAt(text, i) || stopEndsSentence(text, i)) return i;
  return ceiling;
}
