import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CsvFile, readNetworkCsv } from "../../src/io/index.js";
import { forbiddenCharacter, type Network, type Tie, ValidationError } from "../../src/model/index.js";
import type { GraphStore, ImportSummary } from "../../src/store/graph-store.js";
import { readFixtureNetwork } from "../fixtures/read-fixture.js";
import { BAD_INPUT_CASES, type BadInputCase, type ExpectedIssue, type Source } from "./bad-input-cases.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/bad-input/", import.meta.url));

/** The bytes of one file of a case, named as `weave import` names it: by its base name. */
function fileOf(source: Source, name: "nodes.csv" | "ties.csv"): CsvFile {
  return { name, bytes: typeof source === "string" ? readFileSync(`${FIXTURES}${source}`) : source() };
}

export function caseFiles(c: BadInputCase): { nodes: CsvFile; ties: CsvFile } {
  return { nodes: fileOf(c.nodes, "nodes.csv"), ties: fileOf(c.ties, "ties.csv") };
}

/** What `weave import` does (src/cli/commands/import.ts): read both files against the stored actors, then import. */
export async function importLikeTheCli(store: GraphStore, nodes: CsvFile, ties: CsvFile): Promise<ImportSummary> {
  const stored = await store.load();
  const network = readNetworkCsv(nodes, ties, {
    existing: new Map(stored.actors.map((actor) => [actor.id, actor])),
    existingTies: stored.ties,
  });
  return store.importNetwork(network);
}

/** Issues as the manifest states them: place exact, message by its stable part. */
export function expectedIssues(issues: readonly ExpectedIssue[]) {
  return issues.map(({ file, line, column, message }) => ({
    file,
    line,
    column,
    message: expect.stringContaining(message),
  }));
}

/** A clear message: located, short, and safe to print on a terminal. */
export function expectClearIssues(issues: readonly { file?: string; line?: number; message: string }[]): void {
  for (const issue of issues) {
    expect(issue.file, issue.message).toBeDefined();
    expect(issue.line, issue.message).toBeDefined();
    expect(issue.message.length, "message length").toBeLessThan(500);
    expect(forbiddenCharacter(issue.message), "control character in the message").toBeUndefined();
  }
}

const byId = <T extends { id: string }>(records: readonly T[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const sorted = (network: Network): Network => ({ actors: byId(network.actors), ties: byId(network.ties) });
const withoutId = ({ id: _id, ...rest }: Tie) => rest;

/** One `it` per case; a case with a known bug runs as `it.fails`, so fixing the bug flags it. */
export function eachCase(run: (c: BadInputCase) => Promise<void>, cases = BAD_INPUT_CASES): void {
  for (const c of cases) {
    if (c.bug === undefined) it(c.name, () => run(c));
    else it.fails(`${c.name} (known bug: ${c.bug})`, () => run(c));
  }
}

/**
 * The bad-input corpus through the path `weave import` takes, on a store that already holds the
 * s50 network: every case is refused with exactly its issues and the store left as it was, or
 * stored with its awkward text given back byte for byte and nothing else changed.
 * `open` returns an empty, initialised store.
 */
export function describeBadInputCorpus(name: string, open: () => Promise<GraphStore>): void {
  describe(`bad-input corpus: ${name}`, () => {
    const s50 = readFixtureNetwork("s50");
    let store: GraphStore;
    /** What the store holds when it holds just s50, and the version it had when that was last checked. */
    let snapshot: Network = { actors: [], ties: [] };
    let checkedVersion = -1;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    /**
     * Leaves the store holding exactly s50. Refused cases write nothing, so usually there is nothing
     * to do; after a stored case its actors are deleted again (their ties with them), and only when
     * that does not give s50 back is the store set up from scratch.
     */
    async function holdJustS50(): Promise<void> {
      if ((await store.version()) === checkedVersion) return;
      if (checkedVersion !== -1) {
        const known = new Set(snapshot.actors.map((actor) => actor.id));
        for (const actor of (await store.load()).actors) {
          if (!known.has(actor.id)) await store.deleteActor(actor.id);
        }
        if (isDeepStrictEqual(sorted(await store.load()), snapshot)) {
          checkedVersion = await store.version();
          return;
        }
      }
      await store.close();
      store = await open();
      await store.importNetwork(s50);
      snapshot = sorted(await store.load());
      checkedVersion = await store.version();
    }

    eachCase(async (c) => {
      await holdJustS50();
      const before = snapshot;
      const version = checkedVersion;
      const { nodes, ties } = caseFiles(c);
      const result = await importLikeTheCli(store, nodes, ties).then(
        (summary) => ({ summary }),
        (error: unknown) => ({ error }),
      );
      const after = sorted(await store.load());

      if ("refused" in c.outcome) {
        if (!("error" in result)) throw new Error(`the case was stored: ${JSON.stringify(result.summary)}`);
        expect(result.error).toBeInstanceOf(ValidationError);
        const issues = (result.error as ValidationError).issues;
        expect(issues.map(({ file, line, column, message }) => ({ file, line, column, message }))).toEqual(
          expectedIssues(c.outcome.refused),
        );
        expectClearIssues(issues);
        expect(after).toEqual(before);
        expect(await store.version()).toBe(version);
        return;
      }

      if ("error" in result) throw result.error;
      const { actors, ties: expectedTies } = c.outcome.stored;
      expect(result.summary).toMatchObject({ actorsCreated: actors.length, tiesCreated: expectedTies.length });
      for (const actor of actors) expect(await store.getActor(actor.id), actor.id).toEqual(actor);
      const beforeTieIds = new Set(before.ties.map((tie) => tie.id));
      const newTies = after.ties.filter((tie) => !beforeTieIds.has(tie.id)).map(withoutId);
      expect(newTies).toEqual(expect.arrayContaining([...expectedTies]));
      expect(newTies).toHaveLength(expectedTies.length);
      // Nothing stored before changed: s50 comes back whole next to the new records.
      expect(after.actors.filter((actor) => !actors.some((a) => a.id === actor.id))).toEqual(before.actors);
      expect(after.ties.filter((tie) => beforeTieIds.has(tie.id))).toEqual(before.ties);
      expect(await store.version()).toBeGreaterThan(version);
    });
  });
}
