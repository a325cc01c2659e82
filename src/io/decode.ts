import type { Issue } from "../model/index.js";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** UTF-8 text without its BOM, or an issue naming the first line that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { issue: Issue } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { issue: { file, line: 1, message: "the file is UTF-16; save it as UTF-8 (CSV UTF-8 in a spreadsheet)" } };
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
