/**
 * React keys for a list whose items can repeat (two history entries in the same
 * millisecond, two findings alike): each item's own key, and for a repeat its key with
 * the repeat's number, so a key stays with its item when items come before it.
 */
export function distinctKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}\u0000${n}`;
  });
}
