// Asking the client to ask again, where it says it can be asked: for inlay hints when a setting changed, and
// for CodeLenses when the meetings they count changed (a lens resolved while the index was still being built
// said "reported in 1 article" until the next edit of its document).

import { type ClientCapabilities, CodeLensRefreshRequest, type Connection } from 'vscode-languageserver/node';

export interface RefreshSupport {
  inlayHintRefresh: boolean;
  codeLensRefresh: boolean;
}

export function readRefreshSupport(client: RefreshSupport, capabilities: ClientCapabilities): void {
  client.inlayHintRefresh = capabilities.workspace?.inlayHint?.refreshSupport === true;
  client.codeLensRefresh = capabilities.workspace?.codeLens?.refreshSupport === true;
}

/** The service's `refresh…` outputs over the connection. */
export function refreshers(connection: Connection, client: RefreshSupport): { refreshInlayHints(): void; refreshCodeLenses(): void } {
  return {
    refreshInlayHints: () => void (client.inlayHintRefresh && connection.languages.inlayHint.refresh()),
    refreshCodeLenses: () => void (client.codeLensRefresh && connection.sendRequest(CodeLensRefreshRequest.type)),
  };
}
