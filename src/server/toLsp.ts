// Translates the core's plain results into LSP shapes. Nothing is decided here.

import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  DiagnosticSeverity,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Fix, Problem, Severity, TextEdit } from '../core';

export const DIAGNOSTIC_SOURCE = 'seed-annotator';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(problem: Problem): Diagnostic {
  return {
    range: problem.range,
    severity: SEVERITIES[problem.severity],
    code: problem.code,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  };
}

/** `$`, `}` and `\` are snippet syntax; everything but the placeholder must be taken literally. */
function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

function toSnippetEdit(edit: TextEdit) {
  const at = edit.placeholder ? edit.newText.indexOf(edit.placeholder) : -1;
  if (at < 0) return { range: edit.range, newText: edit.newText };
  const before = escapeSnippet(edit.newText.slice(0, at));
  const after = escapeSnippet(edit.newText.slice(at + edit.placeholder!.length));
  return { range: edit.range, snippet: { kind: 'snippet' as const, value: `${before}\${1:${escapeSnippet(edit.placeholder!)}}${after}` } };
}

export interface EditTarget {
  readonly uri: string;
  readonly version: number;
  /** The client applies `SnippetTextEdit`s (LSP 3.18), so placeholders can be selected for typing. */
  readonly snippets: boolean;
  /**
   * The client takes `documentChanges`: the edit names the version it was computed for, and a client
   * applying it to a newer text refuses it instead of corrupting the document.
   */
  readonly versioned?: boolean;
}

export function toWorkspaceEdit(edits: readonly TextEdit[], target: EditTarget): WorkspaceEdit {
  if (target.snippets && edits.some((e) => e.placeholder)) {
    return {
      documentChanges: [
        // SnippetTextEdit is newer than the TextEdit type in this union; clients that announce support accept it.
        { textDocument: { uri: target.uri, version: target.version }, edits: edits.map(toSnippetEdit) as LspTextEdit[] },
      ],
    };
  }
  const plain = edits.map(({ range, newText }) => ({ range, newText }));
  if (target.versioned) return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits: plain }] };
  return { changes: { [target.uri]: plain } };
}

export function toCodeAction(fix: Fix, diagnostic: Diagnostic, target: EditTarget): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: fix.preferred,
    edit: toWorkspaceEdit(fix.edits, target),
  };
}
