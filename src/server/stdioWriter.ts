// The server's writer over stdio: JSON-RPC's own message writer, with two changes. Its encoder is
// `messageJson` (an answer written before is spliced in as bytes: serializedAnswers.ts), and a message's
// header and body go out in one write. JSON-RPC writes them in two, and a write to a pipe is synchronous in
// Node on Linux: each is a system call that wakes the client, which then reads half a message. One write a
// message halves both (a keystroke's diagnostics in a 3 KB article: see docs/scale.md).

import { type Disposable, type RAL, WriteableStreamMessageWriter } from 'vscode-languageserver/node';
import { messageJson } from './serializedAnswers';

/** A Node stream as JSON-RPC's writable, the header of a message held back until its body is written. */
class OneWritePerMessage implements RAL.WritableStream {
  private header = '';

  private encoding: RAL.MessageBufferEncoding = 'ascii';

  constructor(private readonly stream: NodeJS.WritableStream) {}

  onClose(listener: () => void): Disposable {
    return this.listen('close', listener);
  }

  onError(listener: (error: unknown) => void): Disposable {
    return this.listen('error', listener);
  }

  onEnd(listener: () => void): Disposable {
    return this.listen('end', listener);
  }

  write(data: Uint8Array | string, encoding?: RAL.MessageBufferEncoding): Promise<void> {
    if (typeof data === 'string') {
      // JSON-RPC writes the header (`Content-Length: …\r\n\r\n`, ASCII) and then, once that has resolved, the body.
      this.header += data;
      this.encoding = encoding ?? 'utf-8';
      return Promise.resolve();
    }
    const bytes = this.header ? withHeader(this.header, this.encoding, data) : data;
    this.header = '';
    return new Promise((resolve, reject) => {
      this.stream.write(bytes, (error) => (error ? reject(error) : resolve()));
    });
  }

  end(): void {
    if (this.header) this.stream.write(this.header, this.encoding);
    this.header = '';
    this.stream.end();
  }

  private listen(event: string, listener: (...args: unknown[]) => void): Disposable {
    this.stream.on(event, listener);
    return { dispose: () => this.stream.off(event, listener) };
  }
}

/** `header` (in `encoding`) then `body`, in one buffer. */
function withHeader(header: string, encoding: RAL.MessageBufferEncoding, body: Uint8Array): Uint8Array {
  const head = new Uint8Array(Buffer.from(header, encoding));
  const bytes = new Uint8Array(head.length + body.length);
  bytes.set(head);
  bytes.set(body, head.length);
  return bytes;
}

/** The stdio writer: JSON-RPC's own, UTF-8 (JSON-RPC's default), with `messageJson` for its encoder, one write a message. */
export function jsonWriter(output: NodeJS.WritableStream): WriteableStreamMessageWriter {
  return new WriteableStreamMessageWriter(new OneWritePerMessage(output), {
    charset: 'utf-8',
    contentTypeEncoder: { name: 'application/json', encode: (message) => Promise.resolve(messageJson(message)) },
  });
}
