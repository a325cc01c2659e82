import * as analyseCommand from "./commands/analyse.js";
import * as eraseCommand from "./commands/erase.js";
import * as exportCommand from "./commands/export.js";
import * as importCommand from "./commands/import.js";
import * as neo4jCommand from "./commands/neo4j.js";
import * as serveCommand from "./commands/serve.js";
import * as userCommand from "./commands/user.js";
import { type Register, runWeave } from "./program.js";

const COMMANDS: readonly Register[] = [
  importCommand.register,
  exportCommand.register,
  neo4jCommand.register,
  serveCommand.register,
  userCommand.register,
  (program) =>
    analyseCommand.register(program, {
      core: () => import("./analyse-core.js"),
      tables: () => import("./analyse-tables.js"),
    }),
  eraseCommand.register,
];

await runWeave(COMMANDS);
