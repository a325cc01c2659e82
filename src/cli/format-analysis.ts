import type { NetworkAnalysis } from "../analysis/index.js";

const STATUS_ORDER = ["isolated", "service-dependent", "peripheral"];

/** Plain-text tables of an analysis, for people reading a terminal. */
export function formatAnalysis(analysis: NetworkAnalysis, limit = 10): string {
  const { graph } = analysis;
  const scope = analysis.asOf === null ? "all years in the data" : `as of ${analysis.asOf}`;
  const byId = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  const sections = [
    `Network (${scope}${analysis.weighted ? ", weighted" : ""}): ${graph.actors} actors, ${graph.ties} ties, density ${fixed(graph.density)}, ` +
      `${graph.components} components, ${graph.communities} communities (modularity ${fixed(graph.modularity)}), ` +
      `average clustering ${fixed(graph.averageClustering)}`,
    section(
      "Top connectors (Guimerà–Amaral connectors first, then by betweenness)",
      ["name", "kind", "role", "participation", "betweenness", "community", "cut point"],
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
          actor.kind,
          actor.roleLabel.en,
          fixed(actor.participation),
          fixed(actor.betweenness),
          communityName(analysis, actor.community),
          actor.articulationPoint ? "yes" : "",
        ]),
    ),
    section(
      "Residents not yet woven in (most cut off first)",
      ["id", "name", "status", "degree"],
      analysis.actors
        .filter((actor) => actor.status !== "none")
        .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.degree - b.degree)
        .map((actor) => [actor.id, actor.name, actor.statusLabel.en, String(actor.degree)]),
    ),
    section(
      "Communities",
      ["#", "suggested name", "size", "residents/groups/institutions/places", "density", "in/out ties", "central"],
      analysis.communities
        .filter((community) => community.size > 1)
        .slice(0, limit)
        .map((community) => [
          String(community.community),
          community.name,
          String(community.size),
          `${community.kinds.resident}/${community.kinds.group}/${community.kinds.institution}/${community.kinds.place}`,
          fixed(community.density),
          `${community.internalTies}/${community.externalTies}`,
          community.centralMembers.map(name).join(", "),
        ]),
    ),
    section(
      `Gaps (${analysis.gaps.length}, highest first)`,
      ["score", "type", "what"],
      analysis.gaps.slice(0, limit * 2).map((gap) => [fixed(gap.score, 2), gap.type, gap.text.en]),
    ),
    section(
      `Suggested introductions (${analysis.suggestions.length})`,
      ["score", "type", "introduce", "why"],
      analysis.suggestions
        .slice(0, limit * 2)
        .map((suggestion) => [
          fixed(suggestion.score, 2),
          suggestion.type,
          `${name(suggestion.actors[0])} ↔ ${name(suggestion.actors[1])}`,
          suggestion.reason.en,
        ]),
    ),
    section(
      "Year by year",
      [
        "year",
        "actors",
        "ties",
        "density",
        "components",
        "isolated residents",
        "modularity",
        "group links",
        "group–institution",
        "institutions' brokerage",
        "+ties",
        "−ties",
        "connectors",
      ],
      analysis.years.map((year) => [
        String(year.year),
        String(year.actors),
        String(year.ties),
        fixed(year.density),
        String(year.components),
        String(year.isolatedResidents.length),
        fixed(year.modularity),
        String(year.groupLinks),
        String(year.groupInstitutionLinks),
        `${(100 * year.institutionBrokerageShare).toFixed(1)} %`,
        year.tiesAdded === null ? "" : String(year.tiesAdded),
        year.tiesRemoved === null ? "" : String(year.tiesRemoved),
        String(year.connectors.length),
      ]),
    ),
  ];
  return `${sections.join("\n\n")}\n`;
}

function communityName(analysis: NetworkAnalysis, community: number): string {
  return analysis.communities.find((entry) => entry.community === community)?.name ?? String(community);
}

function fixed(value: number, digits = 3): string {
  return value.toFixed(digits);
}

function section(title: string, header: string[], rows: string[][]): string {
  if (rows.length === 0) return `${title}\n  (none)`;
  const widths = header.map((cell, i) =>
    rows.reduce((width, row) => Math.max(width, (row[i] ?? "").length), cell.length),
  );
  // The last column holds sentences: leave it unpadded so lines do not trail spaces.
  const line = (row: string[]) =>
    `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  ")}`;
  return [title, line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}
