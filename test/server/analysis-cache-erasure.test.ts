import { describe, expect, it } from "vitest";
import { analyseNetwork } from "../../src/analysis/index.js";
import type { Network } from "../../src/model/index.js";
import { AnalysisCache } from "../../src/server/analysis/analysis-cache.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { resident, tie } from "../store/contract.js";

// The soak (100 readers, 10 writers adding actors and erasing every other one) found /api/analysis
// waiting up to 60 s: every erasure threw away every kept answer and stopped every computation, so
// with erasures closer together than one analysis no reader was ever answered.
describe("the analysis cache after an erasure", () => {
  async function started() {
    const store = new SqliteStore(":memory:");
    await store.init();
    await store.upsertActors([resident("r1"), resident("r2"), resident("r3")]);
    await store.upsertTies([tie("r1", "r2"), tie("r2", "r3")]);
    const analysed: Network[] = [];
    let release: () => void = () => {};
    let gate: Promise<void> | undefined;
    const analyse = async (network: Network) => {
      analysed.push(network);
      await gate;
      return analyseNetwork(network);
    };
    const hold = () => {
      gate = new Promise((resolve) => {
        release = resolve;
      });
    };
    return { store, cache: new AnalysisCache(analyse, "test", store), analysed, hold, release: () => release() };
  }

  it("keeps the answers that do not name the erased person and drops those that do", async () => {
    const { store, cache } = await started();
    const before = await cache.get({}, { fresh: true });
    await store.upsertActors([resident("new")]);
    await store.deleteActor("new");
    cache.forget("new");
    expect((await cache.get({})).etag).toBe(before.etag);

    await store.deleteActor("r3");
    cache.forget("r3");
    const after = await cache.get({});
    expect(after.etag).not.toBe(before.etag);
    expect(after.json).not.toContain('"r3"');
    expect(before.json).toContain('"r3"');
  });

  it("lets a computation go on when its network does not hold the person, and stops it when it does", async () => {
    const { store, cache, analysed, hold, release } = await started();
    hold();
    const first = cache.get({}, { fresh: true });
    await expect.poll(() => analysed.length).toBe(1);
    await store.upsertActors([resident("new")]);
    await store.deleteActor("new");
    cache.forget("new");
    release();
    expect(JSON.parse((await first).json).actors).toHaveLength(3);
    expect(analysed).toHaveLength(1);

    await store.upsertActors([resident("r4")]);
    hold();
    const second = cache.get({}, { fresh: true });
    await expect.poll(() => analysed.length).toBe(2);
    await store.deleteActor("r4");
    cache.forget("r4");
    release();
    const answer = await second;
    expect(answer.json).not.toContain('"r4"');
    expect(analysed.at(-1)?.actors.map((actor) => actor.id)).toEqual(["r1", "r2", "r3"]);
  });
});
