import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  analyseNetwork,
  GAP_TYPES,
  MESSAGE_CODES,
  MESSAGE_PARAMS,
  type MessageCode,
  type MessageContext,
  ROLES,
  renderMessage,
  STATUSES,
  SUGGESTION_TYPES,
} from "../../src/analysis/index.js";
import { ANALYSIS_CATALOGS, LANGUAGES } from "../../src/analysis/messages/catalogs.js";
import { CLI_CATALOGS, cliTranslations } from "../../src/cli/i18n.js";
import { readNetworkCsv } from "../../src/io/index.js";
import { ACTOR_KINDS } from "../../src/model/index.js";

const PLURAL_SUFFIXES = ["_one", "_other"] as const;

function flatten(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null && !Array.isArray(value)
      ? flatten(value, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function valueAt(tree: object, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((match) => match[1]);

/** The catalog's forms of a code: one sentence, or the plural forms when the message has a count. */
function formsOf(messages: Record<string, string>, code: MessageCode): string[] {
  if ("count" in MESSAGE_PARAMS[code]) return PLURAL_SUFFIXES.map((suffix) => messages[`${code}${suffix}`] ?? "");
  return [messages[code] ?? ""];
}

describe("the analysis catalogs", () => {
  for (const language of LANGUAGES) {
    const catalog = ANALYSIS_CATALOGS[language];
    const messages: Record<string, string> = catalog.message;

    it(`${language}: a sentence for every message code, filling in exactly its parameters`, () => {
      const problems: string[] = [];
      for (const code of MESSAGE_CODES) {
        const params = Object.keys(MESSAGE_PARAMS[code]).sort();
        const forms = formsOf(messages, code);
        if (forms.some((form) => form === "")) problems.push(`${code}: missing`);
        for (const form of forms) {
          const unknown = placeholders(form).filter((name) => !params.includes(name ?? ""));
          if (unknown.length > 0) problems.push(`${code}: {{${unknown.join("}}, {{")}}} is not a parameter`);
        }
        // The general form says everything: no parameter is dropped (the singular may say "one").
        const used = new Set(placeholders(forms[forms.length - 1] ?? ""));
        const unused = params.filter((name) => !used.has(name));
        if (unused.length > 0) problems.push(`${code}: never shows ${unused.join(", ")}`);
      }
      expect(problems).toEqual([]);
    });

    it(`${language}: nothing but those sentences under message`, () => {
      const known = new Set(MESSAGE_CODES.flatMap((code) => [code, ...PLURAL_SUFFIXES.map((s) => `${code}${s}`)]));
      expect(Object.keys(messages).filter((key) => !known.has(key))).toEqual([]);
    });

    it(`${language}: a label for every status, role, actor kind, gap type and suggestion type`, () => {
      const keys = [
        ...STATUSES.map((status) => `status.${status}`),
        ...ROLES.map((role) => `role.${role}`),
        ...ACTOR_KINDS.map((kind) => `kind.${kind}`),
        ...GAP_TYPES.map((type) => `gapType.${type}`),
        ...SUGGESTION_TYPES.map((type) => `suggestionType.${type}`),
      ];
      expect(keys.filter((key) => typeof valueAt(catalog, key) !== "string" || valueAt(catalog, key) === "")).toEqual(
        [],
      );
    });
  }

  for (const [name, catalogs] of [
    ["analysis", ANALYSIS_CATALOGS],
    ["cli", CLI_CATALOGS],
  ] as const) {
    it(`${name}: English and Dutch have the same keys, and no Dutch text is left in English`, () => {
      const english = flatten(catalogs.en);
      const dutch = flatten(catalogs.nl);
      expect(dutch).toEqual(english);
      const untranslated = dutch.filter((key) => {
        const text = String(valueAt(catalogs.nl, key));
        return text === String(valueAt(catalogs.en, key)) && text.length > 12;
      });
      expect(untranslated).toEqual([]);
    });
  }

  it("say kring in Dutch and cluster in English, never the other way round", () => {
    const textOf = (catalog: object) =>
      flatten(catalog)
        .map((key) => String(valueAt(catalog, key)).replace(/\{\{\w+\}\}/g, ""))
        .join("\n");
    const dutch = textOf(ANALYSIS_CATALOGS.nl);
    const english = textOf(ANALYSIS_CATALOGS.en);
    expect(dutch).not.toMatch(/[Cc]luster/);
    expect(dutch).toMatch(/Kring/);
    expect(english).not.toMatch(/circle|[Kk]ring/);
  });
});

describe("every message of the sample neighbourhood, rendered in both languages", () => {
  const file = (name: string) => ({ name, bytes: readFileSync(new URL(`../../data/sample/${name}`, import.meta.url)) });
  const network = readNetworkCsv(file("nodes.csv"), file("ties.csv"));
  const analysis = analyseNetwork(network, { years: false, maxSuggestions: 1000 });
  const names = new Map(network.actors.map((actor) => [actor.id, actor.name]));
  const messages = [
    ...analysis.gaps.map((gap) => gap.message),
    ...analysis.suggestions.map((suggestion) => suggestion.message),
    ...analysis.communities.map((community) => community.name),
  ];

  it("uses most codes, so the check means something", () => {
    const used = new Set(messages.map((entry) => entry.code));
    expect(used.size).toBeGreaterThanOrEqual(12);
  });

  for (const language of LANGUAGES) {
    it(`${language}: no missing key, no placeholder left, no undefined`, () => {
      const context: MessageContext = {
        language,
        t: cliTranslations(language).analysis,
        nameOf: (id) => names.get(id) ?? `unknown id ${id}`,
        communities: analysis.communities,
      };
      const bad = messages
        .map((entry) => [entry.code, renderMessage(entry, context)] as const)
        .filter(
          ([code, text]) =>
            text.startsWith("message.") ||
            text.includes(code) ||
            /\{\{|undefined|NaN|null|\[object|unknown id|status\.|^\s|\s$/.test(text),
        );
      expect(bad).toEqual([]);
    });
  }
});
