// Runs before the test suite: the system tools the tests need, installed when missing and allowed.
import { execFileSync, spawnSync } from "node:child_process";

interface Tool {
  readonly command: string;
  readonly debianPackages: readonly string[];
  readonly why: string;
}

const TOOLS: readonly Tool[] = [
  { command: "chromium", debianPackages: ["chromium"], why: "the end-to-end tests drive a real browser" },
  { command: "java", debianPackages: ["openjdk-17-jre-headless"], why: "the store tests run a real Neo4j" },
  { command: "mvn", debianPackages: ["maven"], why: "Neo4j's jars are fetched with Maven" },
];

const has = (command: string) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const missing = TOOLS.filter((tool) => !has(tool.command));

if (missing.length > 0) {
  const packages = missing.flatMap((tool) => tool.debianPackages);
  for (const tool of missing) process.stderr.write(`missing ${tool.command}: ${tool.why}\n`);
  if (process.getuid?.() !== 0 || !has("apt-get")) {
    process.stderr.write(`install it first: sudo apt-get install -y ${packages.join(" ")}\n`);
    process.exit(1);
  }
  process.stderr.write(`installing ${packages.join(" ")} with apt-get\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-q"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-q", "--no-install-recommends", ...packages], { stdio: "inherit", env });
}
