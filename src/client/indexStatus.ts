// A status bar item while the server indexes the workspace ("Indexing 4,210 / 10,000 articles"), gone when done.

import { StatusBarAlignment, type StatusBarItem, window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { type IndexProgress, ServerNotifications } from '../shared/protocol';

export function showIndexProgress(client: LanguageClient): StatusBarItem {
  const item = window.createStatusBarItem('seedAnnotator.indexing', StatusBarAlignment.Left, 10);
  item.name = 'Seed Annotator indexing';
  const format = new Intl.NumberFormat('en');
  client.onNotification(ServerNotifications.indexProgress, ({ done, total }: IndexProgress) => {
    if (done >= total) {
      item.hide();
      return;
    }
    item.text = `$(sync~spin) Indexing ${format.format(done)} / ${format.format(total)} articles`;
    item.tooltip = 'Seed Annotator is reading the workspace: counts, references and meetings fill in as it goes.';
    item.show();
  });
  return item;
}
