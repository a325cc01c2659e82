import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GraphStore } from "../../src/store/graph-store.js";
import { multipart, seed } from "./fixtures.js";
import { type OpenStore, openModeToken, startTestApp, type TestApp } from "./harness.js";

const NOTE = "Runs the repair café on Saturdays and knows everyone on the street; ".repeat(3).trim();

/**
 * A generated network of about `megabytes` MB, nodes.csv with a note per actor, and two ties per
 * actor to the next ones along: `${n}` actors, `${2n - 3}` ties. A bad last row can be asked for.
 */
export function largeCsv(megabytes: number, bad?: "nodes" | "ties"): { nodes: string; ties: string; actors: number } {
  const actors = Math.floor((megabytes * 1e6) / (NOTE.length + 110));
  const nodes = ["id,name,kind,area,interests,since,notes"];
  for (let i = 0; i < actors; i++)
    nodes.push(`big${i},Resident ${i},resident,street ${i % 97},walking;music,2020,"${NOTE}"`);
  const ties = ["source,target,type,since,weight"];
  for (let i = 0; i + 1 < actors; i++) {
    ties.push(`big${i},big${i + 1},knows,2021,2`);
    if (i + 2 < actors) ties.push(`big${i},big${i + 2},knows,,1`);
  }
  if (bad === "nodes") nodes[nodes.length - 1] = `big${actors - 1},Resident,resident,,,twenty,`;
  if (bad === "ties") ties[ties.length - 1] = `big0,nobody,knows,,1`;
  return { nodes: `${nodes.join("\n")}\n`, ties: `${ties.join("\n")}\n`, actors };
}

async function snapshot(store: GraphStore) {
  return { network: await store.load(), version: await store.version() };
}

/** POST /api/import of large files: answered, with /api/health answering all along; all or nothing. */
export function describeLargeImport(name: string, open: OpenStore, megabytes: number): void {
  describe(`a large import (${megabytes} MB) on ${name}`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await startTestApp(await open());
    });
    afterEach(async () => {
      await t.close();
      await t.store.close();
    });

    async function post({ nodes, ties }: { nodes: string; ties: string }) {
      const form = multipart({ nodes, ties });
      return t.app.inject({
        method: "POST",
        url: "/api/import",
        headers: { ...form.headers, "x-csrf-token": await openModeToken(t.app) },
        payload: form.payload,
      });
    }

    it("is answered, while /api/health keeps answering during it", async () => {
      const files = largeCsv(megabytes);
      let pending = true;
      const importing = post(files).finally(() => {
        pending = false;
      });
      const healthWhileImporting: number[] = [];
      while (pending) {
        const health = await t.app.inject({ method: "GET", url: "/api/health" });
        if (pending) healthWhileImporting.push(health.statusCode);
        await sleep(20);
      }
      const response = await importing;
      expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
      expect(response.json()).toMatchObject({ actorsCreated: files.actors, tiesCreated: 2 * files.actors - 3 });
      expect(healthWhileImporting.length).toBeGreaterThanOrEqual(3);
      expect(new Set(healthWhileImporting)).toEqual(new Set([200]));
      expect(await t.store.counts()).toEqual({ actors: files.actors, ties: 2 * files.actors - 3 });
    }, 600_000);

    it("with a bad last row, in either file, leaves the store as it was", async () => {
      await seed(t.store);
      const before = await snapshot(t.store);
      for (const bad of ["nodes", "ties"] as const) {
        const files = largeCsv(megabytes, bad);
        const response = await post(files);
        expect(response.statusCode).toBe(400);
        const lines = files[bad].split("\n").length - 1;
        expect(response.json().error.issues).toEqual([
          expect.objectContaining({ file: `${bad}.csv`, line: lines, column: bad === "nodes" ? 6 : 2 }),
        ]);
        expect(await snapshot(t.store)).toEqual(before);
      }
    }, 600_000);
  });
}
