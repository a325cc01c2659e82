import type { Issue } from "../model/index.js";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * UTF-8 text without its BOM, or an issue: a file that is no text at all (a workbook, an image,
 * binary data), UTF-16, or the first line that is not UTF-8.
 */
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
  const signature = SIGNATURES.find(({ start }) => start.every((byte, i) => bytes[i] === byte));
  if (signature !== undefined) return { issue: notText(file, signature.looksLike) };
  const controlShare = controlByteShare(bytes);
  if (controlShare >= BINARY_SHARE_OF_TEXT) return { issue: notText(file, "binary data") };
  const start = UTF8_BOM.every((byte, i) => bytes[i] === byte) ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    if (controlShare >= BINARY_SHARE_OF_NON_UTF8) return { issue: notText(file, "binary data") };
    return {
      issue: {
        file,
        line: firstInvalidLine(body),
        message: "the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in a spreadsheet)",
      },
    };
  }
}

/** Files people pick by mistake, known by their first bytes. */
const SIGNATURES: readonly { readonly start: readonly number[]; readonly looksLike: string }[] = [
  // A zip archive: xlsx, ods and docx files are zips.
  { start: [0x50, 0x4b, 0x03, 0x04], looksLike: "an xlsx workbook" },
  { start: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], looksLike: "an xls workbook" },
  { start: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: "a PNG image" },
  { start: [0xff, 0xd8, 0xff], looksLike: "a JPEG image" },
  { start: [0x25, 0x50, 0x44, 0x46, 0x2d], looksLike: "a PDF document" },
];

function notText(file: string, looksLike: string): Issue {
  return {
    file,
    line: 1,
    message: `this is not a text file (it looks like ${looksLike}); save the data as CSV UTF-8 (comma-separated)`,
  };
}

/**
 * Text has almost no control bytes other than tab and line ends: a few control characters in a
 * text file are reported where they are, but a quarter of the first 4 KiB means binary data. A file
 * that is not UTF-8 either needs less: Latin-1 text has none, random bytes about one in nine.
 */
const BINARY_SHARE_OF_TEXT = 0.25;
const BINARY_SHARE_OF_NON_UTF8 = 0.03;

function controlByteShare(bytes: Uint8Array): number {
  const length = Math.min(bytes.length, SAMPLE_BYTES);
  if (length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] ?? 0;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return controls / length;
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
