/**
 * `JSON.stringify(value)` in pieces of about `chunkSize` characters, joined exactly that text: so that a
 * large answer (`weave analyse --json`: 5.8 MB at 10,000 actors) is written as it is made, never held
 * whole as one string and again as the bytes written. Plain arrays and objects are split into their
 * members; anything else (strings, numbers, objects with `toJSON` or another prototype) is one
 * `JSON.stringify` call, as are members too deep to be worth splitting.
 */
export function* jsonChunks(value: unknown, chunkSize = 1 << 16): Generator<string> {
  let pending = "";
  for (const piece of pieces(value, 0)) {
    pending += piece;
    if (pending.length >= chunkSize) {
      yield pending;
      pending = "";
    }
  }
  if (pending !== "") yield pending;
}

/** Below this depth containers are split; deeper ones are small enough to write whole. */
const SPLIT_DEPTH = 3;

/**
 * A container of at most this many members, none of them an object or an array, is written whole: one
 * `JSON.stringify` instead of one per member (a table row, an actor's figures).
 */
const FLAT_MEMBERS = 64;

function* pieces(value: unknown, depth: number): Generator<string> {
  if (depth >= SPLIT_DEPTH || !isPlainContainer(value) || isSmallAndFlat(value)) {
    yield JSON.stringify(value);
    return;
  }
  if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ",";
      const entry: unknown = value[i];
      // As JSON.stringify: a member with no JSON form (undefined, a function) is written as null.
      if (isPlainContainer(entry)) yield* pieces(entry, depth + 1);
      else yield (JSON.stringify(entry) as string | undefined) ?? "null";
    }
    yield "]";
    return;
  }
  yield "{";
  let first = true;
  for (const [key, entry] of Object.entries(value)) {
    const whole = isPlainContainer(entry) ? null : (JSON.stringify(entry) as string | undefined);
    // As JSON.stringify: a property with no JSON form is left out.
    if (whole === undefined) continue;
    yield `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    if (whole === null) yield* pieces(entry, depth + 1);
    else yield whole;
  }
  yield "}";
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
