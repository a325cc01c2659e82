import { createHash, randomBytes } from "node:crypto";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { ConflictError, ValidationError } from "../../model/index.js";
import { openSideDatabase } from "../sqlite/open-side-database.js";
import { mappingStorageErrors, StorageReadOnlyError } from "../storage-errors.js";
import { decoyHash, hashPassword, verifyPassword } from "./password.js";
import { isRole, type Role } from "./roles.js";

export interface Account {
  readonly name: string;
  readonly role: Role;
  /** ISO timestamp. */
  readonly created: string;
}

export interface Session {
  readonly token: string;
  readonly account: Account;
  readonly expires: Date;
}

export const ACCOUNTS_FILE = "accounts.db";
export const SESSION_HOURS = 12;
const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;
export const MIN_PASSWORD_LENGTH = 10;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS accounts (
    name TEXT PRIMARY KEY, role TEXT NOT NULL, password TEXT NOT NULL, created TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    name TEXT NOT NULL REFERENCES accounts (name) ON DELETE CASCADE,
    expires INTEGER NOT NULL);`;

/** Only the hash of a session token is stored, so a copy of the file opens no session. */
function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/**
 * Accounts and sessions, in their own small SQLite file in the data directory: the same place
 * whether the graph lives in SQLite or in Neo4j, and never mixed with the community's data.
 *
 * In a read-only data folder the accounts are read into memory: logging in works (sessions live
 * in memory until the process ends), and adding or removing an account throws StorageReadOnlyError.
 */
export class AccountStore {
  readonly #db: Database.Database;
  /** True when the data folder cannot be written (see above). */
  readonly readOnly: boolean;

  constructor(readonly path: string) {
    ({ db: this.#db, readOnly: this.readOnly } = openSideDatabase(path, { schema: SCHEMA, foreignKeys: true }));
  }

  static inDataDir(dataDir: string): AccountStore {
    return new AccountStore(join(dataDir, ACCOUNTS_FILE));
  }

  count(): number {
    return (this.#db.prepare("SELECT count(*) AS n FROM accounts").get() as { n: number }).n;
  }

  hasAdmin(): boolean {
    return this.#db.prepare("SELECT 1 FROM accounts WHERE role = 'admin'").get() !== undefined;
  }

  list(): Account[] {
    return this.#db.prepare("SELECT name, role, created FROM accounts ORDER BY name").all() as Account[];
  }

  async add(name: string, role: Role, password: string): Promise<Account> {
    const issues = [];
    if (!NAME.test(name)) {
      issues.push({
        field: "name",
        message: `name "${name}" must be 1 to 64 lower-case letters, digits, dots, dashes or underscores`,
      });
    }
    if (!isRole(role)) issues.push({ field: "role", message: `role "${role}" is not viewer, editor or admin` });
    if ([...password].length < MIN_PASSWORD_LENGTH) {
      issues.push({ field: "password", message: `the password needs at least ${MIN_PASSWORD_LENGTH} characters` });
    }
    if (issues.length > 0) throw new ValidationError(issues);
    if (this.readOnly) throw new StorageReadOnlyError(this.path);
    const hash = await hashPassword(password);
    const account: Account = { name, role, created: new Date().toISOString() };
    const inserted = mappingStorageErrors(this.path, () =>
      this.#db
        .prepare("INSERT INTO accounts (name, role, password, created) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .run(name, role, hash, account.created),
    );
    if (inserted.changes === 0) throw new ConflictError(`an account named "${name}" already exists`);
    return account;
  }

  /** Removes the account and ends its sessions; false when there was none. */
  remove(name: string): boolean {
    if (this.readOnly) throw new StorageReadOnlyError(this.path);
    return mappingStorageErrors(
      this.path,
      () => this.#db.prepare("DELETE FROM accounts WHERE name = ?").run(name).changes > 0,
    );
  }

  /** The account when the password is right; as slow for unknown names as for known ones. */
  async verify(name: string, password: string): Promise<Account | undefined> {
    const row = this.#db.prepare("SELECT name, role, created, password FROM accounts WHERE name = ?").get(name) as
      | (Account & { password: string })
      | undefined;
    const ok = await verifyPassword(password, row?.password ?? (await decoyHash()));
    return ok && row !== undefined ? { name: row.name, role: row.role, created: row.created } : undefined;
  }

  startSession(account: Account, now = new Date()): Session {
    const token = randomBytes(32).toString("base64url");
    const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
    mappingStorageErrors(this.path, () => {
      this.#db.prepare("DELETE FROM sessions WHERE expires <= ?").run(now.getTime());
      this.#db
        .prepare("INSERT INTO sessions (token_hash, name, expires) VALUES (?, ?, ?)")
        .run(hashToken(token), account.name, expires.getTime());
    });
    return { token, account, expires };
  }

  findSession(token: string, now = new Date()): Session | undefined {
    const row = this.#db
      .prepare(
        `SELECT a.name, a.role, a.created, s.expires FROM sessions s JOIN accounts a ON a.name = s.name
         WHERE s.token_hash = ? AND s.expires > ?`,
      )
      .get(hashToken(token), now.getTime()) as (Account & { expires: number }) | undefined;
    if (row === undefined) return undefined;
    return { token, account: { name: row.name, role: row.role, created: row.created }, expires: new Date(row.expires) };
  }

  endSession(token: string): void {
    mappingStorageErrors(this.path, () =>
      this.#db.prepare("DELETE FROM sessions WHERE token_hash = ?").run(hashToken(token)),
    );
  }

  close(): void {
    if (this.#db.open) this.#db.close();
  }
}
