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

export function searchActors<T extends Searchable & { readonly id: string }>(
  items: Iterable<T>,
  query: string,
  limit = 12,
): T[] {
  const found: T[] = [];
  if (normaliseForSearch(query) === "") return found;
  for (const item of items) {
    if (matchesSearch(item, query)) found.push(item);
    if (found.length >= limit) break;
  }
  return found;
}
