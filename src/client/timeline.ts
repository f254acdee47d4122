// "Seed Annotator: Show Meetings Timeline": a webview with one lane per person and a mark per meeting.
// A strict Content Security Policy (a nonce for the one script and the one style sheet, nothing remote),
// the theme's colours, and the data as messages; the drawing is webview/timeline.ts.

import { randomBytes } from 'node:crypto';
import { type ExtensionContext, Range, Uri, ViewColumn, type WebviewPanel, window } from 'vscode';
import type { CorpusMeeting } from '../shared/protocol';

export class Timeline {
  private panel: WebviewPanel | undefined;

  constructor(
    private readonly context: ExtensionContext,
    private readonly meetings: () => readonly CorpusMeeting[],
  ) {}

  show(): void {
    if (this.panel) {
      this.panel.reveal();
      this.post();
      return;
    }
    const dist = Uri.joinPath(this.context.extensionUri, 'dist');
    const panel = window.createWebviewPanel('seedAnnotator.timeline', 'Meetings Timeline', ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [dist],
      retainContextWhenHidden: false,
    });
    this.panel = panel;
    panel.onDidDispose(() => (this.panel = undefined));
    panel.webview.onDidReceiveMessage((message: { type: string; report?: CorpusMeeting['reports'][number] }) => {
      if (message.type === 'ready') this.post();
      if (message.type === 'open' && message.report) {
        const { start, end } = message.report.range;
        void window.showTextDocument(Uri.parse(message.report.uri), {
          selection: new Range(start.line, start.character, end.line, end.character),
          viewColumn: ViewColumn.Beside,
        });
      }
    });
    const nonce = randomBytes(16).toString('base64');
    const script = panel.webview.asWebviewUri(Uri.joinPath(dist, 'timeline.js'));
    const csp = [
      "default-src 'none'",
      `script-src 'nonce-${nonce}'`,
      `style-src 'nonce-${nonce}'`,
      `img-src ${panel.webview.cspSource} data:`,
      `font-src ${panel.webview.cspSource}`,
    ].join('; ');
    panel.webview.html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Meetings Timeline</title>
<style nonce="${nonce}">${STYLE}</style>
</head><body>
<header><label for="lanes">People</label> <select id="lanes" multiple size="4" aria-label="People shown as lanes"></select>
<span class="legend"><span class="dot held"></span> held <span class="dot planned"></span> planned</span></header>
<main id="timeline" aria-live="polite"></main>
<div id="card" role="tooltip" hidden></div>
<script nonce="${nonce}" src="${script}"></script>
</body></html>`;
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** The meetings changed: redraw if open. */
  refresh(): void {
    if (this.panel) this.post();
  }

  private post(): void {
    const meetings = this.meetings();
    const count = new Map<string, number>();
    for (const m of meetings) for (const p of m.participants) count.set(p, (count.get(p) ?? 0) + 1);
    const people = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
    void this.panel?.webview.postMessage({ type: 'show', meetings, people });
  }
}

// The theme's colours only (--vscode-* variables), so the timeline reads well in light, dark and high contrast.
const STYLE = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
header { display: flex; gap: 12px; align-items: center; margin-bottom: 8px; }
select { background: var(--vscode-dropdown-background); color: var(--vscode-dropdown-foreground); border: 1px solid var(--vscode-dropdown-border); min-width: 220px; }
.legend { color: var(--vscode-descriptionForeground); }
.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; border: 2px solid var(--vscode-charts-blue); }
.dot.held { background: var(--vscode-charts-blue); }
.lane { stroke: var(--vscode-editorIndentGuide-background, var(--vscode-panel-border)); }
.year { stroke: var(--vscode-editorRuler-foreground, var(--vscode-panel-border)); stroke-dasharray: 2 4; }
.person, .tick { fill: var(--vscode-foreground); font-size: 12px; }
.tick { fill: var(--vscode-descriptionForeground); }
.mark { cursor: pointer; stroke: var(--vscode-charts-blue); stroke-width: 2; }
.mark.held { fill: var(--vscode-charts-blue); }
.mark.planned { fill: var(--vscode-editor-background); }
.mark:focus { outline: none; stroke: var(--vscode-focusBorder); stroke-width: 4; }
#card { position: absolute; left: var(--card-left); top: var(--card-top); max-width: 300px; padding: 6px 8px; background: var(--vscode-editorHoverWidget-background); color: var(--vscode-editorHoverWidget-foreground); border: 1px solid var(--vscode-editorHoverWidget-border); }
#card[hidden] { display: none; }
`;
