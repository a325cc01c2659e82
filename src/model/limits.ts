/**
 * One set of limits for every way data comes in: the CSV and JSON readers validate with them
 * (validate.ts) and the API schemas declare them, so an import can never store what the API refuses.
 */
export const LIMITS = {
  /** Characters in an actor id (and so in a tie's source and target). */
  id: 200,
  name: 200,
  area: 200,
  /** Characters in one gift or interest tag. */
  tag: 60,
  /** Tags in one list (gifts or interests). */
  tags: 200,
  /** An actor's notes, and a tie's note. */
  notes: 10_000,
  /** Columns in a CSV file. */
  columns: 1_000,
  /** Custom attributes on one record. */
  customAttributes: 1_000,
  customName: 100,
  customText: 10_000,
  /** Characters on one physical line of a CSV file: 1 MiB. */
  line: 1_048_576,
} as const;

/**
 * Control characters (C0, DEL and C1): they break XML exports and reach terminals as escape sequences.
 * Multi-line text (notes and custom text) may hold tab and line breaks; every other field none.
 */
const CONTROL = /\p{Cc}/u;
const CONTROL_EXCEPT_TAB_AND_NEWLINE = /(?![\t\n\r])\p{Cc}/u;

/** The first character a field may not hold, or undefined when the text is fine. */
export function forbiddenCharacter(text: string, multiLine = false): string | undefined {
  return (multiLine ? CONTROL_EXCEPT_TAB_AND_NEWLINE : CONTROL).exec(text)?.[0];
}

/** A character as people look it up: U+001B. */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Text safe to print on a terminal: control characters other than newline shown as <U+001B>. */
export function visibleText(text: string): string {
  return text.replace(/(?!\n)\p{Cc}/gu, (char) => `<${codePoint(char)}>`);
}

/** Characters of a value a message shows before cutting it off with "…". */
const QUOTED_LENGTH = 60;

/**
 * A value as every message quotes it: in double quotes, every control character (line breaks too) shown as <U+001B>, and
 * cut after 60 visible characters, so a 100,000-character cell gives a short, printable message.
 */
export function quotedValue(text: string): string {
  let shown = "";
  for (const char of text) {
    const piece = CONTROL.test(char) ? `<${codePoint(char)}>` : char;
    if (shown.length + piece.length > QUOTED_LENGTH) return `"${shown}…"`;
    shown += piece;
  }
  return `"${shown}"`;
}
