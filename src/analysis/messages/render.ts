import type { CommunitySummary } from "../communities.js";
import { MESSAGE_PARAMS, type Message, type ParamKind } from "./codes.js";

/** A translate function over the analysis catalog (i18next's `t`, or any function like it). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

export interface MessageContext {
  /** The language of the catalog `t` reads ("en" or "nl"); lists are joined in it. */
  readonly language: string;
  readonly t: Translate;
  /** An actor's name as it should be shown: the hidden form when names are hidden. */
  readonly nameOf: (id: string) => string;
  /** The communities of the same analysis, to name the clusters a message mentions. */
  readonly communities?: readonly CommunitySummary[];
}

/** British English joins lists without the Oxford comma, like the rest of the catalog. */
const LIST_LOCALES: Readonly<Record<string, string>> = { en: "en-GB" };

/** "a, b and c" / "a, b en c". */
export function listIn(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(LIST_LOCALES[language] ?? language, { style: "long", type: "conjunction" }).format(items);
}

/**
 * A share from 0 to 1 as a percentage with one decimal, "21.6%" / "21,6%": year-to-year changes in
 * a neighbourhood are often under a point, and whole percents would call them "as before".
 */
export function percentIn(language: string, share: number): string {
  return new Intl.NumberFormat(LIST_LOCALES[language] ?? language, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(share);
}

/**
 * A bridging figure (normalised betweenness, 0 to 1) with two decimals, or two significant digits when
 * smaller, "0.35" / "0,0029": in a network of thousands the strongest brokers lie on well under 1 % of
 * the routes, and two decimals alone would show them all as 0.00.
 */
export function bridgingIn(language: string, value: number): string {
  let format = bridgingFormats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(LIST_LOCALES[language] ?? language, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      minimumSignificantDigits: 2,
      maximumSignificantDigits: 2,
      roundingPriority: "morePrecision",
    });
    bridgingFormats.set(language, format);
  }
  return format.format(value);
}
const bridgingFormats = new Map<string, Intl.NumberFormat>();

/** The message's parameters turned into what the sentence shows: names, cluster names, labels, lists. */
function messageValues(message: Message, context: MessageContext): Record<string, string | number> {
  const kinds: Readonly<Record<string, ParamKind>> = MESSAGE_PARAMS[message.code];
  const values: Record<string, string | number> = {};
  for (const [param, value] of Object.entries(message.params) as [string, string | number | string[]][]) {
    values[param] = displayValue(kinds[param], value, context);
  }
  return values;
}

function displayValue(
  kind: ParamKind | undefined,
  value: string | number | string[],
  context: MessageContext,
): string | number {
  switch (kind) {
    case "actor":
      return context.nameOf(String(value));
    case "actors":
      return listIn(context.language, (value as string[]).map(context.nameOf));
    case "cluster":
      return clusterName(Number(value), context);
    case "status":
      return context.t(`status.${String(value)}`);
    case "tags":
      return listIn(context.language, value as string[]);
    case "percent":
      return percentIn(context.language, Number(value));
    default:
      return typeof value === "number" ? value : String(value);
  }
}

/** The sentence of a message in the context's language. */
export function renderMessage(message: Message, context: MessageContext): string {
  return context.t(`message.${message.code}`, messageValues(message, context));
}

/** A cluster's name: the interests its members share, else its number. */
export function clusterName(community: number, context: MessageContext): string {
  const summary = context.communities?.find((entry) => entry.community === community);
  return renderMessage(summary?.name ?? { code: "cluster_numbered", params: { number: community + 1 } }, context);
}
