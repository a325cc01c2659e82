/**
 * `JSON.stringify(value)` handed to `write` in pieces of about `chunkSize` characters, joined exactly that
 * text: so that a large answer (`weave analyse --json`: 5.8 MB at 10,000 actors) is written as it is
 * made, never held whole as one string and again as the bytes written. Plain arrays and objects are split
 * into their members; anything else (strings, numbers, objects with `toJSON` or another prototype) is one
 * `JSON.stringify` call, as are members too deep to be worth splitting. Plain recursion, not generators:
 * a one-shot `weave analyse` runs it cold, where every resumed generator costs, and V8's optimising
 * compiler took 10 ms over the recursive generator this was at 1,000 actors.
 */
export function writeJsonChunks(value: unknown, write: (chunk: string) => void, chunkSize = 1 << 16): void {
  let pending = "";
  const add = (piece: string) => {
    pending += piece;
    if (pending.length >= chunkSize) {
      write(pending);
      pending = "";
    }
  };
  addPieces(value, 0, add);
  if (pending !== "") write(pending);
}

/** Below this depth containers are split; deeper ones are small enough to write whole. */
const SPLIT_DEPTH = 3;

/**
 * A container of at most this many members, none of them an object or an array, is written whole: one
 * `JSON.stringify` instead of one per member (a table row, an actor's figures).
 */
const FLAT_MEMBERS = 64;

function addPieces(value: unknown, depth: number, add: (piece: string) => void): void {
  if (depth >= SPLIT_DEPTH || !isPlainContainer(value) || isSmallAndFlat(value)) {
    add(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    add("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) add(",");
      const entry: unknown = value[i];
      // As JSON.stringify: a member with no JSON form (undefined, a function) is written as null.
      if (isPlainContainer(entry)) addPieces(entry, depth + 1, add);
      else add((JSON.stringify(entry) as string | undefined) ?? "null");
    }
    add("]");
    return;
  }
  add("{");
  let first = true;
  for (const [key, entry] of Object.entries(value)) {
    const whole = isPlainContainer(entry) ? null : (JSON.stringify(entry) as string | undefined);
    // As JSON.stringify: a property with no JSON form is left out.
    if (whole === undefined) continue;
    add(`${first ? "" : ","}${JSON.stringify(key)}:`);
    first = false;
    if (whole === null) addPieces(entry, depth + 1, add);
    else add(whole);
  }
  add("}");
}

function isSmallAndFlat(value: object): boolean {
  const members = Array.isArray(value) ? value : Object.values(value);
  if (members.length > FLAT_MEMBERS) return false;
  for (const member of members) if (typeof member === "object" && member !== null) return false;
  return true;
}

/** An array or an object JSON.stringify writes member by member itself (no toJSON, plain prototype). */
function isPlainContainer(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return Object.getPrototypeOf(value) === Array.prototype;
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && !("toJSON" in value);
}
