import { Command } from "commander";
import { INVALID_INPUT, visibleText } from "../model/index.js";

/** Each command lives in commands/<name>.ts and adds itself to the program. */
export type Register = (program: Command) => void;

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
 * is told by its code, not its class: the same sources bundled twice (main.js and analyse-cli.cjs, see
 * bin/build.js) have two ValidationError classes.
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

/** Runs `weave` with these commands on the process's arguments; a failure is printed and sets the exit code. */
export async function runWeave(commands: readonly Register[]): Promise<void> {
  process.stdout.on("error", quietOnClosedOutput);
  const program = new Command("weave")
    .description("Weave: map and analyse a neighbourhood's network of residents, groups, institutions and places")
    .showHelpAfterError("(add --help for usage)");
  for (const register of commands) register(program);
  try {
    await program.parseAsync();
  } catch (error) {
    process.stderr.write(errorText(error));
    process.exitCode = 1;
  }
}
