import { DOMParser } from "@xmldom/xmldom";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { exportNetwork } from "../../src/io/index.js";
import { type Actor, type Network, type Tie, tieId } from "../../src/model/index.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";

const FORMATS = { gexf: parseGexf, graphml: parseGraphml } as const;
type XmlFormat = keyof typeof FORMATS;
type ParsedGraph = ReturnType<typeof parseGexf>;

/** XML 1.0's Char production: what a document may hold, raw or as a character reference. */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

function expectWellFormed(xml: string): void {
  const fail = (message: string) => {
    throw new Error(message);
  };
  new DOMParser({ errorHandler: { warning: fail, error: fail, fatalError: fail } }).parseFromString(
    xml,
    "application/xml",
  );
  expect(XML_CHAR.test(xml), "every character is an XML character").toBe(true);
  for (const [, ref] of xml.matchAll(/&#(x[0-9a-f]+|\d+);/gi)) {
    const code = ref?.startsWith("x") ? Number.parseInt(ref.slice(1), 16) : Number(ref);
    expect(XML_CHAR.test(String.fromCodePoint(code)), `character reference &#${ref};`).toBe(true);
  }
}

/** The export in `format`, checked well-formed and parsed back with graphology's own parser. */
function readBack(network: Network, format: XmlFormat): ParsedGraph {
  const text = exportNetwork(network, format)[`weave.${format}`] ?? "";
  expectWellFormed(text);
  return FORMATS[format](MultiGraph, text);
}

const filled = (record: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== ""));

/** What Gephi or yEd should show for an actor: every field flat, lists joined with ";". */
function nodeAttributes(actor: Actor): Record<string, unknown> {
  return filled({
    label: actor.name,
    kind: actor.kind,
    area: actor.area,
    gifts: actor.gifts.join(";"),
    interests: actor.interests.join(";"),
    since: actor.since,
    until: actor.until,
    consent:
      actor.consent === undefined
        ? undefined
        : `${actor.consent.given ? "yes" : "no"} ${actor.consent.date ?? ""}`.trim(),
    notes: actor.notes,
    ...actor.custom,
  });
}

function edgeAttributes(tie: Tie, format: XmlFormat): Record<string, unknown> {
  const label = format === "gexf" ? { label: tie.type } : {};
  return filled({
    ...label,
    type: tie.type,
    since: tie.since,
    until: tie.until,
    weight: tie.weight,
    note: tie.note,
    ...tie.custom,
  });
}

function expectSameNetwork(graph: ParsedGraph, network: Network, format: XmlFormat): void {
  expect(graph.order).toBe(network.actors.length);
  expect(graph.size).toBe(network.ties.length);
  for (const actor of network.actors) {
    expect(graph.getNodeAttributes(actor.id), `actor ${actor.id}`).toEqual(nodeAttributes(actor));
  }
  for (const tie of network.ties) {
    expect(graph.extremities(tie.id), `tie ${tie.id}`).toEqual([tie.source, tie.target]);
    expect(graph.isDirected(tie.id)).toBe(!["knows", "partner_of"].includes(tie.type));
    expect(graph.getEdgeAttributes(tie.id), `tie ${tie.id}`).toEqual(edgeAttributes(tie, format));
  }
}

const AWKWARD_ID = `a:b/c&d<e>"f'g`;
const awkward: Network = {
  actors: [
    {
      id: AWKWARD_ID,
      name: `Zoë "Zo" O'Brien <zoe@example.org> & co`,
      kind: "resident",
      area: "Spinnersstraat 1–3 → ✓ 🎻 שלום",
      gifts: ["cooking", "dutch & english"],
      interests: ["<b>bold</b>"],
      since: 2019,
      consent: { given: true, date: "2024-03-12" },
      notes: "line one\nline two\r\nwith\ttab and  two spaces, ]]> and &amp; written out ",
      custom: { "favourite <tag>": '=SUM(A1) "x"', "score ratio": 0.5, households: 3 },
    },
    {
      id: "g1",
      name: "  Choir  ",
      kind: "group",
      gifts: [],
      interests: ["singing"],
      custom: { "favourite <tag>": "'quoted'", "score ratio": 1.25, households: 12 },
    },
    { id: "p1", name: "Park", kind: "place", gifts: [], interests: [], custom: {} },
  ],
  ties: [
    {
      id: tieId("member_of", AWKWARD_ID, "g1", 2020),
      source: AWKWARD_ID,
      target: "g1",
      type: "member_of",
      since: 2020,
      until: 2022,
      weight: 2,
      note: 'sings "alto" <loud> & proud\nsecond line',
      custom: { role: "alto" },
    },
    { id: tieId("meets_at", "g1", "p1"), source: "g1", target: "p1", type: "meets_at", weight: 1, custom: {} },
  ],
};

describe.each(Object.keys(FORMATS) as XmlFormat[])("%s export, parsed back with graphology's parser", (format) => {
  it("gives back every actor, tie, attribute and custom column of the real s50 network", () => {
    const s50 = readFixtureNetwork("s50");
    const graph = readBack(s50, format);
    expectSameNetwork(graph, s50, format);
    expect(graph.getNodeAttribute("S01", "alcohol_2019")).toBe(3);
  });

  it("gives back awkward text exactly: quotes, markup, entities, line breaks, tabs, emoji and right-to-left", () => {
    expectSameNetwork(readBack(awkward, format), awkward, format);
  });

  it("stays well-formed for a stored text with every class of code point, replacing only what XML cannot hold", () => {
    // [stored, what the XML export gives back]
    const classes: [string, string][] = [
      ["\u0000\u0001\u0007\u0008\u000b\u000c\u000e\u001b\u001f", "\uFFFD".repeat(9)],
      ["\t\n\r", "\t\n\r"],
      ["\u007f\u0080\u0085\u009b\u009f", "\u007f\u0080\u0085\u009b\u009f"],
      [" plain ASCII <&>\"' ", " plain ASCII <&>\"' "],
      ["\u00a0é\u0301ß\u2028\u2029\u202e\ud7ff", "\u00a0é\u0301ß\u2028\u2029\u202e\ud7ff"],
      ["\ue000\ufffd", "\ue000\ufffd"],
      ["\ufffe\uffff", "\uFFFD\uFFFD"],
      ["\ud800x\udc00", "\uFFFDx\uFFFD"],
      ["😀\u{10ffff}", "😀\u{10ffff}"],
    ];
    const stored = classes.map(([text]) => text).join("|");
    const expected = classes.map(([, text]) => text).join("|");
    const network: Network = {
      actors: [
        { id: "r1", name: stored, kind: "resident", gifts: [], interests: [], notes: stored, custom: { text: stored } },
        { id: `r2${stored}`, name: "Bob", kind: "resident", gifts: [], interests: [], custom: { text: "b" } },
      ],
      ties: [
        {
          id: tieId("knows", "r1", `r2${stored}`),
          source: "r1",
          target: `r2${stored}`,
          type: "knows",
          weight: 1,
          note: stored,
          custom: {},
        },
      ],
    };
    const graph = readBack(network, format);
    expect(graph.getNodeAttributes("r1")).toEqual({
      label: expected,
      kind: "resident",
      notes: expected,
      text: expected,
    });
    expect(graph.hasNode(`r2${expected}`)).toBe(true);
    expect(graph.getEdgeAttribute(graph.edges()[0] ?? "", "note")).toBe(expected);
  });
});
