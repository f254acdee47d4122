// Tokenizes seed text with the real TextMate engine (vscode-textmate + oniguruma), line by line as VS Code
// does, so grammar tests see exactly the scopes an editor would.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const GRAMMAR_PATH = path.resolve(__dirname, '../../syntaxes/seed.tmLanguage.json');
export const SCOPE_NAME = 'text.seed';

/** VS Code gives up on a line after this many milliseconds and reports `stoppedEarly`. */
const EDITOR_TIME_LIMIT_MS = 500;

export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

export interface TokenizedLine {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** True when the engine gave up on the line (VS Code then leaves the rest of it uncoloured). */
  readonly stoppedEarly: boolean;
  /** Rules still open after the line; 1 means only the grammar itself, i.e. nothing leaks to the next line. */
  readonly depthAfter: number;
}

let onigurumaReady: Promise<void> | undefined;
let grammarLoaded: Promise<vsctm.IGrammar> | undefined;

/** Loads the oniguruma WebAssembly once; needed before any scanner can be built. */
export function loadOniguruma(): Promise<void> {
  onigurumaReady ??= (async () => {
    const wasmPath = path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm');
    await oniguruma.loadWASM(fs.readFileSync(wasmPath));
  })();
  return onigurumaReady;
}

/** The seed grammar, read from disk once per test run. */
export function loadGrammar(): Promise<vsctm.IGrammar> {
  grammarLoaded ??= (async () => {
    await loadOniguruma();
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName: string) =>
        scopeName === SCOPE_NAME ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const grammar = await registry.loadGrammar(SCOPE_NAME);
    if (!grammar) throw new Error(`grammar ${SCOPE_NAME} not found at ${GRAMMAR_PATH}`);
    return grammar;
  })();
  return grammarLoaded;
}

/** Splits text the way VS Code's text model does: on CRLF, CR or LF, without the line ending. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Tokenizes lines in order, carrying the rule stack from one line to the next. */
export async function tokenizeLines(lines: readonly string[]): Promise<TokenizedLine[]> {
  const grammar = await loadGrammar();
  let state = vsctm.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state, EDITOR_TIME_LIMIT_MS);
    state = result.ruleStack;
    return {
      text: line,
      stoppedEarly: result.stoppedEarly,
      depthAfter: state.depth,
      tokens: result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })),
    };
  });
}

/** Tokenizes a whole document, e.g. a file's contents (a BOM, if any, is kept and left to the grammar). */
export function tokenize(text: string): Promise<TokenizedLine[]> {
  return tokenizeLines(splitLines(text));
}

/**
 * The scopes shared by every token that overlaps the first occurrence of `needle` in `text`.
 * Fails when `needle` does not occur, so a typo in a test cannot pass silently.
 */
export async function scopesOf(text: string, needle: string): Promise<string[]> {
  for (const line of await tokenize(text)) {
    const start = line.text.indexOf(needle);
    if (start < 0) continue;
    const end = start + needle.length;
    let offset = 0;
    let shared: string[] | undefined;
    for (const token of line.tokens) {
      const tokenStart = offset;
      offset += token.text.length;
      if (offset <= start || tokenStart >= end) continue;
      shared = shared ? shared.filter((s) => token.scopes.includes(s)) : [...token.scopes];
    }
    return shared ?? [];
  }
  throw new Error(`${JSON.stringify(needle)} does not occur in ${JSON.stringify(text)}`);
}

/**
 * Every stretch of text that carries `scope`: adjacent tokens with the scope are joined, so the result reads
 * as the expressions the editor colours, e.g. ['Dec. 3, 2018'] for one date.
 */
export async function spansOf(text: string, scope: string): Promise<string[]> {
  const spans: string[] = [];
  for (const line of await tokenize(text)) {
    let current: string | undefined;
    for (const token of line.tokens) {
      if (token.scopes.includes(scope)) {
        current = (current ?? '') + token.text;
      } else if (current !== undefined) {
        spans.push(current);
        current = undefined;
      }
    }
    if (current !== undefined) spans.push(current);
  }
  return spans;
}
