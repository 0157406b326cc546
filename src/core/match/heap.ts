/**
 * A binary min-heap of node numbers keyed by `key[node]` (ties: lower node first); after a key
 * changes, push the node again. Keys live outside the heap (a price or distance array).
 */
export class NodeHeap {
  private readonly heap: Int32Array;
  private readonly position: Int32Array;
  private length = 0;

  constructor(
    nodes: number,
    private readonly key: Float64Array,
  ) {
    this.heap = new Int32Array(nodes);
    this.position = new Int32Array(nodes).fill(-1);
  }

  /** Whether no node is waiting. */
  get empty(): boolean {
    return this.length === 0;
  }

  /** Adds `node`, or moves it to its place after its key changed. */
  push(node: number): void {
    let at = this.position[node]!;
    if (at < 0) {
      at = this.length;
      this.length += 1;
      this.heap[at] = node;
      this.position[node] = at;
    }
    this.up(at);
    this.down(this.position[node]!);
  }

  /** The node with the least key (-1 when empty), left in place. */
  peek(): number {
    return this.length > 0 ? this.heap[0]! : -1;
  }

  /** The second least key (Infinity with fewer than two nodes). */
  secondKey(): number {
    const left = this.length > 1 ? this.key[this.heap[1]!]! : Infinity;
    const right = this.length > 2 ? this.key[this.heap[2]!]! : Infinity;
    return Math.min(left, right);
  }

  /** Removes and returns the node with the least key. */
  pop(): number {
    const top = this.heap[0]!;
    this.length -= 1;
    this.position[top] = -1;
    if (this.length > 0) {
      const last = this.heap[this.length]!;
      this.heap[0] = last;
      this.position[last] = 0;
      this.down(0);
    }
    return top;
  }

  /** Empties the heap (nodes left in it are forgotten). */
  clear(): void {
    for (let i = 0; i < this.length; i += 1) this.position[this.heap[i]!] = -1;
    this.length = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && a < b);
  }

  private up(at: number): void {
    const node = this.heap[at]!;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.heap[parentAt]!;
      if (!this.less(node, parent)) break;
      this.heap[at] = parent;
      this.position[parent] = at;
      at = parentAt;
    }
    this.heap[at] = node;
    this.position[node] = at;
  }

  private down(at: number): void {
    const node = this.heap[at]!;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.length) break;
      const right = child + 1;
      if (right < this.length && this.less(this.heap[right]!, this.heap[child]!)) child = right;
      const childNode = this.heap[child]!;
      if (!this.less(childNode, node)) break;
      this.heap[at] = childNode;
      this.position[childNode] = at;
      at = child;
    }
    this.heap[at] = node;
    this.position[node] = at;
  }
}
