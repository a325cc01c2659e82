import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { WeaveError } from "../../model/index.js";
import type { AccountStore } from "../../store/accounts/account-store.js";
import { isRole, ROLES, type Role } from "../../store/accounts/roles.js";

function parseRole(value: string): Role {
  if (!isRole(value)) throw new InvalidArgumentError(`"${value}" is not one of ${ROLES.join(", ")}`);
  return value;
}

async function withAccounts<T>(work: (accounts: AccountStore) => Promise<T> | T): Promise<T> {
  const [{ AccountStore }, { dataDirOf }] = await Promise.all([
    import("../../store/accounts/account-store.js"),
    import("../../store/open-store.js"),
  ]);
  const accounts = AccountStore.inDataDir(dataDirOf(process.env));
  try {
    return await work(accounts);
  } finally {
    accounts.close();
  }
}

/** One line from the terminal without echoing it (raw mode; Ctrl-C aborts). */
function readHiddenLine(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  let line = "";
  return new Promise((resolve, reject) => {
    const done = (finish: () => void) => {
      input.setRawMode(false);
      input.pause();
      input.off("data", onData);
      process.stderr.write("\n");
      finish();
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") return done(() => resolve(line));
        if (char === "\u0003") return done(() => reject(new WeaveError("cancelled", "cancelled")));
        if (char === "\u007f" || char === "\b") line = [...line].slice(0, -1).join("");
        else line += char;
      }
    };
    input.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.WEAVE_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  if (!process.stdin.isTTY) {
    throw new WeaveError("no_password", "set WEAVE_PASSWORD, or run this in a terminal to type the password");
  }
  const first = await readHiddenLine("Password: ");
  const second = await readHiddenLine("Again: ");
  if (first !== second) throw new WeaveError("password_mismatch", "the two passwords differ; nothing was changed");
  return first;
}

export function register(program: Command): void {
  const user = program
    .command("user")
    .description("Manage the accounts that may log in to `weave serve` (kept in accounts.db in WEAVE_DATA_DIR)");

  user
    .command("add")
    .description("Add an account; the password comes from WEAVE_PASSWORD or is asked for without echo")
    .argument("<name>", "login name: lower-case letters, digits, dots, dashes, underscores")
    .requiredOption("--role <role>", `one of ${ROLES.join(", ")}`, parseRole)
    .action(async (name: string, options: { role: Role }) => {
      const password = await readPassword();
      const account = await withAccounts((accounts) => accounts.add(name, options.role, password));
      process.stdout.write(`added ${account.name} (${account.role})\n`);
    });

  user
    .command("list")
    .description("List the accounts")
    .action(async () => {
      const list = await withAccounts((accounts) => accounts.list());
      if (list.length === 0) process.stdout.write("no accounts: `weave serve` on 127.0.0.1 needs no login\n");
      for (const account of list) process.stdout.write(`${account.name}\t${account.role}\t${account.created}\n`);
    });

  user
    .command("remove")
    .description("Remove an account and end its sessions")
    .argument("<name>")
    .action(async (name: string) => {
      const removed = await withAccounts((accounts) => accounts.remove(name));
      if (!removed) throw new WeaveError("account_not_found", `no account named "${name}"`);
      process.stdout.write(`removed ${name}\n`);
    });
}
