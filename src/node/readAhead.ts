// Reads many files with a bounded number of reads in flight, yielding them in the given order:
// on large corpora a sequential read/await loop spends most of its time waiting on the disk.

export type ReadResult<T> = { readonly file: string; readonly value: T } | { readonly file: string; readonly error: unknown };

export async function* readAhead<T>(files: readonly string[], read: (file: string) => Promise<T>, inFlight = 32): AsyncGenerator<ReadResult<T>> {
  const settle = (file: string): Promise<ReadResult<T>> => read(file).then((value) => ({ file, value }), (error: unknown) => ({ file, error }));
  const queue: Promise<ReadResult<T>>[] = [];
  let next = 0;
  while (next < files.length && queue.length < inFlight) queue.push(settle(files[next++]));
  while (queue.length > 0) {
    const result = await queue.shift()!;
    if (next < files.length) queue.push(settle(files[next++]));
    yield result;
  }
}
