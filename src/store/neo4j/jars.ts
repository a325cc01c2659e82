import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { StoreUnavailableError } from "../../model/index.js";

/** The Maven project (neo4j/ at the repository's top) that assembles Neo4j Community and the launcher. */
export const NEO4J_PROJECT_DIR = fileURLToPath(new URL("../../../neo4j/", import.meta.url));
const TARGET_DIR = join(NEO4J_PROJECT_DIR, "target");
const LIB_DIR = join(TARGET_DIR, "lib");
const SOURCE_DIR = join(NEO4J_PROJECT_DIR, "src", "main", "java", "org", "weave");
// Written after a successful build: the hash of what was built, so a changed pom or launcher rebuilds.
const STAMP_FILE = join(TARGET_DIR, "weave-build.sha256");

export const LAUNCHER_CLASS = "org.weave.Neo4jLauncher";

/** The JVM classpath: the launcher's classes, then every dependency jar (java expands `lib/*`). */
export const NEO4J_CLASSPATH = [join(TARGET_DIR, "classes"), join(LIB_DIR, "*")].join(delimiter);

function sourceHash(): string {
  const hash = createHash("sha256").update(readFileSync(join(NEO4J_PROJECT_DIR, "pom.xml")));
  for (const file of readdirSync(SOURCE_DIR).sort()) hash.update(file).update(readFileSync(join(SOURCE_DIR, file)));
  return hash.digest("hex");
}

function isBuilt(hash: string): boolean {
  return existsSync(STAMP_FILE) && readFileSync(STAMP_FILE, "utf8").trim() === hash;
}

/**
 * Builds the launcher and copies Neo4j's jars into neo4j/target unless an up-to-date build is there.
 * Maven's output goes to stderr, so a caller's stdout stays clean. The first build downloads ~120 MB
 * into ~/.m2; later ones reuse it.
 */
export async function ensureNeo4jJars(): Promise<void> {
  const hash = sourceHash();
  if (isBuilt(hash)) return;
  // A stale lib/ would keep the jars of an older Neo4j version next to the new ones.
  rmSync(LIB_DIR, { recursive: true, force: true });
  process.stderr.write("Assembling the local Neo4j with Maven (the first time downloads ~120 MB)…\n");
  const code = await new Promise<number | null>((resolve, reject) => {
    const mvn = spawn("mvn", ["-B", "-q", "-f", join(NEO4J_PROJECT_DIR, "pom.xml"), "package"], {
      stdio: ["ignore", process.stderr, process.stderr],
    });
    mvn.on("error", (error) =>
      reject(
        new StoreUnavailableError(
          `cannot run Maven (mvn) to assemble the local Neo4j: ${error.message}; install Maven and Java 17`,
          { cause: error },
        ),
      ),
    );
    mvn.on("exit", resolve);
  });
  if (code !== 0) {
    throw new StoreUnavailableError(`Maven could not assemble the local Neo4j (exit ${code}); see the output above`);
  }
  writeFileSync(STAMP_FILE, `${hash}\n`);
}
