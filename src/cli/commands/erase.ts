import { rmSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { NotFoundError, visibleText, WeaveError } from "../../model/index.js";
import { ANALYSIS_CACHE_DIR, dataDirOf, openStore } from "../../store/open-store.js";

async function confirmed(question: string): Promise<boolean> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await terminal.question(question);
    return /^(y|yes|j|ja)$/i.test(answer.trim());
  } finally {
    terminal.close();
  }
}

export function register(program: Command): void {
  program
    .command("erase")
    .description(
      "Erase an actor for good: the actor, every tie that touches them and every follow-up about them, with no bytes left in the SQLite file (what the API's DELETE /api/actors/:id does)",
    )
    .argument("<id>", "the actor's id")
    .option("--yes", "do not ask for confirmation")
    .action(async (id: string, options: { yes?: boolean }) => {
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
        // The figures a server kept hold the person too.
        rmSync(join(dataDirOf(process.env), ANALYSIS_CACHE_DIR), { recursive: true, force: true });
        // The name is not repeated: the terminal's scrollback is a log too.
        process.stdout.write(`erased ${visibleText(actor.id)} and ${ties} ${ties === 1 ? "tie" : "ties"}\n`);
      } finally {
        await store.close();
      }
    });
}
