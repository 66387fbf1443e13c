// A cache for pure functions of a string that the loader and extractor call for the same few names again and again.

/** Memoizes `fn`; the cache empties itself when it reaches `max` entries, so memory stays bounded on any input. */
export function boundedMemo<T>(fn: (key: string) => T, max = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= max) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
