// What the extension tells the server when it starts (LSP `initializationOptions`). Other clients send
// nothing, or anything: every field is optional and checked.

export interface InitializationOptions {
  /** Where analyses persist between sessions (the extension's storage folder). */
  readonly cacheFolder?: string;
  /** The client draws the index's progress from `seedAnnotator/indexProgress` itself. */
  readonly indexProgress: boolean;
}

export function readInitializationOptions(options: unknown): InitializationOptions {
  const given = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  const folder = given.cacheFolder;
  return {
    ...(typeof folder === 'string' && folder !== '' ? { cacheFolder: folder } : {}),
    indexProgress: given.indexProgress === true,
  };
}
