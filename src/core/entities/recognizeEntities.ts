// Every mention of an entity in an article: names and aliases from the knowledge base, surnames and
// given names of people named earlier, misspellings of known names, and capitalised names the
// knowledge base does not know.

import type { Entity } from '../knowledgeBase/knowledgeBase';
import { type Line, type Range, positionAt, splitLines } from '../textPosition';
import { firstEndingAfter } from '../text/spans';
import type { EntityIndex, EntityPattern } from './entityIndex';
import { nameParts } from './entityIndex';
import { devanagariHonorificNames } from './devanagariNames';
import { guessType, isHeaded } from './guessType';
import {
  COMMON_TITLE_WORDS,
  CONJUNCTIONS,
  inLexicon,
  lexiconSpelling,
  NAME_JOINERS,
  KINDS_AFTER_NAME,
  OFFICE_WORDS,
  ORGANISATION_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  POSTNOMINALS,
  SENTENCE_OPENERS,
  TITLE_WORDS,
} from './nameLexicon';
import { type FuzzyHit, MIN_FUZZY_LENGTH, typos } from './fuzzyNames';
import type { NameMatch } from './nameMatcher';
import { countCapitals, isLowerCaseWordOf, isWholeWord, normalizeName } from './nameText';
import { capitalisedRuns, isCamelCaseWord, isHeadlineLike, type Word } from './nameRuns';
import { codeUnits, isLowerCase, isWhiteSpace } from './codePoints';

export type MentionKind =
  /** The name or an alias as written in the KB (or with a middle name between its words: `Ajit Kumar Doval`). */
  | 'name'
  /** A given name or surname of a person named in full earlier (`Singh`, `Secretary Austin`). */
  | 'short'
  /** One typo away from a KB name. */
  | 'misspelled'
  /** Not in the KB. */
  | 'unknown';

export interface EntityMention {
  readonly start: number;
  readonly end: number;
  readonly range: Range;
  readonly text: string;
  /** The KB entity meant; undefined for unknown names. */
  readonly entity: Entity | undefined;
  /** The entity's type, or for unknown names the guessed one. */
  readonly type: string;
  readonly kind: MentionKind;
  /** For misspellings: the KB spelling the text is closest to. */
  readonly suggestion?: string;
  /**
   * An unknown name listed but not worth a hint of its own: one in the header's scraper text or in
   * a headline-like line, or the surname alone of an unknown person whose full name already has the hint.
   */
  readonly quiet?: boolean;
  /**
   * Names of other entities written inside this one's (`ASEAN` in `11th ASEAN Defence Ministers'
   * Meeting`, `India` and `US` in `India-US Defence Acceleration Ecosystem`). Mentions in the main
   * list never overlap; these are the ones the longest match covered.
   */
  readonly inner?: readonly EntityMention[];
}

export interface RecognitionOptions {
  /** The first line is a date header whose text after the date is scraper residue (bylines, menus). */
  readonly firstLineIsHeader?: boolean;
  /** The text opens an article, its first lines a headline and a lede (false for a later section of a long text). */
  readonly opensArticle?: boolean;
}

/** A KB name found in the text. */
type KnownMatch = NameMatch<Entity, EntityPattern>;

/** A person the article named in full who is not in the KB (`Mayank Singh`). */
interface UnknownPerson {
  readonly name: string;
}

/** What lies on a line in reading order: a known name, or capitalised words the KB did not match. */
type Item = { readonly known: KnownMatch } | { readonly words: readonly Word[] };

const itemStart = (item: Item) => ('known' in item ? item.known.start : item.words[0].start);
const itemEnd = (item: Item) => ('known' in item ? item.known.end : item.words[item.words.length - 1].end);

export function recognizeEntities(text: string, index: EntityIndex, options: RecognitionOptions = {}): EntityMention[] {
  const lines = splitLines(text);
  const mentions: EntityMention[] = [];
  /** Name part → who it last stood for in this article. */
  const partOwners = new Map<string, Entity | UnknownPerson>();
  /** Words asked about: whether the article writes them in lower case (see writesInLowerCase). */
  const lowerCaseWords = new Map<string, boolean>();
  /** Name parts as `namedPersonTypo` compares them (see foldedPart). */
  const foldedParts = new Map<string, string>();
  const mention = (start: number, end: number, m: Omit<EntityMention, 'start' | 'end' | 'range' | 'text'>): EntityMention => ({
    start,
    end,
    range: { start: positionAt(lines, start), end: positionAt(lines, end) },
    text: text.slice(start, end),
    ...m,
  });
  const remember = (entity: Entity) => {
    if (entity.type !== 'person') return;
    for (const part of index.namePartsOf(entity)) partOwners.set(part, entity);
  };

  // Every known name first: whether a name written as ordinary words counts depends on the rest.
  const knownByLine = lines.map((line) => index.matcher.findAll(text, line.offset, line.offset + line.text.length));
  const writtenAsName = new Set<string>();
  /** The matches written as ordinary words (few): worked out here once, asked again by `keep`. */
  const ordinaryMatches = new Set<KnownMatch>();
  for (const known of knownByLine)
    for (const match of known)
      if (asOrdinaryWords(text, match)) ordinaryMatches.add(match);
      else writtenAsName.add(match.pattern.key);

  for (const line of lines) {
    if (line.text.length === 0) continue;
    const lineEnd = line.offset + line.text.length;
    const known = countedMatches(knownByLine[line.line]);
    const pieces = namePieces(capitalisedRuns(text, line.offset, lineEnd), known);
    // Known names and capitalised words in reading order, so "earlier in the article" means what it says.
    const items = inReadingOrder(known, pieces);
    const header = options.firstLineIsHeader === true && line.line === 0;
    // Only capitalised words are read differently in a headline: a line with none need not be looked at.
    const headline = pieces.length > 0 && !header && isHeadlineLike(line.text);
    const lineMentions = mentions.length;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if ('known' in item) {
        mentions.push(knownMention(item.known));
        remember(item.known.pattern.value);
        continue;
      }
      // An unknown name around known ones (`US Army`, `U.S.-India Major Defense Partnership`) was
      // read when its known names were; see compoundFrom.
      const compound = headline ? undefined : compoundEndingAt(items, i);
      if (compound) {
        const { first, words, inner } = compound;
        // What was already taken from the items this compound swallows goes inside it.
        const from = itemStart(items[first]);
        const taken: EntityMention[] = [];
        while (mentions.length > 0 && mentions[mentions.length - 1].start >= from) taken.unshift(mentions.pop()!);
        if (!readUnknown(words, words, line, header, false, inner)) mentions.push(...taken);
        continue;
      }
      readRun(item.words, line, header, headline);
    }
    if (HONORIFIC_HINT.test(line.text)) readDevanagariNames(line, lineMentions, header);
  }
  return namePartsNamedLater();

  /**
   * `Austin, Singh hold talks` above `Defence Minister Rajnath Singh met …`: a surname several KB people share,
   * before the full name of the one of them the article names (and of no other), is that person, as it is after
   * (a title before it too: `Minister Singh`). So is a given name (`Blinken, Austin to co-chair 2+2 with
   * Jaishankar, Rajnath` above `Defence Minister Rajnath Singh`) in the article's first lines: Indian headlines name
   * some ministers so. Where no full name follows, it stays no one (or quiet).
   */
  function namePartsNamedLater(): EntityMention[] {
    // The parts of the KB people named in full — their shared surnames and their given names — with the person and
    // where first named, or null for several.
    let named: Map<string, { person: Entity; at: number; spelled: string; given: boolean } | null> | undefined;
    const note = (person: Entity, at: number, spelled: string, given: boolean) => {
      const part = namePartSpelling(spelled);
      named ??= new Map();
      const had = named.get(part);
      if (had === undefined) named.set(part, { person, at, spelled, given });
      else if (had && had.person !== person) named.set(part, null);
    };
    for (const m of mentions) {
      if (m.kind !== 'name' || m.entity?.type !== 'person') continue;
      const { name } = m.entity;
      const surname = name.slice(name.lastIndexOf(' ') + 1);
      if ((index.peopleByNamePart.get(namePartSpelling(surname))?.length ?? 0) >= 2) note(m.entity, m.start, surname, false);
      const given = name.slice(0, name.indexOf(' '));
      if (GIVEN_NAME.test(given)) note(m.entity, m.start, given, true);
    }
    if (!named) return mentions;
    const added: EntityMention[] = [];
    for (const [part, owner] of named) {
      if (!owner) continue;
      const { spelled } = owner;
      // (A given name is looked for in the lead only: see inLead.)
      const before = owner.given ? Math.min(owner.at, LEAD_LENGTH) : owner.at;
      for (let at = text.indexOf(spelled); at >= 0 && at < before; at = text.indexOf(spelled, at + 1)) {
        const end = at + spelled.length;
        if (!isWholeWord(text, at, end) || !isLoneSurname(spelled) || isInBefore(text, at)) continue;
        const first = firstEndingAfter(mentions, at);
        const i = first < mentions.length && mentions[first].start < end ? first : -1;
        const quiet = i >= 0 ? mentions[i] : undefined;
        // A title's surname, listed quietly as someone the KB could not tell (`Minister Singh`): now told.
        if (quiet && (quiet.entity || quiet.start !== at || quiet.end !== end || namePartSpelling(quiet.text) !== part)) continue;
        // Not the last word of a longer name no one claimed (`By Mayank Singh` in a headline), nor a given name's
        // first (`Rajnath Kumar`).
        if (!quiet && /\p{Lu}[\p{L}.'’-]*[ \t\u00a0]$/u.test(text.slice(Math.max(0, at - 30), at))) continue;
        if (owner.given && (options.opensArticle === false || !inLead(text, at) || /^\s\p{Lu}/u.test(text.slice(end, end + 2)))) continue;
        const person = mention(at, end, { entity: owner.person, type: 'person', kind: 'short' });
        if (quiet) mentions[i] = person;
        else added.push(person);
      }
    }
    return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
  }

  /** People named after a Devanagari honorific on the line (see devanagariNames), in text order with the line's other mentions. */
  function readDevanagariNames(line: Line, lineMentions: number, quiet: boolean): void {
    const taken = mentions.slice(lineMentions);
    const names = devanagariHonorificNames(text, line.offset, line.offset + line.text.length).filter(
      (name) => !taken.some((m) => m.start < name.end && name.start < m.end),
    );
    if (names.length === 0) return;
    // One word alone (`श्री मोदी`) is a surname, with no full name to add to the KB: listed quietly.
    for (const { start, end } of names) {
      const alone = !/\s/.test(text.slice(start, end));
      mentions.push(
        mention(start, end, { entity: undefined, type: 'person', kind: 'unknown', ...(quiet || alone ? { quiet: true } : {}) }),
      );
    }
    const ordered = mentions.splice(lineMentions).sort((a, b) => a.start - b.start);
    mentions.push(...ordered);
  }

  /**
   * The matches of a line that count. A KB name in lower case (`the defence ministry`, `raised a red
   * flag`) is most often ordinary words; it names the entity when the article also writes it as a
   * name, or when it is a person's full name (`rajnath singh` in a scraped menu).
   */
  function countedMatches(matches: readonly KnownMatch[]): readonly KnownMatch[] {
    // With no match written as ordinary words in the article, every match counts (see keep).
    if (ordinaryMatches.size === 0) return matches;
    const counted: KnownMatch[] = [];
    for (const match of matches) keep(match, ordinaryMatches.has(match), counted);
    return counted;
  }

  /**
   * Adds the match to `counted` if it counts. A longest match that does not may hold shorter names
   * that do (`the Indian Ocean region` is not `Indian Ocean Region`, but it holds `Indian Ocean`).
   * `ordinary`: `asOrdinaryWords` of the match.
   */
  function keep(match: KnownMatch, ordinary: boolean, counted: KnownMatch[]): void {
    const counts =
      !ordinary || writtenAsName.has(match.pattern.key) || (match.pattern.value.type === 'person' && /\s/.test(match.pattern.name));
    if (counts) counted.push(match);
    else for (const inner of index.matcher.findInside(text, match)) keep(inner, asOrdinaryWords(text, inner), counted);
  }

  function knownMention(match: KnownMatch): EntityMention {
    const entity = match.pattern.value;
    // Only a name of several words (or parts: `INDUS-X`) can hold another.
    const compound = hasSpaceOrDash(text, match.start, match.end);
    const inner = compound
      ? index.matcher
          .findInside(text, match, (start) => afterLowerCaseWord(text, match.start, start))
          .filter((m) => m.pattern.value !== entity)
          .map(knownMention)
      : [];
    return mention(match.start, match.end, { entity, type: entity.type, kind: 'name', ...(inner.length ? { inner } : {}) });
  }

  /**
   * Capitalised words ending with a head word (`Army`, `Partnership`) right after known names of
   * places or organisations, with nothing but a space or a hyphen between: one unknown name that
   * holds the known ones (`Pakistan Army`, `U.S.-India Major Defense Partnership`). A place's own
   * geography (`Indo-Pacific Region`) is not a new name.
   */
  function compoundEndingAt(
    items: readonly Item[],
    last: number,
  ): { first: number; words: readonly Word[]; inner: EntityMention[] } | undefined {
    // Most pieces stand apart from the item before them (or have none): then the walk back below
    // stops at once and finds no known name, so nothing else need be looked at.
    if (last === 0 || !joinedToNext(text, itemEnd(items[last - 1]), itemStart(items[last]))) return undefined;
    const tail = items[last] as { words: readonly Word[] };
    const tailWords = trimRun(tail.words);
    if (
      tailWords.length === 0 ||
      tailWords[tailWords.length - 1] !== tail.words[tail.words.length - 1] ||
      !isHeaded(tailWords.map((w) => w.text))
    )
      return undefined;
    let first = last;
    let sawKnown = false;
    while (first > 0) {
      const before = items[first - 1];
      const current = items[first];
      const currentStart = 'known' in current ? current.known.start : (trimRun(current.words)[0]?.start ?? itemStart(current));
      if (currentStart !== itemStart(current) || !joinedToNext(text, itemEnd(before), currentStart)) break;
      if ('known' in before) {
        const entity = before.known.pattern.value;
        if (index.baseTypeOf(entity) === 'person') break;
        sawKnown = true;
      } else {
        const trimmed = trimRun(before.words);
        if (trimmed.length === 0 || trimmed[trimmed.length - 1] !== before.words[before.words.length - 1]) break;
      }
      first--;
    }
    if (!sawKnown) return undefined;
    const headWord = tailWords[tailWords.length - 1].text;
    const newWords = items.slice(first, last + 1).flatMap((item) => ('words' in item ? trimRun(item.words) : []));
    if (newWords.length === 1 && PLACE_HEADS.has(headWord)) return undefined;
    const words: Word[] = [];
    const inner: EntityMention[] = [];
    for (let i = first; i <= last; i++) {
      const item = items[i];
      if ('known' in item) {
        inner.push(knownMention(item.known));
        words.push({ text: text.slice(item.known.start, item.known.end), start: item.known.start, end: item.known.end });
      } else {
        words.push(...item.words);
      }
    }
    const trimmed = trimRun(words);
    if (trimmed.length < 2 || trimmed[0].start > inner[0].start) return undefined;
    return { first, words: trimmed, inner: inner.filter((m) => m.start >= trimmed[0].start) };
  }

  function readRun(run: readonly Word[], line: Line, header: boolean, headline: boolean): void {
    const words = trimRun(run);
    if (words.length === 0) return;
    // A misspelt full name (`Rajnath Sing`) before its words are read as surnames (`Rajnath`).
    const titles = titlesBefore(words);
    const core = words.slice(titles);
    if (readMisspelling(core, 2, MAX_MISSPELT_WORDS, line, header, headline)) return;
    // Someone the KB does not know, named in full again (`Kanishka Singh` in the credits after the
    // byline): one person, not a given name and then another person's surname.
    const again = core.length >= 2 ? partOwners.get(core[0].text) : undefined;
    // Someone else who shares a name with them (`Kim Seon-ho` after `Kim Yong-hyun`, `Bill Matthews`
    // after `Bill Blair`): a name of their own, not the other person's given name and a stray word.
    let namesAnother = false;
    if (again && !('id' in again)) {
      const end = core[core.length - 1].end;
      if (text.slice(core[0].start, end) === again.name) {
        mentions.push(mention(core[0].start, end, { entity: undefined, type: 'person', kind: 'unknown', quiet: true }));
        for (const part of nameParts(again.name)) partOwners.set(part, again);
        return;
      }
      namesAnother = core.length <= 3 && core.slice(1).every((w) => looksLikeNameWord(w.text));
    }
    // A surname or given name of someone named earlier, after titles if any (`Secretary Austin`,
    // `Australian Deputy Prime Minister Marles`).
    for (let i = 0; i < words.length && !namesAnother; i++) {
      const shorts = shortMentions(words[i]);
      if (shorts && (i === titles || words.slice(0, i).every((w) => inLexicon(TITLE_WORDS, w.text)))) {
        mentions.push(...shorts);
        readRun(words.slice(i + 1), line, header, headline);
        return;
      }
      if (!inLexicon(TITLE_WORDS, words[i].text) && i >= titles) break;
    }
    if (core.length === 0) return;
    // A title and the surname of the one KB person who has it (`President Biden`, `PM Modi`), before
    // the article has named them in full.
    const titled = titles > 0 && words.slice(0, titles).some((w) => isPersonTitle(w.text));
    const part = core.length === 1 ? namePartSpelling(core[0].text) : '';
    const onlyOne = core.length === 1 ? index.peopleByNamePart.get(part) : undefined;
    // …and without a title, the surname of the one KB person whose name ends with it, when the article never
    // writes it in lower case and no word of the lexicon is spelt so (`Modi held talks with …`, `Jaishankar met
    // Blinken`; not `Joe`, a given name, nor `Singh`, the surname of several).
    if (onlyOne?.length === 1 && !partOwners.has(part) && (titled || (titles === 0 && isSoleSurname(core[0], part, onlyOne[0])))) {
      const person = onlyOne[0];
      mentions.push(mention(core[0].start, core[0].end, { entity: person, type: person.type, kind: 'short' }));
      remember(person);
      return;
    }
    // One word alone now. Longer windows of `core` were tried above and found nothing: they depend
    // only on its words (no state read by them has changed since), so they are not tried again.
    if (readMisspelling(core, 1, 1, line, header, headline)) return;
    // In a headline every word is capitalised, so capitals say nothing; a brand-like word does.
    // Such a name is listed but not hinted at: headline-like lines are mostly page furniture
    // (`… Widgets Powered by nFusion Solutions`).
    const personTitled = words.slice(0, titles).some((w) => isPersonTitle(w.text));
    // A list item is title case by nature (`- Singaporean Minister for Defence Dr Ng Eng Hen`): a person
    // there, after a title, is listed quietly like a byline's.
    const listedPerson = personTitled && LIST_ITEM_START.test(line.text);
    if (headline && !listedPerson && !byline(line, words[0].start) && !core.some((w) => isCamelCaseWord(w.text))) return;
    // A title or rank before one word names a person by their surname (`Minister KIHARA`, `Mr Marles`,
    // `MR. MILLER:` in a transcript): someone the KB does not know, or one of several KB people who share it.
    // (Not what an office is of: `the President of UAE`.)
    const officeOf =
      titles > 0 && (words[titles - 1].text === 'of' || (words[titles - 1].text === 'the' && words[titles - 2]?.text === 'of'));
    if (
      core.length === 1 &&
      !officeOf &&
      words.slice(0, titles).some((w) => inLexicon(PERSON_TITLES, w.text)) &&
      isLoneSurname(core[0].text)
    ) {
      mentions.push(mention(core[0].start, core[0].end, { entity: undefined, type: 'person', kind: 'unknown', quiet: true }));
      if (!partOwners.has(part)) {
        const person: UnknownPerson = { name: part };
        partOwners.set(part, person);
        partOwners.set(core[0].text, person);
      }
      return;
    }
    // `Minister for Defence Industry`: what follows an office's `for` is its portfolio, not a name,
    // unless a name ends the run (`Minister for the Armed Forces Sébastien Lecornu`).
    const portfolio =
      titles > 0 && (words[titles - 1].text === 'for' || (words[titles - 1].text === 'the' && words[titles - 2]?.text === 'for'));
    // `Commodore Philip Polewara, Commander of the PNG Defence Force Maritime Element`: an office after a
    // person's name and a comma is theirs, so what follows it is the office's organisation, not a person.
    // (Not one of a list of names: `Antony Blinken, Yoko Kamikawa and Penny Wong`.)
    if (describesPersonBefore(words[0].start) && (titles > 0 || !isListedName(core))) {
      if (core.length > 0 && titles > 0) readUnknown(core, core, line, header || headline, false, []);
      return;
    }
    if (splitPersonAfterOrganisation(core, line, header || headline, personTitled, portfolio, titles > 0)) return;
    readUnknown(words, core, line, header || headline, (personTitled && !portfolio) || byline(line, core[0].start), []);
  }

  /** Whether the words are a name (two to four name words) that a list of names goes on after (`A, B and C`, `A, B, C`). */
  function isListedName(core: readonly Word[]): boolean {
    if (core.length < 2 || core.length > 4 || !core.every((w) => looksLikeNameWord(w.text))) return false;
    const end = core[core.length - 1].end;
    return LIST_GOES_ON.test(text.slice(end, end + 6));
  }

  /** Whether a person's name and a comma stand right before `start` (an apposition follows). */
  function describesPersonBefore(start: number): boolean {
    const last = mentions[mentions.length - 1];
    // Only a few characters can lie between (checked first: the last mention may be paragraphs back).
    return last !== undefined && start - last.end <= 4 && last.type === 'person' && /^\s*,\s*$/.test(text.slice(last.end, start));
  }

  /**
   * An office's organisation or portfolio, then the person holding it, in one run of capitals
   * (`Secretary of the Department of Defence Greg Moriarty`, `Minister for the Armed Forces Sébastien
   * Lecornu`). The run is cut before its last two or three words when they look like a given name and
   * a surname (plain capitalised words no lexicon knows and the article never writes in lower case)
   * and what stands before them is a portfolio, an organisation named with `of`, or ends in a head word.
   */
  function splitPersonAfterOrganisation(
    core: readonly Word[],
    line: Line,
    quiet: boolean,
    titled: boolean,
    portfolio: boolean,
    afterTitles: boolean,
  ): boolean {
    if (core.length < 3) return false;
    const texts = core.map((w) => w.text);
    if (isHeaded(texts.slice(-1))) return false;
    let from = core.length;
    while (from > 1 && core.length - from < 3 && looksLikeNameWord(core[from - 1].text)) from--;
    if (core.length - from < 2) return false;
    const before = texts.slice(0, from);
    const of = before.indexOf('of');
    const organisation =
      portfolio ||
      (of >= 1 && of < before.length - 1 && isHeaded(before.slice(0, of + 2))) ||
      // (`… Central Foreign Affairs Commission Wang Yi`: the head word may be all that is left after the titles.)
      ((before.length >= 2 || afterTitles) && ORGANISATION_HEADS.has(before[before.length - 1]));
    if (!organisation) return false;
    readUnknown(core.slice(0, from), core.slice(0, from), line, quiet, false, []);
    readUnknown(core.slice(from), core.slice(from), line, quiet, titled || portfolio, []);
    return true;
  }

  /** A plain capitalised word that is no title, office, head word or page furniture, and that the article never writes in lower case. */
  function looksLikeNameWord(word: string): boolean {
    return /^\p{Lu}\p{Ll}+(?:[-'’]\p{L}\p{Ll}*)*$/u.test(word) && !isLexiconWord(word) && !writesInLowerCase(word);
  }

  /** One word that can stand for a person's surname after a title: a capitalised word (or in capitals) that is no ordinary word. */
  /** (Not right after `in`: `in Austin, Texas` is a town; `at Austin's invitation` is the person.) */
  function isSoleSurname(word: Word, part: string, person: Entity): boolean {
    return (
      isLoneSurname(word.text) &&
      !isInBefore(text, word.start) &&
      [person.name, ...person.aliases].some((name) => name.slice(name.lastIndexOf(' ') + 1).replace(/[.,]+$/, '') === part)
    );
  }

  /** The one KB person whose name is the first and last of the three words (`Ajit Doval` for `Ajit Kumar Doval`). */
  function withMiddleName(words: readonly Word[]): Entity | undefined {
    const [first, , last] = words;
    const found = (index.peopleByNamePart.get(namePartSpelling(last.text)) ?? []).filter(
      (e) => e.name === `${first.text} ${last.text}` || e.aliases.includes(`${first.text} ${last.text}`),
    );
    return found.length === 1 ? found[0] : undefined;
  }

  function isLoneSurname(word: string): boolean {
    return /^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(word) && !isLexiconWord(lexiconSpelling(word)) && !writesInLowerCase(word);
  }

  /** A name the KB does not know, if the words make one; whether they did. */
  /** `quiet`: on the header line or a headline-like line, where a name is listed but not hinted at. */
  function readUnknown(
    words: readonly Word[],
    core: readonly Word[],
    line: Line,
    quiet: boolean,
    titled: boolean,
    inner: EntityMention[],
  ): boolean {
    // A name ending in a head word (`National Security Council`) keeps its leading words.
    const headed = isHeaded(words.map((w) => w.text));
    let name = headed ? words : core;
    // `the Hon Pat Conroy MP`: letters after a name are not part of it.
    if (!headed && name.length >= 3 && POSTNOMINALS.has(name[name.length - 1].text)) name = name.slice(0, -1);
    const nameWords = name.filter((w) => !NAME_JOINERS.has(w.text) && !CONJUNCTIONS.has(w.text));
    if (nameWords.length < 2) return false;
    // Titles alone (`Secretary of State`, `Union Cabinet`) name an office, not an entity.
    if (nameWords.every((w) => TITLE_WORDS.has(w.text) || OFFICE_WORDS.has(w.text))) return false;
    const texts = name.map((w) => w.text);
    // `the Talisman Sabre exercise`: a kind of thing written in lower case right after the name says what it is.
    const after = headed || titled ? null : WORD_AFTER.exec(text.slice(name[name.length - 1].end, name[name.length - 1].end + 16));
    const kind = after ? KINDS_AFTER_NAME.get(after[1]) : undefined;
    const guessed = kind
      ? { type: kind, evidence: true }
      : guessType({
          words: texts,
          titled: !headed && titled,
          sharesPersonName: nameWords.some((w) => index.personNameParts.has(w.text)),
        });
    // Plain words that look like a person's name, right after `in` or `at` (or `at the`), name where something is
    // (`talks in Abu Dhabi`, `at Singha Durbar`, `at the Istana Nurul Iman`),
    // and after `on` unless someone is called on (`on Capitol Hill`; not `called on Mark Warner`); not before `'s`
    // (`in Le Drian's absence`).
    const guess =
      !guessed.evidence &&
      guessed.type === 'person' &&
      (isInBefore(text, name[0].start, true) ||
        ON_A_PLACE.test(text.slice(Math.max(0, name[0].start - 24), name[0].start)) ||
        // `at the Istana Nurul Iman`, `will visit the Taj Mahal`: a person's name takes no article (an office would
        // have been a title).
        (!titled && THE_BEFORE.test(text.slice(Math.max(0, name[0].start - 4), name[0].start)))) &&
      !/^['’]s\b/.test(text.slice(name[name.length - 1].end))
        ? { type: 'place' as const, evidence: false }
        : guessed;
    // Page furniture (`Privacy Policy`, `Joint Statement`) is made of words that are not names.
    if (nameWords.every((w) => COMMON_TITLE_WORDS.has(w.text))) return false;
    if (!guess.evidence) {
      // Scraper residue on the header line (`Left Menu`) and in headline-like lines is only taken
      // for a name with evidence of one.
      if (quiet) return false;
      // Nothing says it is a name, so it is not one when a word is page furniture or an office
      // (`Image Credit`, `Liaison Officers`), or when its last word, where a person's surname would
      // stand, is an ordinary word that the article also writes in lower case.
      const ordinary = (w: Word) => COMMON_TITLE_WORDS.has(w.text) || OFFICE_WORDS.has(w.text);
      const last = nameWords[nameWords.length - 1].text;
      const brand = nameWords.some((w) => isCamelCaseWord(w.text));
      if (!brand && (nameWords.some(ordinary) || writesInLowerCase(last) || ABSTRACT_NOUN.test(last))) return false;
    }
    // A run-in heading or label (`Key Discussion Points:`, `Image Credit: ANI`) is not a name; a
    // transcript's speaker label (`SECRETARY OF STATE BLINKEN:`) is.
    if (!(titled && guess.type === 'person') && isLabel(line, name[0].start, name[name.length - 1].end)) return false;
    // `Sultan Hassanal Bolkiah of Brunei`, `Mohammed bin Salman of Saudi Arabia`: where a person is of is not their name.
    const of = guess.type === 'person' ? name.findIndex((w, i) => i >= 2 && w.text === 'of') : -1;
    if (of > 0) name = name.slice(0, of);
    const start = name[0].start;
    // `Gilberto Teodoro Jr.`: the full stop is the suffix's.
    const last = name[name.length - 1];
    const end = SUFFIXES_WITH_STOP.has(last.text) && text[last.end] === '.' ? last.end + 1 : last.end;
    // `Ajit Kumar Doval`: a KB person's two-word name with a middle name between is that person.
    const known = guess.type === 'person' && nameWords.length === 3 ? withMiddleName(nameWords) : undefined;
    if (known) {
      mentions.push(mention(nameWords[0].start, nameWords[2].end, { entity: known, type: known.type, kind: 'name' }));
      remember(known);
      return true;
    }
    mentions.push(
      mention(start, end, {
        entity: undefined,
        type: guess.type,
        kind: 'unknown',
        ...(quiet ? { quiet: true } : {}),
        ...(inner.length ? { inner } : {}),
      }),
    );
    if (guess.type === 'person') {
      const person: UnknownPerson = { name: text.slice(start, end) };
      for (const part of nameParts(person.name)) partOwners.set(part, person);
      // A family name in capitals (`KIHARA Minoru`, as Japanese releases write it) is the surname that
      // comes back alone, in capitals or not (`Minister KIHARA`, `Kihara said`).
      for (const w of nameWords)
        if (w.text.length >= 3 && /^\p{Lu}+$/u.test(w.text)) {
          partOwners.set(w.text, person);
          partOwners.set(lexiconSpelling(w.text), person);
        }
    }
    return true;
  }

  /** The person a capitalised word stands for (`Singh`; both in `Singh-Austin`; `Austin-led`). */
  function shortMentions(word: Word): EntityMention[] | undefined {
    // Asked of most capitalised words: answered without a regex when no one is named yet or the word
    // is one plain part (`Singh`, `Austin's`), the common cases.
    if (partOwners.size === 0) return undefined;
    const plain = plainPartCapital(word.text);
    if (plain !== undefined) {
      if (!plain) return undefined;
      if (partOwners.has(word.text)) return [shortMention(word)];
      // `SINGH` in a speaker label, after `Rajnath Singh`.
      const spelled = word.text.length >= 3 ? namePartSpelling(word.text) : word.text;
      return spelled !== word.text && partOwners.has(spelled) ? [shortMention(word, spelled)] : undefined;
    }
    const parts: Word[] = [];
    const PART = /[\p{L}\p{N}'’]+/gu;
    for (let m = PART.exec(word.text); m; m = PART.exec(word.text))
      parts.push({ text: m[0], start: word.start + m.index, end: word.start + m.index + m[0].length });
    const named = parts.filter((p) => /^\p{Lu}/u.test(p.text));
    if (named.length === 0 || !named.every((p) => partOwners.has(p.text))) return undefined;
    return named.map((p) => shortMention(p));
  }

  function shortMention(part: Word, key = part.text): EntityMention {
    const owner = partOwners.get(key)!;
    return 'id' in owner
      ? mention(part.start, part.end, { entity: owner, type: owner.type, kind: 'short' })
      : mention(part.start, part.end, { entity: undefined, type: 'person', kind: 'unknown', quiet: true });
  }

  /** A misspelt name of `minWords` to `maxWords` words among the words; what follows it is read on. */
  function readMisspelling(
    core: readonly Word[],
    minWords: number,
    maxWords: number,
    line: Line,
    header: boolean,
    headline: boolean,
  ): boolean {
    const misspelling = findMisspelling(core, minWords, maxWords, headline);
    if (!misspelling) return false;
    const { start, end, entity, suggestion } = misspelling;
    mentions.push(mention(start, end, { entity, type: entity.type, kind: 'misspelled', suggestion }));
    remember(entity);
    const rest = core.filter((w) => w.start >= end);
    if (rest.length > 0) readRun(rest, line, header, headline);
    return true;
  }

  function findMisspelling(
    core: readonly Word[],
    minWords: number,
    maxWords: number,
    headline: boolean,
  ): { start: number; end: number; entity: Entity; suggestion: string } | undefined {
    // The whole name first, then shorter windows of it, longest first.
    // In prose a name ends its run of capitals (more capitalised words would make a longer name:
    // the `Indian Armed` of `Indian Armed Forces` is not a typo), so the windows tried are the run's
    // last words, the most of them first. In a headline or in capitals, where every word is
    // capitalised, a name may stand anywhere in the run.
    const anywhere = headline || core.every((w) => !hasLowerCase(w.text));
    // An office after the name does not lengthen it (`the Indain Army Chief`).
    let n = core.length;
    while (n > 1 && isPersonTitle(core[n - 1].text)) n--;
    for (let size = Math.min(n, maxWords); size >= minWords; size--) {
      for (let from = anywhere ? 0 : n - size; from + size <= n; from++) {
        const hit = tryWindow(core, from, from + size);
        if (hit) return hit;
      }
    }
    return undefined;
  }

  /** A misspelt name in words[from, to), if they are one (read in place: no copy per window). */
  function tryWindow(
    words: readonly Word[],
    from: number,
    to: number,
  ): { start: number; end: number; entity: Entity; suggestion: string } | undefined {
    const size = to - from;
    if (NAME_JOINERS.has(words[from].text) || NAME_JOINERS.has(words[to - 1].text)) return undefined;
    if (size === 1 && SENTENCE_OPENERS.has(words[from].text)) return undefined;
    // `the AUSMIN consultations`: a word in capitals amid prose is an acronym, not a name misspelt (a transcript's
    // `AUSTEN:` label is a name).
    if (size === 1 && isAcronymInProse(words[from])) return undefined;
    // Office words and page furniture one letter from a KB name are still those words
    // (`Defence Minister` is not a typo of `Defence Ministry`).
    let allOrdinary = true;
    for (let i = from; i < to && allOrdinary; i++) {
      const w = words[i].text;
      allOrdinary = TITLE_WORDS.has(w) || OFFICE_WORDS.has(w) || COMMON_TITLE_WORDS.has(w) || NAME_JOINERS.has(w);
    }
    if (allOrdinary) return undefined;
    const start = words[from].start;
    const end = words[to - 1].end;
    let hit = size === 1 ? namedPersonTypo(words[from].text) : undefined;
    // A name shorter than the shortest one compared (folding never lengthens it) is no typo of a KB name.
    if (!hit && end - start >= MIN_FUZZY_LENGTH) {
      const near = index.fuzzy.nearest(text.slice(start, end));
      // One word is easily one letter from a one-word name by chance (`Blinked`); it is a typo only
      // if the article never writes it in lower case (an ordinary word opening a sentence).
      if (near && (size > 1 || !writesInLowerCase(words[from].text))) hit = near;
    }
    if (!hit) return undefined;
    return { start, end, entity: hit.entry.value, suggestion: inCaseOf(text.slice(start, end), hit.entry.name) };
  }

  function isAcronymInProse(word: Word): boolean {
    if (hasLowerCase(word.text) || /^\s*:/.test(text.slice(word.end, word.end + 3))) return false;
    return /\p{Ll}/u.test(text.slice(Math.max(0, word.start - 30), word.start)) && /\p{Ll}/u.test(text.slice(word.end, word.end + 30));
  }

  /**
   * A word one typo from the given name or surname of a person the article has named (`Rajanth`
   * after `Rajnath Singh`; a dropped or doubled letter too: `Sitharamn`). Only those people are
   * compared, so the cost does not depend on the KB, and chance likenesses to the names of people the
   * article never mentions (`Blinked` and `Blinken`) are not typos.
   */
  function namedPersonTypo(word: string): FuzzyHit<Entity> | undefined {
    const folded = normalizeName(word, true);
    if (folded.length < MIN_FUZZY_LENGTH || TITLE_WORDS.has(word) || OFFICE_WORDS.has(word) || COMMON_TITLE_WORDS.has(word))
      return undefined;
    let best: FuzzyHit<Entity> | undefined;
    let tie = false;
    for (const [part, owner] of partOwners) {
      if (!('id' in owner) || part === word) continue;
      const target = foldedPart(part);
      if (target[0] !== folded[0]) continue;
      const distance = typos(folded, target, 1);
      if (distance === undefined || distance === 0) continue;
      if (!best || distance < best.distance) {
        best = { entry: { name: part, value: owner }, distance };
        tie = false;
      } else if (distance === best.distance && best.entry.value !== owner) {
        tie = true;
      }
    }
    return tie ? undefined : best;
  }

  /** `normalizeName(part, true)`, worked out once per name part of the article. */
  function foldedPart(part: string): string {
    let folded = foldedParts.get(part);
    if (folded === undefined) foldedParts.set(part, (folded = normalizeName(part, true)));
    return folded;
  }

  /** Whether the article writes the word in lower case somewhere: an ordinary word, not a name. */
  function writesInLowerCase(word: string): boolean {
    const lower = word.toLowerCase();
    let known = lowerCaseWords.get(lower);
    if (known === undefined) lowerCaseWords.set(lower, (known = isLowerCaseWordOf(text, lower)));
    return known;
  }
}

const LEAD_LENGTH = 1000;

/** Whether the offset is in a text's first lines (the header, a headline, a subheading, a lede): 5 lines, 1,000 characters. */
function inLead(text: string, at: number): boolean {
  if (at > LEAD_LENGTH) return false;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) if (++lines > 5) return false;
  return true;
}

/** A given name that may stand alone for its bearer: a word of three letters or more, no initial (`S.`). */
const GIVEN_NAME = /^\p{Lu}\p{Ll}{2,}$/u;

/** What follows a name that is one of a list of them (`A, B and C`, `A, B, C`). */
const LIST_GOES_ON = /^\s*(?:,|and\b|&)/;

/** An English abstract noun (`Awareness`, `Cooperation`, `Security`): not where a surname stands. */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{2,}(?:ness|tion|sion|ment|ity|ship|ance|ence|ism|ology|ics)$/u;

/**
 * Whether a case-insensitive name is written with fewer capitalised words than the KB gives it
 * (`defence ministry` for `Defence Ministry`). Capitals (`NEW DELHI`) and handles are names.
 */
function asOrdinaryWords(text: string, match: KnownMatch): boolean {
  if (match.pattern.caseSensitive || match.pattern.name.startsWith('@')) return false;
  return countCapitals(text, match.start, match.end) < match.pattern.capitals;
}

/** The suggestion in the capitals of what was written: `LLYOD AUSTIN` → `LLOYD AUSTIN`. */
function inCaseOf(written: string, suggestion: string): string {
  return /\p{Ll}/u.test(written) || !/\p{Lu}/u.test(written) ? suggestion : suggestion.toUpperCase();
}

/**
 * Whether a name inside a longer one stands after a lower-case word of it (`Indo-Pacific` in
 * `Maritime Initiative for Training in the Indo-Pacific`). A name that ends the longer one without
 * such a word is its head, the kind of thing the longer name is an instance of (`ASEAN Defence
 * Ministers' Meeting` in `11th ASEAN Defence Ministers' Meeting`, `X` in `INDUS-X`): not another mention.
 */
function afterLowerCaseWord(text: string, outerStart: number, start: number): boolean {
  return /(?:^|[\s\u00a0])\p{Ll}+[\s\u00a0]/u.test(text.slice(outerStart, start));
}

/**
 * A run-in heading or label: capitalised words followed by a colon, at the start of a line or of a
 * sentence (`Key Discussion Points:`, `… (Photo/ ANI). Image Credit: ANI`).
 */
function isLabel(line: Line, start: number, end: number): boolean {
  // Scans only the spaces around the words, not the line (which can be megabytes long).
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || /\s/.test(c);
  const lineEnd = line.offset + line.text.length;
  let after = end;
  while (after < lineEnd && isSpace(line.text[after - line.offset])) after++;
  if (after >= lineEnd || line.text[after - line.offset] !== ':') return false;
  let before = start;
  while (before > line.offset && isSpace(line.text[before - 1 - line.offset])) before--;
  if (before === line.offset) return true;
  return before < start && '.!?|•)]'.includes(line.text[before - 1 - line.offset]);
}

/**
 * Whether the gap text[from, to) between two items is what `/^(?:[ \t\u00a0]|-)$/` matches (one
 * space or hyphen: they may be words of one compound), tested without making the slice.
 */
function joinedToNext(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const code = text.charCodeAt(from);
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x2d;
}

/** Whether text[start, end) holds what `/[\s\u00a0\-‐-―]/` finds, without making the slice. */
function hasSpaceOrDash(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2d || (code >= 0x2010 && code <= 0x2015) || isWhiteSpace(code)) return true;
  }
  return false;
}

/**
 * The runs of capitalised words cut into the pieces that may each be a name: around known names, at
 * `and` and at `of the` (see those). Loops rather than a chain of `flatMap`s: this runs for every
 * line, and most runs are not cut at all.
 */
function namePieces(runs: readonly Word[][], known: readonly KnownMatch[]): Word[][] {
  const pieces: Word[][] = [];
  for (const run of runs) {
    if (known.length === 0) addPieces(run, pieces);
    else for (const part of splitAround(run, known)) addPieces(part, pieces);
  }
  return pieces;
}

/** Adds a part of a run cut at `and` and at `of the` to `pieces`. */
function addPieces(part: Word[], pieces: Word[][]): void {
  // Most parts hold neither: then both splits would give the part whole, and need not make arrays to say so.
  if (!hasAndOrOfThe(part)) {
    if (part.length > 0) pieces.push(part);
    return;
  }
  for (const conjunct of splitAtConjunctions(part)) for (const piece of splitAtOfThe(conjunct)) if (piece.length > 0) pieces.push(piece);
}

/** Whether `splitAtConjunctions` or `splitAtOfThe` may cut the words: an `and`, or `of` then `the`. */
function hasAndOrOfThe(words: readonly Word[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const text = words[i].text;
    if (CONJUNCTIONS.has(text) || (text === 'of' && i + 1 < words.length && words[i + 1].text === 'the')) return true;
  }
  return false;
}

/**
 * Known names and pieces of capitalised words, each list already in text order, merged by where
 * they start (they never start at the same place: a piece holds no word a known name overlaps).
 */
function inReadingOrder(known: readonly KnownMatch[], pieces: readonly Word[][]): Item[] {
  const items: Item[] = [];
  let k = 0;
  let p = 0;
  while (k < known.length || p < pieces.length) {
    if (p === pieces.length || (k < known.length && known[k].start < pieces[p][0].start)) items.push({ known: known[k++] });
    else items.push({ words: pieces[p++] });
  }
  return items;
}

/**
 * Splits a run of capitalised words where a known name stands inside it. Both lists are in text
 * order, so one pass over them does (a line can be megabytes long in scraped text).
 */
function splitAround(run: readonly Word[], known: readonly { start: number; end: number }[]): Word[][] {
  const parts: Word[][] = [];
  let current: Word[] = [];
  let k = firstEndingAfter(known, run[0]?.start ?? 0);
  for (const word of run) {
    while (k < known.length && known[k].end <= word.start) k++;
    if (k < known.length && known[k].start < word.end) {
      if (current.length) parts.push(current);
      current = [];
    } else {
      current.push(word);
    }
  }
  if (current.length) parts.push(current);
  return parts;
}

/**
 * `and` between capitalised words joins two names (`Japan and Australia`) unless what follows it
 * ends the name of an organisation (`Defence Research and Development Organisation`) or the name
 * opens with one (`Department of Science and Technology`).
 */
function splitAtConjunctions(run: Word[]): Word[][] {
  const at = run.findIndex((w) => CONJUNCTIONS.has(w.text));
  if (at < 0) return [run];
  if (trimRun(run.slice(0, at)).length === 0) return splitAtConjunctions(run.slice(at + 1));
  const texts = run.map((w) => w.text);
  const afterAnd = texts.slice(at + 1);
  const of = texts.indexOf('of');
  const opensWithHead = of > 0 && of < at && isHeaded(trimRun(run.slice(0, of + 1)).map((w) => w.text));
  // …and only when the words before `and` do not make a name of their own (`Australian Defence
  // Force and the Indian Armed Forces` are two).
  const endsWithHead =
    afterAnd.length >= 2 &&
    afterAnd[0] !== 'the' &&
    isHeaded(afterAnd) &&
    !PLACE_HEADS.has(afterAnd[afterAnd.length - 1]) &&
    !isHeaded(trimRun(run.slice(0, at)).map((w) => w.text));
  if (opensWithHead || endsWithHead) return [run];
  const parts = [run.slice(0, at), ...splitAtConjunctions(run.slice(at + 1))];
  return parts.filter((p) => p.length > 0);
}

/**
 * `of the` between a name and a complete name of an organisation or place is a preposition
 * (`Tanvi Madan of the Brookings Institution`), unless the word before it is a head word itself
 * (`Ministry of the Interior`).
 */
function splitAtOfThe(run: Word[]): Word[][] {
  for (let i = 1; i + 2 < run.length; i++) {
    if (run[i].text !== 'of' || run[i + 1].text !== 'the') continue;
    const before = run.slice(0, i).map((w) => w.text);
    const after = run.slice(i + 2).map((w) => w.text);
    if (after.length >= 2 && isHeaded(after) && !isHeaded(before)) return [run.slice(0, i), ...splitAtOfThe(run.slice(i + 2))];
  }
  return [run];
}

/** `/\p{Ll}/u.test(word)`, code point by code point. */
function hasLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; ) {
    const codePoint = word.codePointAt(i)!;
    if (isLowerCase(codePoint)) return true;
    i += codeUnits(codePoint);
  }
  return false;
}

/**
 * For a word of ASCII letters, digits and apostrophes only (one part for `shortMentions`: what
 * `/[\p{L}\p{N}'’]+/gu` finds in it is all of it), whether it starts with a capital; undefined for
 * any other word.
 */
function plainPartCapital(word: string): boolean | undefined {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const plain =
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 0x27 || code === 0x2019;
    if (!plain) return undefined;
  }
  const first = word.charCodeAt(0);
  return word.length > 0 ? first >= 65 && first <= 90 : undefined;
}

/**
 * Drops sentence openers and joiners from both ends (`The`, `By`, a dangling `of`). A run with
 * nothing to drop (most) is returned as it is rather than copied: callers only read the result.
 */
function trimRun(run: readonly Word[]): readonly Word[] {
  let from = 0;
  let to = run.length;
  while (from < to && isLooseWord(run[from].text)) from++;
  // (`Secretary of War Mr Pete Hegseth`: an honorific only stands before a name, never ends one.)
  while (to > from && (isLooseWord(run[to - 1].text) || HONORIFICS_BEFORE.has(run[to - 1].text))) to--;
  return from === 0 && to === run.length ? run : run.slice(from, to);
}

const HONORIFICS_BEFORE = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Shri', 'Smt', 'Smt.', 'Sri', 'Shrimati']);

/** Words `trimRun` drops from the ends of a run. */
const isLooseWord = (word: string) => SENTENCE_OPENERS.has(word) || NAME_JOINERS.has(word) || CONJUNCTIONS.has(word);

const isPersonTitle = (word: string) => inLexicon(PERSON_TITLES, word) || inLexicon(OFFICE_WORDS, word);

/** The lower-case word right after a name (a kind of thing, see KINDS_AFTER_NAME). */
const WORD_AFTER = /^[ \t\u00a0]+([a-z]+)/;

/** A line of a list: a bullet, a dash or a number first. */
const LIST_ITEM_START = /^\s*(?:[-•*–—]|\d+[.)])\s/;

/** Whether a line may hold a Devanagari honorific: only then is it scanned for names after one. */
const HONORIFIC_HINT = /श्री|डॉ|कुमारी/;

/** The most words of a run compared with KB names as one misspelt name. */
const MAX_MISSPELT_WORDS = 4;

/** Suffixes after a surname written with a full stop (`Jr.`), which belongs to the name. */
const SUFFIXES_WITH_STOP = new Set(['Jr', 'Sr']);

/** A name part as people's names are indexed: `SINGH` → `Singh`; other words as written. */
function namePartSpelling(word: string): string {
  return /^\p{Lu}{2,}$/u.test(word) ? lexiconSpelling(word) : word;
}

/** Whether a word (as the lexicon spells it) is a title, office, head word, opener or page furniture: not a name. */
function isLexiconWord(word: string): boolean {
  return (
    TITLE_WORDS.has(word) ||
    OFFICE_WORDS.has(word) ||
    PERSON_TITLES.has(word) ||
    COMMON_TITLE_WORDS.has(word) ||
    SENTENCE_OPENERS.has(word) ||
    NAME_JOINERS.has(word) ||
    CONJUNCTIONS.has(word) ||
    isHeaded([word])
  );
}

/**
 * Whether the words at `start` follow a byline's `by` (`By Krishn Kaushik` at a line's start;
 * `Reporting by …; Editing by …` in wire copy's credits; `Written by …`): the name of a person.
 */
function byline(line: Line, start: number): boolean {
  // `by` and a space right before, the one shape all bylines share: most runs are ruled out here.
  const at = start - line.offset;
  if (at < 3) return false;
  const y = line.text.charCodeAt(at - 2);
  if ((y !== 0x79 && y !== 0x59) || !isWhiteSpace(line.text.charCodeAt(at - 1))) return false;
  const before = line.text.slice(Math.max(0, at - 40), at);
  return BYLINE.test(before) && (at === 3 || BYLINE_CREDIT.test(before) || BYLINE_START.test(before));
}
const BYLINE = /\b[Bb]y\s+$/;
/** `By` opening a line, or after a date, a bar or a semicolon (` date 2024-10-17 By …`, `… | By …`). */
const BYLINE_START = /(?:^|[\d;|•]\s*)By\s+$|[;|•]\s*by\s+$/u;
const BYLINE_CREDIT = /\b(?:[Rr]eporting|[Rr]eported|[Ww]ritten|[Ww]riting|[Ee]dited|[Ee]diting|[Cc]ompiled|[Ii]nterviewed)\s+by\s+$/;

/**
 * How many of the first words are a title (`Defence Minister`, `Secretary of Defense`): up to the
 * last office or rank in the run, whatever stands before it (`Australian Deputy Prime Minister`,
 * `Chief of Defence Staff General`), then any title words that follow.
 */
function titlesBefore(words: readonly Word[]): number {
  let i = 0;
  for (let j = 0; j < words.length - 1; j++) if (isPersonTitle(words[j].text)) i = j + 1;
  while (i < words.length - 1 && inLexicon(TITLE_WORDS, words[i].text)) i++;
  // Never leave a joiner at the front (`Secretary of` + `Defense`… already counted as titles).
  while (i < words.length && NAME_JOINERS.has(words[i].text)) i++;
  // `Minister of Defense Gen Nakatani`: after an office, a bare rank abbreviation before one last word is a
  // given name (Gen, a Japanese given name), not General.
  const office = (w: Word) => isPersonTitle(w.text) || inLexicon(TITLE_WORDS, w.text);
  if (i === words.length - 1 && i >= 2 && GIVEN_NAME_RANKS.has(words[i - 1].text) && office(words[i - 2])) i--;
  return i;
}

/** Rank abbreviations that are also given names, read as names where an office already stands before them. */
const GIVEN_NAME_RANKS = new Set(['Gen', 'Col', 'Maj']);

/** `on` right before a name, not after a verb that takes `on` a person (`called on`, `waited on`, `congratulated … on`). */
const ON_A_PLACE =
  /(?<!\b(?:called|call|calls|calling|waited|wait|waits|waiting|prevailed|depend|depends|relied|rely|focus|focused|comment|commented|congratulated))\s+on $/;

/** `the` right before a name (`at the Istana Nurul Iman`, `visit the Taj Mahal`). */
const THE_BEFORE = /\bthe $/;

/** Whether `in` (or, `orAt`, `at`) stands right before `start` (`in Abu Dhabi`, `at Singha Durbar`). */
function isInBefore(text: string, start: number, orAt = false): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 32) return false;
  const a = text.charCodeAt(start - 3);
  const b = text.charCodeAt(start - 2);
  return ((a === 105 && b === 110) || (orAt && a === 97 && b === 116)) && (start === 3 || !/\w/.test(text[start - 4]));
}
