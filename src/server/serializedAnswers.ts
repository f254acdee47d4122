// Large answers written as JSON once. The references to an entity named in every article (36,000 locations
// in a 10k-article workspace, ~5 MB of JSON) are kept by the mention index until it changes, yet
// `JSON.stringify` wrote them again for every request: ~40 ms each time, as long as the client then takes
// to read them. An answer kept this way is written the first time it is sent and its text reused after.
//
// Only the server's own stdio writer (`jsonWriter`) splices the text in; any other transport (the VS Code
// client's IPC) serializes the message itself, and sees the plain answer through `toJSON`.

import type { Message, ResponseMessage } from 'vscode-languageserver/node';

/** Answers smaller than this are written each time: keeping their text would save nothing worth its memory. */
const MIN_ITEMS = 1000;

const utf8 = new TextEncoder();

/** An answer and, once it was first sent, its JSON in UTF-8 (encoding 5 MB of JSON takes as long as writing it). */
class SerializedAnswer {
  private encoded: Uint8Array | undefined;

  constructor(private readonly value: unknown) {}

  get bytes(): Uint8Array {
    this.encoded ??= utf8.encode(JSON.stringify(this.value));
    return this.encoded;
  }

  toJSON(): unknown {
    return this.value;
  }
}

const kept = new WeakMap<object, SerializedAnswer>();

/**
 * The answer to send for `items`: the same wrapper (and so the same JSON) for as long as the caller keeps
 * giving the same array, which it must not change. Typed as the answer itself for the request handlers.
 */
export function sentAsWrittenBefore<T>(items: readonly T[] | null): T[] | null {
  if (items === null || items.length < MIN_ITEMS) return items as T[] | null;
  let answer = kept.get(items);
  if (!answer) {
    answer = new SerializedAnswer(items);
    kept.set(items, answer);
  }
  return answer as unknown as T[];
}

/** A message as UTF-8 JSON, with the kept bytes of an answer written before spliced in as they are. */
export function messageJson(message: Message): Uint8Array {
  const response = message as ResponseMessage;
  if (!(response.result instanceof SerializedAnswer) || response.error !== undefined) return utf8.encode(JSON.stringify(message));
  const head = utf8.encode(`{"jsonrpc":${JSON.stringify(response.jsonrpc)},"id":${JSON.stringify(response.id)},"result":`);
  const answer = response.result.bytes;
  const json = new Uint8Array(head.length + answer.length + 1);
  json.set(head);
  json.set(answer, head.length);
  json[json.length - 1] = 0x7d; // }
  return json;
}
