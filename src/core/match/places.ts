/**
 * Every mentor's places as separate objects with their own prices (a mentor of capacity 3 has
 * three). A mentee bidding for a mentor takes its cheapest place; the next cheapest place of the
 * same mentor is that mentee's second-best option there.
 */
export class Places {
  /** Places of mentor j: start[j] … start[j+1]-1. */
  readonly start: Int32Array;
  readonly mentorOf: Int32Array;
  readonly price: Float64Array;
  /** Bidder holding each place (-1 none). */
  readonly owner: Int32Array;
  /** By mentor: the cheapest place (-1 for a mentor without places), its price, and the next price. */
  readonly cheapest: Int32Array;
  readonly cheapestPrice: Float64Array;
  readonly nextPrice: Float64Array;

  constructor(capacity: Int32Array) {
    const m = capacity.length;
    this.start = new Int32Array(m + 1);
    for (let j = 0; j < m; j += 1) this.start[j + 1] = this.start[j]! + Math.max(0, capacity[j]!);
    const count = this.start[m]!;
    this.mentorOf = new Int32Array(count);
    for (let j = 0; j < m; j += 1) this.mentorOf.fill(j, this.start[j]!, this.start[j + 1]!);
    this.price = new Float64Array(count);
    this.owner = new Int32Array(count).fill(-1);
    this.cheapest = new Int32Array(m);
    this.cheapestPrice = new Float64Array(m);
    this.nextPrice = new Float64Array(m);
    for (let j = 0; j < m; j += 1) this.refresh(j);
  }

  /** Number of places. */
  get count(): number {
    return this.price.length;
  }

  /** Sets every place of each mentor j to `price(j)`. */
  setPrices(price: (j: number) => number): void {
    for (let j = 0; j + 1 < this.start.length; j += 1) {
      this.price.fill(price(j), this.start[j]!, this.start[j + 1]!);
      this.refresh(j);
    }
  }

  /** Raises place `s`'s price and updates its mentor's cheapest place. */
  raise(s: number, by: number): void {
    this.price[s] = this.price[s]! + by;
    this.refresh(this.mentorOf[s]!);
  }

  private refresh(j: number): void {
    let best = Infinity;
    let bestPlace = -1;
    let next = Infinity;
    for (let s = this.start[j]!; s < this.start[j + 1]!; s += 1) {
      const p = this.price[s]!;
      if (p < best) {
        next = best;
        best = p;
        bestPlace = s;
      } else if (p < next) {
        next = p;
      }
    }
    this.cheapest[j] = bestPlace;
    this.cheapestPrice[j] = best;
    this.nextPrice[j] = next;
  }
}
