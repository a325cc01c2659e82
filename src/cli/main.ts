import { Command } from "commander";
import { WeaveError } from "../model/index.js";
import * as analyseCommand from "./commands/analyse.js";
import * as exportCommand from "./commands/export.js";
import * as importCommand from "./commands/import.js";
import * as neo4jCommand from "./commands/neo4j.js";
import * as serveCommand from "./commands/serve.js";
import * as userCommand from "./commands/user.js";

/** Each command lives in commands/<name>.ts and adds itself to the program. */
type Register = (program: Command) => void;
const COMMANDS: readonly Register[] = [
  importCommand.register,
  exportCommand.register,
  neo4jCommand.register,
  serveCommand.register,
  userCommand.register,
  analyseCommand.register,
];

const program = new Command("weave")
  .description("Weave: map and analyse a neighbourhood's network of residents, groups, institutions and places")
  .showHelpAfterError();
for (const register of COMMANDS) register(program);

try {
  await program.parseAsync();
} catch (error) {
  if (!(error instanceof WeaveError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
