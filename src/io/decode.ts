import type { Issue } from "../model/index.js";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** UTF-8 text without its BOM, or an issue naming the first line that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { issue: Issue } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { issue: { file, line: 1, message: "the file is UTF-16; save it as UTF-8 (CSV UTF-8 in a spreadsheet)" } };
  }
  if (looksLikeUtf16(bytes)) {
    return {
      issue: {
        file,
        line: 1,
        message:
          "the file looks like UTF-16 (without a byte order mark); save it as UTF-8 (CSV UTF-8 in a spreadsheet)",
      },
    };
  }
  const start = UTF8_BOM.every((byte, i) => bytes[i] === byte) ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    return {
      issue: {
        file,
        line: firstInvalidLine(body),
        message: "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet)",
      },
    };
  }
}

function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

const SAMPLE_BYTES = 4096;

/**
 * UTF-16 without a BOM: ASCII text in UTF-16 has a zero byte in every other position, which UTF-8
 * text never has. A third of the even or odd bytes being zero in the first 4 KiB is enough to tell.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 2) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  return Math.max(evenZeros, oddZeros) * 3 >= pairs && Math.min(evenZeros, oddZeros) * 10 < pairs;
}
