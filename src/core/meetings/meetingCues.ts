// The words that report a meeting, and what kind of meeting they report. Kept apart from the
// extraction so the vocabulary can be read (and grown) in one place.

export type MeetingKind = 'in-person' | 'call' | 'virtual' | 'dialogue';

export interface Trigger {
  readonly kind: MeetingKind;
  readonly start: number;
  readonly end: number;
  /** How strongly the words say a meeting took place between the people of the sentence (verbs beat nouns). */
  readonly strength: number;
  /** The words need someone after them (`spoke to Trump`; `A and B spoke to Express News Service` is no call). */
  readonly needsObject?: true;
}

interface Cue {
  readonly pattern: RegExp;
  readonly kind: MeetingKind;
  readonly strength: number;
  readonly needsObject?: true;
  /** Run only where CALL_OR_VIRTUAL_WORD is found (see there). */
  readonly guarded?: true;
}

// Order matters only for equal strength: the first cue found in the sentence wins. (Exported for the test
// that keeps CALL_OR_VIRTUAL_WORD in step with the guarded cues.)
export const CUES: readonly Cue[] = [
  {
    kind: 'virtual',
    strength: 3,
    guarded: true,
    pattern:
      /\b(?:video ?(?:tele-?)?conferenc\w*|teleconferenc\w*|video call|video[ -]link|(?:via|by|over) video|virtual(?:ly)? (?:meeting|talks|summit|call)|met virtually|held virtually|online meeting)\b/i,
  },
  {
    kind: 'call',
    strength: 3,
    guarded: true,
    pattern:
      /\b(?:(?:tele)?phone (?:call|conversation|talks?)|telephonic (?:conversation|talks?|call)|(?:spoke|speaks|speak|speaking|talked|talks|talk|spoken) (?:to|with)\b[^.;]{0,80}?\b(?:by|over(?: the)?|on(?: the)?) (?:tele)?phone|(?:spoke|speaks|speak|speaking|talked|talks|talk|spoken) (?:(?:today|tonight|yesterday|again|separately|briefly|earlier|later|on \w+day|last night|this (?:morning|afternoon|evening)) )?(?:by|over(?: the)?|on(?: the)?) (?:tele)?phone|(?:tele)?phoned|dialled|(?<!courtesy )(?:an?|the|his|her|their|introductory|first|maiden) (?:introductory |first |phone |telephone )?call\b(?! (?:on|for))|(?:spoke|speaks|talked|spoken)(?: (?:today|tonight|yesterday|again|separately|briefly|(?:late |early )?on \w+day(?: (?:night|morning|afternoon|evening))?|last night|this (?:morning|afternoon|evening)))? with|call (?:with|between)|(?:over|on)(?: the)? (?:tele)?phone|by (?:tele)?phone)\b/i,
  },
  {
    kind: 'dialogue',
    strength: 2,
    pattern:
      /\b(?:(?:2\s*\+\s*2|[Tt]wo-plus-two)(?: Ministerial)?(?: Dialogue| dialogue| meeting| talks| security talks)?|Ministerial Dialogue|[Mm]inisters['’]? (?:[A-Z][a-z]+ )?[Dd]ialogue|Foreign Office Consultations|Strategic Dialogue|Defen[cs]e Policy Group|Strategic Partnership Council|Special Representatives['’]? (?:[Tt]alks|[Mm]eeting|[Dd]ialogue)|Joint Commission|Joint Working Group)/,
  },
  // (`was received at the airport by a Minister of State` is protocol on arrival, not a meeting.)
  // (`held the 24th round of the Special Representatives talks`: five or six words between, none a preposition —
  // `Held during the 11th ASEAN Defence Ministers' Meeting, the talks …` names the occasion.)
  {
    kind: 'in-person',
    strength: 3,
    pattern:
      /\b(?:met|meets|meeting with|(?:held|holds|hold|holding) (?:an? |the |their |its )?(?:(?:[\w.'’+-]+ ){0,4}|(?:(?!(?:during|at|in|on|after|before|with|ahead|since|amid|following)\b)[\w.'’+-]+ ){5,6})(?:talks|meeting|meetings|discussions|consultations|summit|dialogue)|co-chair(?:s|ed|ing)?(?! by)|courtesy call|(?:called|calls|call) on|receive[sd]?(?!\s+(?:at the (?:airport|tarmac|air ?base|railway station)|(?:up)?on (?:(?:his|her|their) )?arrival)\b)|hosted|hosts|host|hosting|sat down with|conferred with|interacted with|(?:had|held) (?:an? )?(?:brief |short |informal |quick |warm |cordial )?(?:interaction|encounter)|(?:had|held) (?:an? )?(?:(?:very|most|really|extremely) )?(?:(?:brief|short|informal|quick|warm|cordial|good|great|productive|fruitful|excellent|useful|constructive|wonderful|detailed|substantive|positive|frank|candid|long|in-depth) )?(?:conversation|chat|exchange) with|(?:bilateral|delegation-level|one-on-one|in-person|face-to-face) (?:meeting|talks)|talks with|discussions with|(?:talks|meetings?|discussions|consultations)(?: (?:was|were) held)? between|co-chaired by|(?:jointly )?chaired jointly by|jointly chaired by)\b/i,
  },
  // `will meet Hegseth, Rubio`: the verb, not the noun of `a Modi-Trump meet` (a name must follow it, so in case).
  // (`meet` first, the word before it looked at after: a look behind at every character costs ten times as much.)
  {
    kind: 'in-person',
    strength: 3,
    pattern: /\bmeet(?=\s+(?:with\s+)?[A-Z])(?<=\b(?:will|would|shall|to|also|then|may|might|could)\smeet)/,
  },
  // `Modi called President-elect Donald Trump to congratulate him`: a call, though after the words of talks in
  // person (`Singh called Austin's visit historic after they met`: `met` is found first). Not a name given
  // (`Trump, who called Modi "a great friend"`, `called Albanese a true partner`, `called Singh the architect of`).
  {
    kind: 'call',
    strength: 3,
    pattern:
      /(?<![\w-])(?:called|phoned|rang)(?: up)?(?= (?!(?:On|For|Upon|Off|In|Out|The|A|An|It|This|That)\b)[A-Z])(?! (?:[A-Z][\w.'’-]*,? ){1,4}(?:["“‘]|(?:a|an) (?!(?:day|week|month|few|couple|second|third|little|while|short|brief|year)\b)|the (?!(?:next|same|following|previous|day|week|month|morning|afternoon|evening|night|first|second|third|last)\b)|one of\b|(?:his|her|their|our|my) (?:\w+ )?(?:friend|brother|sister|partner|ally|hero|mentor|guru)))/,
  },
  { kind: 'in-person', strength: 2, pattern: /\b(?:visit(?:ed|ing|s)?|meet|meetings?|talks)\b/ },
  // `Hegseth welcomed Rajnath Singh to the Pentagon`: received them there (not `welcomed Austin's commitment to …`).
  { kind: 'in-person', strength: 2, pattern: /\b[Ww]elcom(?:ed|es|e|ing)\b(?! (?:\S+ )?\S+['’]s? )(?=[^.;]{1,120}?\bto (?:the )?[A-Z])/ },
  // Hindi releases (PIB): मुलाकात की (met), बैठक/वार्ता/भेंट (meeting, talks, call on); फोन पर बात (spoke by phone).
  // No \b: JavaScript's word boundary knows only ASCII letters.
  { kind: 'call', strength: 3, pattern: /(?:फोन|फ़ोन|टेलीफोन|टेलीफ़ोन) पर (?:बात|वार्ता|बातचीत)/ },
  { kind: 'in-person', strength: 3, pattern: /(?:मुलाकात|मुलाक़ात|बैठक|वार्ता|भेंट|बातचीत) (?:की|कीं|हुई|करेंगे|करेंगी|होगी|करेंगे)/ },
  // `Modi spoke to Trump on Friday`: a conversation, told as a call (as `spoke with`), but the weakest cue: `spoke to
  // reporters after meeting Austin` is the meeting. (In case: a name or an office follows; a person, for a meeting.)
  {
    kind: 'call',
    strength: 1,
    needsObject: true,
    pattern:
      /\b(?:spoke|speaks|talked|spoken)(?: (?:today|tonight|yesterday|again|briefly|on \w+day|last night|this (?:morning|afternoon|evening)))? to (?=[A-Z]|(?:his|her|their) (?:\w+ )?counterpart)/,
  },
];

/**
 * A word of every match of the two guarded cues (video and phone calls): `video`, `teleconferenc`,
 * `virtual`, `online meeting`; `phon`, `dialled`, `call`, `spoke`, `speak`, `talked`. Those cues come
 * first and so run on every sentence whose cues are read, yet match in few: one scan for their words
 * rules both out in most sentences, in less time than either takes. Keep it in step with them.
 */
export const CALL_OR_VIRTUAL_WORD = /video|teleconferenc|virtual|online meeting|phon|dialled|call|spoke|speak|talked/i;

/** Hindi future forms: करेंगे, होगी, जाएंगे… */
export const HINDI_FUTURE = /(?:करेंगे|करेंगी|करेगा|करेगी|होगी|होगा|होंगे|जाएंगे|जाएगी|जाएगा)/;

/** The strongest meeting words in a sentence, if any. */
export function meetingTrigger(sentence: string): Trigger | undefined {
  const { best, dialogue } = strongestCue(sentence);
  // `met … for the 2+2 Ministerial Dialogue`: the meeting is the dialogue — unless the dialogue is only
  // its occasion (`on the sidelines of the 2+2`, `ahead of the 2+2`).
  if (best?.kind === 'in-person' && dialogue) {
    const before = sentence.slice(Math.max(0, dialogue.index - 40), dialogue.index);
    if (!/\b(?:sidelines of|margins of|ahead of|after|before|following|since)\b[^,;]*$/i.test(before)) return { ...best, kind: 'dialogue' };
  }
  return best;
}

/** The highest strength a cue has: a cue this strong cannot be beaten by a later one. */
const STRONGEST = Math.max(...CUES.map((c) => c.strength));

/**
 * The strongest cue, and the dialogue cue's match (for `meetingTrigger`, so it is not run twice). Stops
 * at the first cue of the highest strength: later ones win only when stronger. The dialogue cue comes
 * before every in-person one, so it has always been tried when the best cue is in-person.
 */
function strongestCue(sentence: string): { best: Trigger | undefined; dialogue: RegExpExecArray | null } {
  let best: Trigger | undefined;
  let dialogue: RegExpExecArray | null = null;
  let guard: boolean | undefined; // CALL_OR_VIRTUAL_WORD found, once asked
  for (const cue of CUES) {
    if (cue.guarded && !(guard ??= CALL_OR_VIRTUAL_WORD.test(sentence))) continue;
    const m = cue.pattern.exec(sentence);
    if (cue.kind === 'dialogue') dialogue = m;
    if (!m) continue;
    if (cue.kind === 'in-person' && isEventName(sentence, m.index, m[0])) continue;
    // `During the meeting, …`, `the talks underscored …`: the meeting already reported, not a new one.
    if (cue.strength < 3 && /\b(?:the|this|that|their|its)\s+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (!best || cue.strength > best.strength)
      best = {
        kind: cue.kind,
        start: m.index,
        end: m.index + m[0].length,
        strength: cue.strength,
        ...(cue.needsObject && { needsObject: true }),
      };
    if (best.strength === STRONGEST) break;
  }
  return { best, dialogue };
}

/**
 * A word of every cue above and of `MEETING_REFERENCE`, at the start of a word as it is there: one of
 * them is in any sentence they match. Most sentences have none, and then none of the large cue patterns
 * need to run. Keep it in step with the cues: a cue without its word here would never be found.
 * (`+` for the 2+2, and the Hindi words, which `\b` does not know, stand anywhere.)
 *
 * The start of a word is written `(?:^|\W)`, the character before it, rather than `\b`: the same places
 * (without the `u` flag, `\b` and `\W` know the same word characters), but the regular expression engine
 * can then rule out most positions by two characters at once, and the scan of the whole text takes about
 * a third less time. The match then starts one character before the word (`meetingWordsIn`).
 */
const ENGLISH_WORD =
  '(?:^|\\W)(?:met|meet|two-plus-two|talk|spoke|speak|co-chair|chaired jointly|jointly chaired|discussion|consultations|conversation|chat|exchange|engagement|interact|encounter|bilateral|dialogue|visit|call|phon|telephon|dialled|rang |video|virtual|receive|host|welcom|summit|sat down|conferred|policy group|partnership council|joint commission|joint working group)';
const OTHER_WORD = '\\+|फोन|फ़ोन|मुलाकात|मुलाक़ात|बैठक|वार्ता|भेंट|बातचीत';
const MEETING_WORD = new RegExp(`${ENGLISH_WORD}|${OTHER_WORD}`, 'gi');
/** Most texts have no Hindi: for them the English words alone, a scan of about half the time, and the `+`s apart. */
const ENGLISH_MEETING_WORD = new RegExp(ENGLISH_WORD, 'gi');
/** The first letter of each Hindi word: a text without any has no Hindi meeting words. */
const HINDI_WORD_STARTS = ['फ', 'म', 'ब', 'व', 'भ'];

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether a span of `text` (from `from` on) holds a meeting word, for spans asked in text order
 * (sentences): one scan serves them all, the next word found being kept until a span reaches it.
 */
export function meetingWordsIn(text: string, from: number): (start: number, end: number) => boolean {
  // Searched as a text of its own from `from`, so that a first word at `from` is at the start (`^`), as in the sentence.
  const rest = text.slice(from);
  // Looked for with `includes` (native code), several times faster than a character class over the text.
  const hindi = HINDI_WORD_STARTS.some((c) => rest.includes(c));
  const words = new RegExp(hindi ? MEETING_WORD : ENGLISH_MEETING_WORD);
  // Without Hindi, the `+`s (`2+2`, in many texts) are found apart, with `indexOf`, rather than by the
  // whole pattern: a scan of the text about twice as long for them all. MEETING_WORD's match is then
  // the leftmost of the English word's and the `+` (the English word where both are at one place, as
  // its first alternative: `+met`), and it goes on after it.
  const plusses = !hindi && rest.includes('+') ? new NextPlus(rest) : undefined;
  let next = -1; // where the first meeting word at or after the last span asked starts (Infinity: none)
  return (start, end) => {
    // From the character before the span, which a word at its start is matched with.
    words.lastIndex = Math.max(0, start - from - 1);
    while (next < start) {
      const at = words.lastIndex;
      const m = words.exec(rest);
      const plus = plusses ? plusses.atOrAfter(at) : -1;
      if (plus >= 0 && (m === null || plus < m.index)) {
        next = from + plus;
        words.lastIndex = plus + 1;
        continue;
      }
      if (!m) {
        next = Infinity;
        break;
      }
      // An English word is matched with the character before it (`\W`), unless at the start (`^`):
      // the word starts where its first letter is. (A `+` or a Hindi word is matched alone.)
      const lead = m[0].length > 1 && !isAsciiLetter(m[0].charCodeAt(0)) && isAsciiLetter(m[0].charCodeAt(1)) ? 1 : 0;
      next = from + m.index + lead;
    }
    return next < end;
  };
}

/** The first `+` of a text at or after a position: found with `indexOf` and kept until passed. */
class NextPlus {
  /** The first `+` at or after `from` (-1: none). */
  private at: number;
  private from = 0;

  constructor(private readonly text: string) {
    this.at = text.indexOf('+');
  }

  atOrAfter(i: number): number {
    if (i < this.from || (this.at >= 0 && this.at < i)) {
      this.from = i;
      this.at = this.text.indexOf('+', i);
    }
    return this.at;
  }
}

/** `Meeting` inside a name (`ASEAN Defence Ministers' Meeting`) is the occasion, not a meeting of the sentence's people. */
function isEventName(sentence: string, at: number, word: string): boolean {
  return /^[A-Z]/.test(word) && /[A-Z][\w'’-]*\s+$/.test(sentence.slice(Math.max(0, at - 40), at));
}

/** What a sentence calls the meeting already reported, after a determiner (MEETING_REFERENCE). */
const MEETING_NOUN = '(?:meeting|talks|call|conversation|discussions?|engagement|interaction|visit|dialogue|bilateral)';
/** Words that make a sentence talk about the meeting already reported (`The meeting was held on Thursday`). */
export const MEETING_REFERENCE = new RegExp(
  `\\b(?:the|this|that|their|its|our|during the|after the|at the|in the|during our|after our) ${MEETING_NOUN}\\b`,
  'i',
);

/**
 * Whether `MEETING_REFERENCE` matches, tested with fewer alternatives (`during the talks` holds `the
 * talks`, at a word's start too): the test runs on most sentences with meeting words, where the match's
 * place is not needed.
 */
export const HAS_MEETING_REFERENCE = new RegExp(`\\b(?:the|this|that|their|its|our) ${MEETING_NOUN}\\b`, 'i');

/**
 * People named by their office instead of their name, standing for the two people just named (not `officials from
 * both sides`, `on both sides`: others); `They agreed to meet …` opening a sentence, the two just named too.
 */
export const THE_TWO =
  /\b(?<!\b(?:from|on) )(?:the two|both(?: the)?) (?:(?:(?:prime|foreign|defen[cs]e|deputy|vice) )?(?:ministers|leaders|secretaries|sides|officials|counterparts|dignitaries|presidents)\b|(?<=the two )(?=(?:also |then |later |have |had |will )?(?:met|meet|spoke|spoken|speak|talked|held|hold|discussed|agreed|reviewed|conferred)\b))|\b(?:his|her|their) (?:\w+ )?counterparts?\b|^\s*They (?=(?:also |then |later |have |had |will )?(?:agreed|decided) to (?:meet|hold|visit)\b)/i;

/** Words that make a meeting a memory whatever its day (`recalled`, `last met`), unlike a pluperfect (`had met`). */
// (`the previous evening` is a day, not a memory.)
const MEMORY_WORDS =
  'recall(?:ed|ing|s)?|last met|previously|previous(?! (?:day|evening|night|morning|afternoon)\\b)|earlier meeting|first met|in the past|reminisc\\w+';
export const REMEMBERED = new RegExp(`\\b(?:${MEMORY_WORDS})\\b`, 'i');
/** A meeting recalled, not reported: the article's news is elsewhere. */
export const RECALLED = new RegExp(`\\b(?:${MEMORY_WORDS}|had met|had held)\\b`, 'i');

/** A sentence that announces rather than reports. */
export const PLANNED =
  /\b(?:will|shall|would|(?:is|are|was|were)(?: also| now)? (?:(?:scheduled|expected|set|due|slated|likely|going) to|(?:scheduled|set|slated|planned|due) (?:for|on|in|next))|(?:is|are|was|were) to (?:meet|visit|hold|travel|host|attend)|to be (?:held|hosted|received)|(?:is|are) (?:on|for) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|next)\b|plans? to|to (?:meet|visit|hold|host|travel|call on|co-chair|speak|talk)|upcoming|forthcoming|proposed|next (?:meeting|round)|look(?:s|ed|ing)? forward to|(?:may|might|could)(?: also| soon| still)? (?:meet|hold|visit|call|speak|talk|travel|host|attend|be held|take place)|(?:I'm|I am|we're|we are) (?:meeting|seeing|hosting|visiting|calling on)|(?:expects?|expected)\b[^.;]{0,60}\bto (?:meet|visit|hold|host|call on))\b/i;

/** `on the sidelines of the 11th ADMM-Plus`, `during the 2+2 Ministerial Dialogue`, `an introductory call`, `met … for the Quad Foreign Ministers' Meeting`. */
export const OCCASION =
  /\b(?:[Oo]n|[Aa]t) the (?:sidelines|margins) of (?:the )?([^,.;:()]*(?:\([^)]*\)[^,.;:]*)?)|\b(?:[Dd]uring|[Aa]t|[Aa]head of|[Aa]s part of|[Ii]n the course of) (?:the |his |her |their )?((?:\d+(?:st|nd|rd|th) |[A-Z0-9][\w'’+-]* )*(?:Summit|Meeting|Dialogue|Conference|Forum|Plus|Consultations|Session|Conclave|Exhibition|Expo|visit to [A-Z][\w ]*|visit|2\s*\+\s*2(?: [A-Z][\w]*)*)|(?:[A-Z0-9][\w'’+-]* )+summit)|\b((?:introductory|maiden|first|farewell|courtesy|inaugural|annual) (?:call|meeting|visit|talks|dialogue))\b|\b[Ff]or the ((?:(?:inaugural|annual|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) )?(?:\d+(?:st|nd|rd|th) |[A-Z0-9][\w'’+-]* )+(?:Summit|Meeting|Dialogue|Conference|Forum|Consultations|Session))\b/;

/** Where: `in Vientiane, Laos`, `at the Pentagon` (a visit's `to New Delhi` only in the sentence reporting it). */
export const PLACE_BEFORE = /\b(?:in|at)\s+(?:the\s+)?$/;
export const VISIT_PLACE_BEFORE = /\bvisit(?:s|ed|ing)?\s+(?:to\s+)?(?:the\s+)?$/i;
/** What may follow a place that is where something happened (`in Laos.`, `in New Delhi on Monday`, `in Vientiane focused on`), not an adjective (`in India-US ties`, `in US defence`). */
export const PLACE_AFTER =
  /^(?:\s*$|\s*[,.;:)\]—–"”]|\s+(?:on|in|at|to|and|last|this|next|where|which|for|from|during|earlier|later|early|late|today|yesterday|tonight|as|with|after|before|since|when|while|that|the|ahead|amid|over|under|by|was|were|had|[a-z]+ed)\b)/;
/** The end of an occasion's name: what follows it in the sentence is not part of it. */
export const OCCASION_END = /\s+(?:between|with|where|which|in (?=[A-Z])|on (?=[A-Z0-9]|the \d)|at (?=[A-Z])|and (?=[a-z]+(?:ed|s)\b))/;

/** Verbs of something two people did together (`Doval and Sullivan launched the iCET`): a meeting of the two. */
export const JOINT_ACTION =
  /^\s*(?:also |jointly |together )?(?:co-chaired|co-chair|launched|signed|reviewed|discussed|exchanged views|agreed|inaugurated|unveiled|announced)\b/i;
