/** The columns Weave knows, in the order it writes them; any other column is a custom attribute. */
export const NODE_COLUMNS = [
  "id",
  "name",
  "kind",
  "area",
  "gifts",
  "interests",
  "since",
  "until",
  "consent",
  "notes",
] as const;
export const REQUIRED_NODE_COLUMNS = ["id", "name", "kind"] as const;
export const TIE_COLUMNS = ["source", "target", "type", "since", "until", "weight", "note"] as const;
export const REQUIRED_TIE_COLUMNS = ["source", "target", "type"] as const;
/** Tie columns written even when empty, so a file that had them keeps them. */
export const ALWAYS_WRITTEN_TIE_COLUMNS = ["source", "target", "type", "since", "until", "weight"] as const;

export const LIST_SEPARATOR = ";";
