import type { Role } from "./roles.js";
import type { Status } from "./status.js";

/** A sentence or label in the two languages Weave speaks. */
export interface Text {
  en: string;
  nl: string;
}

/** Guimerà–Amaral roles in words a workshop can discuss. */
export const ROLE_LABELS: Readonly<Record<Role, Text>> = {
  "ultra-peripheral": { en: "stays within their own circle", nl: "blijft binnen de eigen kring" },
  peripheral: { en: "mostly within their own circle", nl: "vooral binnen de eigen kring" },
  connector: { en: "connector: links circles together", nl: "verbinder: brengt kringen samen" },
  kinless: { en: "moves between many circles", nl: "beweegt tussen veel kringen" },
  "provincial-hub": { en: "pillar of their own circle", nl: "spil van de eigen kring" },
  "connector-hub": { en: "pillar who links circles together", nl: "spil die kringen samenbrengt" },
  "kinless-hub": { en: "pillar who belongs to no one circle", nl: "spil die bij geen vaste kring hoort" },
};

export const STATUS_LABELS: Readonly<Record<Status, Text>> = {
  isolated: { en: "not yet connected to neighbours or groups", nl: "nog niet verbonden met buren of groepen" },
  peripheral: { en: "one link to neighbours or groups", nl: "één band met buren of groepen" },
  "service-dependent": { en: "in touch only through services", nl: "alleen in contact via instanties" },
  none: { en: "connected", nl: "verbonden" },
};

/** "a, b and c" / "a, b en c". */
export function listOf(items: readonly string[], language: keyof Text): string {
  if (items.length <= 1) return items.join("");
  const and = language === "en" ? "and" : "en";
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
