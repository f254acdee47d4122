// Names written in capitals (datelines, transcripts' speaker labels) as they are written elsewhere.

/** `NEW DELHI` → `New Delhi`: each letter after the start, a space or a hyphen in upper case, the rest in lower case. */
export function titleCase(caps: string): string {
  const lower = caps.toLowerCase();
  // The pattern needs Unicode mode (`\p{L}`), slow to run: an ASCII name (nearly every one) is cased
  // by hand instead, the same way (in ASCII, `\p{L}` is a letter and `\s` a tab, a line break or a space).
  let cased = '';
  let wordStart = 0; // where the letters not yet copied start
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c > 127) return lower.replace(/(^|[\s-])(\p{L})/gu, (_, space, letter) => space + letter.toUpperCase());
    const before = i === 0 ? 32 : lower.charCodeAt(i - 1);
    if (c >= 97 && c <= 122 && (before === 32 || before === 45 || (before >= 9 && before <= 13))) {
      cased += lower.slice(wordStart, i) + String.fromCharCode(c - 32);
      wordStart = i + 1;
    }
  }
  return cased + lower.slice(wordStart);
}
