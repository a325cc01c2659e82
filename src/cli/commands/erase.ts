import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { NotFoundError, visibleText, WeaveError } from "../../model/index.js";
import type { GraphStore } from "../../store/graph-store.js";

async function confirmed(question: string): Promise<boolean> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await terminal.question(question);
    return /^(y|yes|j|ja)$/i.test(answer.trim());
  } finally {
    terminal.close();
  }
}

/**
 * What the data folder holds about people beside the graph goes too: workshop entries, saved views
 * focused on the actor, and the analysis figures a server kept (each only where it exists).
 */
async function forgetBesideTheGraph(store: GraphStore, id: string): Promise<void> {
  const [{ ANALYSIS_CACHE_DIR, dataDirOf }, { forgetErasedEntries }, workshopStore, viewStore] = await Promise.all([
    import("../../store/open-store.js"),
    import("../../store/workshops/forget-erased.js"),
    import("../../store/workshops/workshop-store.js"),
    import("../../store/saved-views/saved-view-store.js"),
  ]);
  const dataDir = dataDirOf(process.env);
  if (existsSync(join(dataDir, workshopStore.WORKSHOPS_FILE))) {
    const workshops = workshopStore.WorkshopStore.inDataDir(dataDir);
    try {
      await forgetErasedEntries(workshops, store);
    } finally {
      workshops.close();
    }
  }
  if (existsSync(join(dataDir, viewStore.SAVED_VIEWS_FILE))) {
    const views = viewStore.SavedViewStore.inDataDir(dataDir);
    try {
      views.forgetActor(id);
    } finally {
      views.close();
    }
  }
  rmSync(join(dataDir, ANALYSIS_CACHE_DIR), { recursive: true, force: true });
}

export function register(program: Command): void {
  program
    .command("erase")
    .description(
      "Erase an actor for good: the actor, every tie that touches them, every follow-up, workshop entry and saved view about them, with no bytes left in the SQLite file (what the API's DELETE /api/actors/:id does)",
    )
    .argument("<id>", "the actor's id")
    .option("--yes", "do not ask for confirmation")
    .action(async (id: string, options: { yes?: boolean }) => {
      const { openStore } = await import("../../store/open-store.js");
      const store = await openStore();
      try {
        const actor = await store.getActor(id);
        if (actor === undefined) throw new NotFoundError("actor", id);
        const ties = (await store.load()).ties.filter((tie) => tie.source === id || tie.target === id).length;
        const what = `${actor.kind} ${visibleText(actor.id)} (${visibleText(actor.name)}) and ${ties} ${ties === 1 ? "tie" : "ties"}`;
        if (options.yes !== true && !(await confirmed(`Erase ${what}? This cannot be undone. [y/N] `))) {
          throw new WeaveError("cancelled", "cancelled; nothing was erased");
        }
        await store.deleteActor(id);
        await forgetBesideTheGraph(store, id);
        // The name is not repeated: the terminal's scrollback is a log too.
        process.stdout.write(`erased ${visibleText(actor.id)} and ${ties} ${ties === 1 ? "tie" : "ties"}\n`);
      } finally {
        await store.close();
      }
    });
}
