// Strings kept by caches that outlive an article.

/**
 * A copy of a string that keeps nothing else alive. Names and phrases are slices of an article's text, and
 * V8 keeps a slice of 13 characters or more as a view of the whole text: a cache keyed by slices holds as
 * many articles as it has keys (and in an edited long document, each of its old versions). The
 * concatenation is flattened into a string of its own before it is sliced.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
