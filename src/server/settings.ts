// Settings per resource: asked of the client for each scope (the store asks per workspace folder,
// which may differ), cached per scope until the client says they changed. Never a global.

import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type SeedAnnotatorSettings, readSettings } from '../shared/protocol';

export class DocumentSettings {
  private readonly cache = new Map<string, Promise<SeedAnnotatorSettings>>();
  /** Settings pushed with `didChangeConfiguration`, for clients that cannot be asked. */
  private pushed: SeedAnnotatorSettings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly canAsk: () => boolean,
  ) {}

  get(uri: string): Promise<SeedAnnotatorSettings> {
    if (!this.canAsk()) return Promise.resolve(this.pushed);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then(readSettings, () => DEFAULT_SETTINGS);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** Called on `workspace/didChangeConfiguration`. */
  changed(pushedSettings: unknown): void {
    this.cache.clear();
    const section = (pushedSettings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
    this.pushed = readSettings(section);
  }
}
