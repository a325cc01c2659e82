import type { GiftEntry } from "../../../analysis/index.js";

/** The gifts whose name contains `query` (case and surrounding spaces ignored), in the analysis' order. */
export function findGifts(gifts: readonly GiftEntry[], query: string): GiftEntry[] {
  const wanted = query.trim().toLowerCase();
  return wanted === "" ? [...gifts] : gifts.filter((entry) => entry.gift.toLowerCase().includes(wanted));
}

/** How many gifts there are and how many of them someone nearby wants. */
export function giftsSummary(gifts: readonly GiftEntry[]): { gifts: number; wanted: number } {
  return { gifts: gifts.length, wanted: gifts.filter((entry) => entry.nearby.length > 0).length };
}
