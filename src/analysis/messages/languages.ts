/**
 * The languages Weave speaks; English is the fallback. On their own (catalogs.ts re-exports them): the
 * CLI names them for `--lang` at every start, without loading every catalog.
 */
export const LANGUAGES = ["en", "nl"] as const;
export type Language = (typeof LANGUAGES)[number];
