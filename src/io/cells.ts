import { type Consent, isWeight, quotedValue } from "../model/index.js";
import { LIST_SEPARATOR } from "./columns.js";

export type Parsed<T> = { value: T } | { problem: string };

/** An empty cell's value, one for all (every empty year or consent of a file's rows). */
const NO_VALUE: Parsed<undefined> = Object.freeze({ value: undefined });

export function parseYear(field: string, cell: string): Parsed<number | undefined> {
  const text = cell.trim();
  if (text === "") return NO_VALUE;
  if (!/^\d{4}$/.test(text)) return { problem: `${field} ${quotedValue(cell)} is not a year (four digits, e.g. 2021)` };
  return { value: Number(text) };
}

const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Any positive number, as people measure ties (31 co-occurrences, 2.5 hours); empty means 1. */
export function parseWeight(cell: string): Parsed<number> {
  const text = cell.trim();
  if (text === "") return { value: 1 };
  const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (!isWeight(value)) return { problem: `weight ${quotedValue(cell)} is not a positive number (e.g. 1, 2.5 or 31)` };
  return { value };
}

/** Lower-case, trimmed, without empties or repeats. */
export function parseTags(cell: string): string[] {
  if (cell === "") return [];
  const tags = new Set<string>();
  for (const part of cell.split(LIST_SEPARATOR)) {
    const tag = part.trim().toLowerCase();
    if (tag !== "") tags.add(tag);
  }
  return [...tags];
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(LIST_SEPARATOR);
}

const CONSENT = /^(yes|no|ja|nee)(?:\s+(\d{4}-\d{2}-\d{2}))?$/i;

/** `yes`, `no` (or Dutch `ja`, `nee`), optionally followed by the date it was recorded: `yes 2024-03-12`. */
export function parseConsent(cell: string): Parsed<Consent | undefined> {
  const text = cell.trim();
  if (text === "") return NO_VALUE;
  const match = CONSENT.exec(text);
  if (match === null)
    return {
      problem: `consent ${quotedValue(cell)} is not "yes" or "no", optionally followed by a date (yes 2024-03-12)`,
    };
  const given = ["yes", "ja"].includes((match[1] ?? "").toLowerCase());
  return { value: match[2] === undefined ? { given } : { given, date: match[2] } };
}

export function formatConsent(consent: Consent | undefined): string {
  if (consent === undefined) return "";
  return [consent.given ? "yes" : "no", consent.date].filter(Boolean).join(" ");
}

const CANONICAL_NUMBER = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

/** A number written the way it will be written back: a custom column of only these is numeric. */
export function isCanonicalNumber(cell: string): boolean {
  return CANONICAL_NUMBER.test(cell);
}
