import {
  bridgingIn,
  type MessageContext,
  type NetworkAnalysis,
  percentIn,
  renderMessage,
  type Translate,
} from "../analysis/index.js";
import type { Language } from "../analysis/messages/catalogs.js";
import { cliTranslations } from "./i18n.js";

const STATUS_ORDER = ["isolated", "service-dependent", "peripheral"];

export interface FormatOptions {
  language: Language;
  /** Rows per table (gaps and suggestions get twice as many). */
  limit: number;
}

/** Plain-text tables of an analysis, for people reading a terminal, in English or Dutch. */
export function formatAnalysis(analysis: NetworkAnalysis, options: Partial<FormatOptions> = {}): string {
  const { language = "en", limit = 10 } = options;
  const { analysis: t, cli } = cliTranslations(language);
  const { graph } = analysis;
  const byId = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const context: MessageContext = { language, t, nameOf: name, communities: analysis.communities };
  const number = (value: number, digits = 3) =>
    value.toLocaleString(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const columns = (table: string) => cli(`${table}.columns`, { returnObjects: true }) as unknown as string[];
  const table = (key: string, rows: string[][], values?: Record<string, unknown>) =>
    section(cli(`${key}.title`, values), columns(key), rows, cli("none"));
  const scope = [
    analysis.asOf === null ? cli("scope.all") : cli("scope.year", { year: analysis.asOf }),
    ...(analysis.weighted ? [cli("scope.weighted")] : []),
  ].join(", ");
  const sections = [
    cli("summary", {
      scope,
      actors: graph.actors,
      ties: graph.ties,
      density: number(graph.density),
      components: graph.components,
      clusters: graph.communities,
      modularity: number(graph.modularity),
      clustering: number(graph.averageClustering),
    }),
    ...(analysis.sampling === null
      ? []
      : [
          cli("sampled", {
            pivots: analysis.sampling.pivots,
            seed: analysis.sampling.seed,
            epsilon: number(analysis.sampling.epsilon),
            confidence: (1 - analysis.sampling.delta).toLocaleString(language, { style: "percent" }),
          }),
          ...(analysis.sampling.typicalError === null
            ? []
            : [
                cli("sampledTypical", {
                  count: analysis.sampling.typicalError.actors,
                  typical: percentIn(language, analysis.sampling.typicalError.relative),
                }),
              ]),
        ]),
    table(
      "connectors",
      [...analysis.actors]
        .filter((actor) => actor.degree > 0)
        .sort(
          (a, b) =>
            Number(b.role.startsWith("connector")) - Number(a.role.startsWith("connector")) ||
            b.betweenness - a.betweenness,
        )
        .slice(0, limit)
        .map((actor) => [
          actor.name,
          t(actor.professional ? "kind.professional" : `kind.${actor.kind}`),
          t(`role.${actor.role}`),
          number(actor.participation),
          bridgingIn(language, actor.betweenness),
          String(actor.community + 1),
          actor.articulationPoint ? String(actor.cutOff) : "",
        ]),
    ),
    table(
      "unconnected",
      analysis.actors
        .filter((actor) => actor.status !== "none")
        .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.degree - b.degree)
        .map((actor) => [actor.id, actor.name, t(`status.${actor.status}`), String(actor.degree)]),
    ),
    table(
      "clusters",
      analysis.communities
        .filter((community) => community.size > 1)
        .slice(0, limit)
        .map((community) => [
          String(community.community + 1),
          renderMessage(community.name, context),
          String(community.size),
          `${community.kinds.resident}/${community.kinds.group}/${community.kinds.institution}/${community.kinds.place}`,
          number(community.density),
          `${community.internalTies}/${community.externalTies}`,
          community.centralMembers.map(name).join(", "),
        ]),
    ),
    table(
      "gaps",
      analysis.gaps
        .slice(0, limit * 2)
        .map((gap) => [number(gap.score, 2), t(`gapType.${gap.type}`), renderMessage(gap.message, context)]),
      { count: analysis.gaps.length },
    ),
    table(
      "suggestions",
      analysis.suggestions
        .slice(0, limit * 2)
        .map((suggestion) => [
          number(suggestion.score, 2),
          t(`suggestionType.${suggestion.type}`),
          `${name(suggestion.actors[0])} ↔ ${name(suggestion.actors[1])}`,
          suggestion.introducer === null ? "" : name(suggestion.introducer),
          renderMessage(suggestion.message, context),
        ]),
      { count: analysis.suggestions.length },
    ),
    table(
      "gifts",
      analysis.gifts
        .slice(0, limit)
        .map((entry) => [
          entry.gift,
          String(entry.holders.length),
          String(entry.nearby.length),
          String(entry.unmet.length),
          entry.groups.map(name).join(", "),
        ]),
      { count: analysis.gifts.length },
    ),
    table(
      "years",
      analysis.years.map((year) => [
        String(year.year),
        String(year.actors),
        String(year.ties),
        number(year.density),
        String(year.components),
        String(year.isolatedResidents.length),
        number(year.modularity),
        String(year.groupLinks),
        String(year.groupInstitutionLinks),
        year.institutionBrokerageShare.toLocaleString(language, {
          style: "percent",
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        }),
        year.tiesAdded === null ? "" : String(year.tiesAdded),
        year.tiesRemoved === null ? "" : String(year.tiesRemoved),
        String(year.connectors.length),
      ]),
    ),
    goingAlone(analysis, context, cli),
  ];
  return `${sections.join("\n\n")}\n`;
}

/** Is the network going it alone? The commissioner's sentences, per year and over the span, and who. */
function goingAlone(analysis: NetworkAnalysis, context: MessageContext, cli: Translate): string {
  const last = analysis.years.at(-1);
  if (last === undefined) return `${cli("independence.title")}\n  ${cli("none")}`;
  const { independence } = analysis;
  const names = (ids: readonly string[]) => (ids.length === 0 ? cli("none") : ids.map(context.nameOf).join(", "));
  const lines = [
    ...analysis.years.map((year) => renderMessage(year.independence.message, context)),
    ...(independence.message === null ? [] : [renderMessage(independence.message, context)]),
    cli("independence.wentAlone", {
      groups:
        independence.wentAlone.length === 0
          ? cli("none")
          : independence.wentAlone.map((entry) => `${context.nameOf(entry.group)} (${entry.year})`).join(", "),
    }),
    cli("independence.professionals", { year: last.year, names: names(last.independence.professionals) }),
    cli("independence.cutOff", {
      year: last.year,
      count: last.independence.cutOffWithoutPaid.length,
      names: names(last.independence.cutOffWithoutPaid),
    }),
  ];
  return [cli("independence.title"), ...lines.map((line) => `  ${line}`)].join("\n");
}

function section(title: string, header: string[], rows: string[][], none: string): string {
  if (rows.length === 0) return `${title}\n  ${none}`;
  const widths = header.map((cell, i) =>
    rows.reduce((width, row) => Math.max(width, (row[i] ?? "").length), cell.length),
  );
  // The last column holds sentences: leave it unpadded so lines do not trail spaces.
  const line = (row: string[]) =>
    `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  ")}`;
  return [title, line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}
