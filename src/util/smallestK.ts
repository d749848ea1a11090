/**
 * Keeps the `k` items of lowest priority among any number offered, in O(log k) per offer: a binary
 * max-heap whose root is the item the next better offer evicts. A sorted array costs O(k) per offer,
 * which made a review budget of 100,000 records take minutes on a large corpus.
 *
 * @example
 * ```ts
 * const best = smallestK<string>(2);
 * for (const [priority, name] of [[3, 'c'], [1, 'a'], [2, 'b']] as const) {
 *   if (best.admits(priority)) best.add(priority, name);
 * }
 * best.sorted(); // [{ priority: 1, value: 'a' }, { priority: 2, value: 'b' }]
 * ```
 */
export function smallestK<T>(k: number): SmallestK<T> {
  const heap: { priority: number; value: T }[] = [];
  const swap = (i: number, j: number) => {
    const item = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = item;
  };
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < heap.length && heap[left]!.priority > heap[largest]!.priority) largest = left;
      if (right < heap.length && heap[right]!.priority > heap[largest]!.priority) largest = right;
      if (largest === i) return;
      swap(i, largest);
      i = largest;
    }
  };
  const admits = (priority: number) => heap.length < k || priority < heap[0]!.priority;
  return {
    admits,
    add(priority, value) {
      if (!admits(priority)) return;
      if (heap.length < k) {
        heap.push({ priority, value });
        let i = heap.length - 1;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (heap[parent]!.priority >= heap[i]!.priority) break;
          swap(i, parent);
          i = parent;
        }
        return;
      }
      heap[0] = { priority, value };
      siftDown(0);
    },
    get size() {
      return heap.length;
    },
    sorted: () => [...heap].sort((a, b) => a.priority - b.priority),
  };
}

/** What {@link smallestK} returns. */
export interface SmallestK<T> {
  /** Whether an item of this priority would be kept now (ask before building an expensive value). */
  admits(priority: number): boolean;
  /** Keeps the item if it is among the `k` lowest so far, evicting the highest kept one when full. */
  add(priority: number, value: T): void;
  /** How many items are kept (at most `k`). */
  readonly size: number;
  /** The kept items, lowest priority first. */
  sorted(): { priority: number; value: T }[];
}
