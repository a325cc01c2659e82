/** Lower case without accents, so "Zoë" is found by "zoe". */
export function normaliseForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();
}

export interface Searchable {
  readonly name: string;
  readonly gifts: readonly string[];
  readonly interests: readonly string[];
}

/** Every word of the query must appear in the name, a gift or an interest. */
export function matchesSearch(item: Searchable, query: string): boolean {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normaliseForSearch([item.name, ...item.gifts, ...item.interests].join(" "));
  return words.every((word) => haystack.includes(word));
}

/**
 * How well an item answers a query, lower first: 0 the whole name, 1 the name starts with it,
 * 2 a word of the name starts with it, 3 found elsewhere in the name, 4 only in a gift or interest.
 * Undefined when it does not match at all.
 */
export function searchRank(item: Searchable, query: string): number | undefined {
  if (!matchesSearch(item, query)) return undefined;
  const wanted = normaliseForSearch(query).replace(/\s+/g, " ");
  const name = normaliseForSearch(item.name).replace(/\s+/g, " ");
  if (name === wanted) return 0;
  if (name.startsWith(wanted)) return 1;
  if (name.split(/[\s\-']+/).some((word) => word.startsWith(wanted))) return 2;
  return name.includes(wanted) ? 3 : 4;
}

/** The best matches first (see `searchRank`), then by name, at most `limit`. */
export function searchActors<T extends Searchable & { readonly id: string }>(
  items: Iterable<T>,
  query: string,
  limit = 12,
): T[] {
  if (normaliseForSearch(query) === "") return [];
  const ranked: { item: T; rank: number }[] = [];
  for (const item of items) {
    const rank = searchRank(item, query);
    if (rank !== undefined) ranked.push({ item, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.item.name.localeCompare(b.item.name))
    .slice(0, limit)
    .map(({ item }) => item);
}
