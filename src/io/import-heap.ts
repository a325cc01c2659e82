const MIB = 2 ** 20;
const LINE_FEED = 0x0a;

/** Below this a heap limit only makes V8 collect more often, for no memory saved. */
const SMALLEST_HEAP_MB = 256;
/**
 * What a checked import holds besides the text, per line: each actor's id, kind and line, and the
 * stored actors' kinds on a re-import (about 180 and 100 bytes); each tie's id and line (about 80).
 */
const HEAP_BYTES_PER_ACTOR_LINE = 300;
const HEAP_BYTES_PER_TIE_LINE = 100;
/** Modules, the store's reads and writes of one batch. */
const HEAP_BASE_BYTES = 32 * MIB;

/**
 * The V8 heap limit, in MB, for reading, checking and writing an import of nodes.csv and ties.csv:
 * their text (twice the bytes at most, when a character beyond Latin-1 makes V8 keep it two bytes a
 * character), what the check keeps per line, and room for one batch's garbage. A limit sized to the
 * files makes V8 collect as the import goes instead of letting the heap grow to several times what
 * is live (a re-import of 50 MB of CSV: 641 MB resident without a limit, 360 with it;
 * test/bench/big-import.ts).
 */
export function csvImportHeapMb(nodes: Uint8Array, ties: Uint8Array): number {
  const bytes =
    HEAP_BASE_BYTES +
    2 * (nodes.byteLength + ties.byteLength) +
    HEAP_BYTES_PER_ACTOR_LINE * lineCount(nodes) +
    HEAP_BYTES_PER_TIE_LINE * lineCount(ties);
  return Math.max(SMALLEST_HEAP_MB, Math.ceil(bytes / MIB));
}

/** Lines of a file: its line feeds, and one more for a last line without one. */
function lineCount(bytes: Uint8Array): number {
  let lines = 0;
  for (let at = bytes.indexOf(LINE_FEED); at !== -1; at = bytes.indexOf(LINE_FEED, at + 1)) lines++;
  return bytes.length > 0 && bytes[bytes.length - 1] !== LINE_FEED ? lines + 1 : lines;
}
