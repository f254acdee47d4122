// Names in Devanagari have no capitals to find them by. What marks a person there is the honorific
// before the name (`श्री`, `श्रीमती`, `डॉ.`) and the postposition after it (`ने`, `से`, `का`…): Hindi
// releases name every official that way (`रक्षा सचिव श्री राजेश कुमार सिंह भी उपस्थित थे`).

/** Honorifics written before a person's name. */
const HONORIFICS = new Set(['श्री', 'श्रीमती', 'सुश्री', 'डॉ', 'डॉ.', 'कुमारी']);

/** Postpositions and particles that end a name: the name is the words before the first of them. */
const NAME_ENDS = new Set([
  'ने',
  'से',
  'का',
  'की',
  'के',
  'को',
  'में',
  'पर',
  'और',
  'भी',
  'तथा',
  'एवं',
  'व',
  'जी',
  'द्वारा',
  'ही',
  'तो',
  'सहित',
  'समेत',
  'है',
  'हैं',
  'थे',
  'था',
]);

const MAX_NAME_WORDS = 4;

/** A name after an honorific, as offsets into the text. */
export interface HonorificName {
  readonly start: number;
  readonly end: number;
}

/** The names after Devanagari honorifics in text[from, to). */
export function devanagariHonorificNames(text: string, from: number, to: number): HonorificName[] {
  const names: HonorificName[] = [];
  const WORD = /[\u0900-\u0963\u0966-\u097F.]+|[^\s\u0900-\u0963\u0966-\u097F.]+/gu;
  WORD.lastIndex = from;
  const words: { text: string; start: number; end: number }[] = [];
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text))
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  for (let i = 0; i < words.length; i++) {
    if (!HONORIFICS.has(words[i].text)) continue;
    let j = i + 1;
    while (j < words.length && j - i - 1 < MAX_NAME_WORDS && isNameWord(words[j].text) && !NAME_ENDS.has(words[j].text)) j++;
    // The name must end where a postposition, a particle or punctuation says it does.
    const ended = j === words.length || NAME_ENDS.has(words[j].text) || !isNameWord(words[j].text);
    if (j > i + 1 && ended) names.push({ start: words[i + 1].start, end: words[j - 1].end });
    i = j - 1;
  }
  return names;
}

/** A word of Devanagari letters (an initial's dot allowed), not an honorific. */
function isNameWord(word: string): boolean {
  return /^[\u0900-\u0963\u0966-\u097F]+\.?$/u.test(word) && !HONORIFICS.has(word);
}
