import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { message, renderMessage } from "../../src/analysis/index.js";
import { ACTOR_KINDS, FOLLOW_UP_STATUSES, TIE_RULES, TIE_TYPES } from "../../src/model/index.js";
import { CENTRALITIES, EXPORT_FORMATS } from "../../src/web/api/types.js";
import { COMPARED_MEASURES } from "../../src/web/features/compare/state.js";
import { GLOSSARY_TERMS } from "../../src/web/features/report/views/Glossary.js";
import { KNOWN_ERROR_CODES } from "../../src/web/features/session/state.js";
import { UNCONNECTED_STATUSES } from "../../src/web/features/unconnected/state.js";
import { PANELS } from "../../src/web/features/view/state.js";
import { LINK_LISTS, REFUSALS, WORKSHOP_STATUSES } from "../../src/web/features/workshop/state.js";
import { TREND_MEASURES } from "../../src/web/features/years/state.js";
import { initI18n } from "../../src/web/i18n.js";
import en from "../../src/web/locales/en.json" with { type: "json" };
import nl from "../../src/web/locales/nl.json" with { type: "json" };

const WEB = resolve(import.meta.dirname, "../../src/web");
const PLURAL_SUFFIXES = ["_one", "_other"];

function flatten(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? flatten(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Keys written out in the code: t("a.b") and t("a.b", …). */
function literalKeys(): string[] {
  const keys = new Set<string>();
  for (const file of sourceFiles(WEB)) {
    for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([^"]+)"/g)) keys.add(match[1] ?? "");
  }
  return [...keys];
}

/** Keys the code builds from a list (t(`kind.one.${kind}`)), expanded over that list. */
const BUILT_KEYS = [
  ...ACTOR_KINDS.flatMap((kind) => [`kind.one.${kind}`, `kind.plural.${kind}`]),
  ...TIE_TYPES.map((type) => `tie.${type}`),
  ...TIE_TYPES.flatMap((type) =>
    (TIE_RULES[type].undirected ? ["both"] : ["out", "in"]).map((direction) => `tieReading.${type}.${direction}`),
  ),
  ...CENTRALITIES.map((centrality) => `centrality.${centrality}`),
  ...PANELS.map((panel) => `panels.${panel}`),
  ...FOLLOW_UP_STATUSES.map((status) => `followups.status.${status}`),
  ...TREND_MEASURES.map((measure) => `trend.${measure}`),
  ...COMPARED_MEASURES.map((measure) => `compare.row.${measure}`),
  ...GLOSSARY_TERMS.flatMap((term) => [`glossary.${term}.term`, `glossary.${term}.explain`]),
  ...UNCONNECTED_STATUSES.flatMap((status) => [`status.${status}.title`, `status.${status}.explain`]),
  ...["connector", "connector-hub", "hub", "articulation", "member", "absent", ...UNCONNECTED_STATUSES].flatMap(
    (role) => [`role.${role}.name`, `role.${role}.sentence`],
  ),
  ...KNOWN_ERROR_CODES.map((code) => `error.${code}`),
  "error.unexpected",
  ...EXPORT_FORMATS.map((format) => `export.format.${format}`),
  ...["connecting", "live", "offline"].map((status) => `live.${status}`),
  ...["cluster", "kind"].map((option) => `appearance.colour.${option}`),
  ...REFUSALS.flatMap((refusal) => [`join.refused.${refusal}.title`, `join.refused.${refusal}.explain`]),
  ...LINK_LISTS.flatMap((list) => [`join.links.${list}`, `join.links.none.${list}`]),
  ...["yes", "no"].map((choice) => `join.profile.consent_${choice}`),
  ...["busy", "offline"].map((status) => `join.${status}`),
  ...WORKSHOP_STATUSES.map((status) => `workshop.status.${status}`),
];

function has(keys: ReadonlySet<string>, key: string): boolean {
  return keys.has(key) || PLURAL_SUFFIXES.every((suffix) => keys.has(`${key}${suffix}`));
}

describe("the English and Dutch texts", () => {
  const english = new Set(flatten(en));
  const dutch = new Set(flatten(nl));

  it("have the same keys", () => {
    expect([...english].filter((key) => !dutch.has(key))).toEqual([]);
    expect([...dutch].filter((key) => !english.has(key))).toEqual([]);
  });

  it("cover every key the explorer uses", () => {
    const used = [...literalKeys(), ...BUILT_KEYS];
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((key) => !has(english, key))).toEqual([]);
    expect(used.filter((key) => !has(dutch, key))).toEqual([]);
  });

  it("leave no Dutch text empty or still in English", () => {
    const same = flatten(nl).filter((key) => {
      const get = (tree: object) =>
        key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
      const text = String(get(nl));
      return text === "" || (text === String(get(en)) && text.length > 12 && !/[({]/.test(text));
    });
    expect(same).toEqual([]);
  });
});

describe("the explorer's i18next", () => {
  it("carries the analysis catalog as the namespace analysis, in both languages", () => {
    const i18n = initI18n("nl");
    const named = message("cluster_named", { number: 2, interests: ["gardening", "walking"] });
    const render = (language: string) =>
      renderMessage(named, { language, t: i18n.getFixedT(language, "analysis"), nameOf: (id) => id });
    expect(render("nl")).toBe("Kring 2: gardening en walking");
    expect(render("en")).toBe("Cluster 2: gardening and walking");
    expect(i18n.getFixedT("nl", "analysis")("gapType.thin-bridge")).toBe("Dunne bruggen tussen kringen");
  });
});
