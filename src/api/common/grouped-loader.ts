import DataLoader from 'dataloader';

/**
 * A DataLoader for keys that carry arguments besides the parent id (a page, a window): keys with the same
 * arguments are fetched together, so one statement serves every parent at a request level.
 */
export function groupedLoader<K extends { id: string }, V>(
  fetch: (ids: string[], args: Omit<K, 'id'>) => Promise<Map<string, V>>,
  missing: () => V,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: Omit<K, 'id'>; ids: string[] }>();
      for (const key of keys) {
        const { id, ...args } = key;
        const group = JSON.stringify(args);
        const entry = groups.get(group) ?? { args, ids: [] };
        entry.ids.push(id);
        groups.set(group, entry);
      }
      const results = new Map<string, Map<string, V>>();
      await Promise.all(
        [...groups].map(async ([group, { args, ids }]) =>
          results.set(group, await fetch([...new Set(ids)], args)),
        ),
      );
      return keys.map((key) => {
        const { id, ...args } = key;
        return results.get(JSON.stringify(args))?.get(id) ?? missing();
      });
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}

/** A DataLoader of nodes by id; ids with no node give null. */
export function byIdLoader<V extends { id: string }>(
  fetch: (ids: readonly string[]) => Promise<V[]>,
): DataLoader<string, V | null> {
  return new DataLoader<string, V | null>(async (ids) => {
    const found = new Map((await fetch(ids)).map((v) => [v.id, v]));
    return ids.map((id) => found.get(id) ?? null);
  });
}
