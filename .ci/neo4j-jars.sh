#!/usr/bin/env bash
# Builds the local Neo4j (launcher classes + Community jars, `mvn -B -q … package`) into neo4j/target
# before the tests run, so the first test does not pay for the download. Goes through the same code
# as the tests (src/store/neo4j/jars.ts), which records what it built and skips an up-to-date build.
# Maven keeps the jars in ~/.m2 between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsx -e 'import("./src/store/neo4j/jars.ts").then((jars) => jars.ensureNeo4jJars())'
echo "neo4j jars: $(find neo4j/target/lib -name '*.jar' | wc -l) files, $(du -sh neo4j/target/lib | cut -f1)"
