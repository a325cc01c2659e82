/**
 * A map from whole numbers (0 to 2^53, e.g. a pair of actor places a·n + b) to whole numbers from 0 to
 * 2^31 − 1, in two typed arrays (open addressing, linear probing). At 100,000 actors the years look up
 * some 250,000 pairs each; a Map or Set keyed by numbers above 2^31 took seconds for them.
 */
export class KeyMap {
  #keys: Float64Array;
  #values: Int32Array;
  #size = 0;

  /** Room for `expected` entries before it grows. */
  constructor(expected = 0) {
    const capacity = 2 ** Math.max(4, Math.ceil(Math.log2(2 * expected + 1)));
    this.#keys = new Float64Array(capacity).fill(-1);
    this.#values = new Int32Array(capacity);
  }

  /** The value of `key`, or −1 when it has none. */
  get(key: number): number {
    const keys = this.#keys;
    const mask = keys.length - 1;
    for (let at = slotOf(key, mask); ; at = (at + 1) & mask) {
      const held = keys[at] as number;
      if (held === key) return this.#values[at] as number;
      if (held === -1) return -1;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== -1;
  }

  set(key: number, value: number): void {
    if (2 * (this.#size + 1) > this.#keys.length) this.#grow();
    const keys = this.#keys;
    const mask = keys.length - 1;
    for (let at = slotOf(key, mask); ; at = (at + 1) & mask) {
      const held = keys[at] as number;
      if (held === -1) {
        keys[at] = key;
        this.#size++;
      } else if (held !== key) continue;
      this.#values[at] = value;
      return;
    }
  }

  #grow(): void {
    const [keys, values] = [this.#keys, this.#values];
    this.#keys = new Float64Array(keys.length * 2).fill(-1);
    this.#values = new Int32Array(keys.length * 2);
    this.#size = 0;
    for (let at = 0; at < keys.length; at++) {
      if (keys[at] !== -1) this.set(keys[at] as number, values[at] as number);
    }
  }
}

/** Mixes both 32-bit halves of the key (`>>> 0` takes it modulo 2^32). */
function slotOf(key: number, mask: number): number {
  const high = Math.floor(key / 4294967296);
  return Math.imul((key >>> 0) ^ Math.imul(high, 0x27d4eb2d), 0x9e3779b1) & mask;
}
