import { existsSync } from "node:fs";
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

/** The erased actor's workshop entries go too, when this installation ever held a workshop. */
async function forgetWorkshopEntries(store: GraphStore): Promise<void> {
  const [{ dataDirOf }, { forgetErasedEntries }, { WORKSHOPS_FILE, WorkshopStore }] = await Promise.all([
    import("../../store/open-store.js"),
    import("../../store/workshops/forget-erased.js"),
    import("../../store/workshops/workshop-store.js"),
  ]);
  const dataDir = dataDirOf(process.env);
  if (!existsSync(join(dataDir, WORKSHOPS_FILE))) return;
  const workshops = WorkshopStore.inDataDir(dataDir);
  try {
    await forgetErasedEntries(workshops, store);
  } finally {
    workshops.close();
  }
}

export function register(program: Command): void {
  program
    .command("erase")
    .description(
      "Erase an actor for good: the actor, every tie that touches them, every follow-up and workshop entry about them, with no bytes left in the SQLite file (what the API's DELETE /api/actors/:id does)",
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
        await forgetWorkshopEntries(store);
        // The name is not repeated: the terminal's scrollback is a log too.
        process.stdout.write(`erased ${visibleText(actor.id)} and ${ties} ${ties === 1 ? "tie" : "ties"}\n`);
      } finally {
        await store.close();
      }
    });
}
