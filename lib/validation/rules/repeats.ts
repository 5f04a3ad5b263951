/** An item whose key an earlier item already had. */
export interface Repeat<T> {
  /** The later item. */
  readonly item: T;
  /** Its index in the list. */
  readonly index: number;
  /** The first item with the same key. */
  readonly first: T;
  /** The first item's index. */
  readonly firstIndex: number;
}

/**
 * Every item whose key an earlier item already had, in list order, each paired with the first item
 * of that key (so three equal items give two repeats, both naming the first). The one
 * first-seen loop of the rules that refuse duplicates, and of the construct's construct-id check.
 * @param keyOf the item's key, or `undefined` for an item that takes no part (a token, an empty name)
 */
export function repeatsOf<T>(
  items: readonly T[],
  keyOf: (item: T, index: number) => string | undefined,
): Repeat<T>[] {
  const firstIndexOf = new Map<string, number>();
  const out: Repeat<T>[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item, index);
    if (key === undefined) return;
    const firstIndex = firstIndexOf.get(key);
    if (firstIndex === undefined) {
      firstIndexOf.set(key, index);
      return;
    }
    out.push({ item, index, first: items[firstIndex] as T, firstIndex });
  });
  return out;
}
