#!/usr/bin/env bash
# Builds the local Neo4j (launcher classes + Community jars) into neo4j/target before the tests run,
# so the first test does not pay for the download. Maven keeps the jars in ~/.m2 between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -f neo4j/pom.xml package
echo "neo4j jars: $(find neo4j/target/lib -name '*.jar' | wc -l) files, $(du -sh neo4j/target/lib | cut -f1)"
