import { Command } from "commander";
import { INVALID_INPUT, visibleText } from "../model/index.js";
import * as analyseCommand from "./commands/analyse.js";
import * as eraseCommand from "./commands/erase.js";
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
  eraseCommand.register,
];

/** File-system failures in words, with the path they are about. */
const FILE_PROBLEMS: Record<string, (path: string) => string> = {
  ENOENT: (path) => `no such file or folder: ${path}`,
  EACCES: (path) => `permission denied: ${path}`,
  EPERM: (path) => `permission denied: ${path}`,
  EISDIR: (path) => `${path} is a folder; a file was expected`,
  ENOTDIR: (path) => `${path}: part of this path is a file, not a folder`,
  EEXIST: (path) => `${path} already exists`,
  EROFS: (path) => `${path} is on a read-only file system`,
  ENOSPC: (path) => `no space left on the disk for ${path}`,
};

function fileProblem(code: unknown, path: unknown): string | undefined {
  if (typeof code !== "string") return undefined;
  if (typeof path === "string") return FILE_PROBLEMS[code]?.(path);
  return code === "EISDIR" ? "a folder was given where a file was expected" : undefined;
}

/**
 * What the user reads when a command fails: the message alone, never a stack. Errors Weave raises
 * on purpose (they carry a `code`) print their message, a validation error one problem per line;
 * anything else is one line. Control characters are shown, not sent to the terminal. A validation error
 * is told by its code, not its class: `weave analyse` raises it from a bundle of its own
 * (code-cache.ts), whose ValidationError is another class than this one.
 */
function errorText(error: unknown): string {
  const { message = String(error), code, path } = (error ?? {}) as { message?: string; code?: unknown; path?: unknown };
  const text = fileProblem(code, path) ?? (code === INVALID_INPUT ? message : message.split("\n")[0] || "failed");
  return `error: ${visibleText(text)}\n`;
}

/** A reader that stops early (`weave analyse … | head`) closes the pipe: that is done, not a failure. */
function quietOnClosedOutput(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(errorText(error));
  process.exit(1);
}

process.stdout.on("error", quietOnClosedOutput);

const program = new Command("weave")
  .description("Weave: map and analyse a neighbourhood's network of residents, groups, institutions and places")
  .showHelpAfterError("(add --help for usage)");
for (const register of COMMANDS) register(program);

try {
  await program.parseAsync();
} catch (error) {
  process.stderr.write(errorText(error));
  process.exitCode = 1;
}
