/**
 * Questions about many spans at once, answered in logarithmic time: "does anything
 * in this set overlap [start, end)?" A draft can hold tens of thousands of links,
 * numbers or findings, so comparing each with every other (`list.some(…)` inside a
 * loop) would make checking quadratic in the draft's length.
 */
import type { Span } from './tokens';

/** A fixed set of spans (overlapping or not), sorted once. */
export class SpanSet {
  private readonly starts: Float64Array;
  /** The largest end among the first i + 1 spans in start order. */
  private readonly maxEnd: Float64Array;

  constructor(spans: Iterable<Span>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = new Float64Array(sorted.length);
    this.maxEnd = new Float64Array(sorted.length);
    let max = -Infinity;
    sorted.forEach((span, i) => {
      this.starts[i] = span.start;
      max = Math.max(max, span.end);
      this.maxEnd[i] = max;
    });
  }

  get size(): number {
    return this.starts.length;
  }

  /** Does any span share a character with `[start, end)`? */
  overlaps(start: number, end: number): boolean {
    // The last span starting before `end`.
    const last = firstAtLeast(this.starts, end, itself) - 1;
    return last >= 0 && this.maxEnd[last]! > start;
  }

  /** Does any span hold the character at `at`? */
  covers(at: number): boolean {
    return this.overlaps(at, at + 1);
  }
}

/**
 * Spans added one at a time, in any order, for "keep the first claim on these
 * characters" loops: each question and each addition costs O(log length). Offsets
 * must lie in `[0, length]`.
 */
export class GrowingSpanSet {
  /** A Fenwick tree over start offsets holding the largest end of the spans starting there. */
  private readonly tree: Int32Array;

  constructor(length: number) {
    this.tree = new Int32Array(length + 2).fill(-1);
  }

  /** Does any span added so far share a character with `[start, end)`? */
  overlaps(start: number, end: number): boolean {
    // The largest end among spans starting before `end`.
    let max = -1;
    for (let i = Math.min(end, this.tree.length - 1); i > 0; i -= i & -i) if (this.tree[i]! > max) max = this.tree[i]!;
    return max > start;
  }

  add(start: number, end: number): void {
    for (let i = start + 1; i < this.tree.length; i += i & -i) if (this.tree[i]! < end) this.tree[i] = end;
  }
}

/**
 * The one binary search: the index of the first item whose key is at least `value`
 * (or, with `orEqual` false, above it), in items sorted by that key; `items.length`
 * when there is none.
 */
function firstFrom<T>(items: ArrayLike<T>, value: number, key: (item: T) => number, atLeast: boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = key(items[mid]!);
    if (k < value || (!atLeast && k === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const itself = (n: number) => n;

/** Index of the first item whose key is at least `value`, in items sorted by that key (`items.length` if none). */
export function firstAtLeast<T>(items: ArrayLike<T>, value: number, key: (item: T) => number): number {
  return firstFrom(items, value, key, true);
}

/** Index of the last item whose key is at most `value`, in items sorted by that key, or -1. */
export function lastAtMost<T>(items: ArrayLike<T>, value: number, key: (item: T) => number): number {
  return firstFrom(items, value, key, false) - 1;
}

/** Index of the last number in a sorted list that is at most `value`, or -1. */
export function lastNumberAtMost(sorted: ArrayLike<number>, value: number): number {
  return lastAtMost(sorted, value, itself);
}
