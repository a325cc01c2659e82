// The layers of DESIGN.md §4, checked by `npm run check:layers` (part of `npm test`):
// model ← analysis ← io ← store ← server/cli; web uses model and analysis only; nothing imports web
// or server, except that the CLI may start the server.
const layer = (name) => `^src/${name}/`;

/** A layer may import itself, the layers listed, and packages; nothing else in src/. */
function onlyImports(name, allowed) {
  const others = ["model", "analysis", "io", "store", "server", "cli", "web"].filter(
    (other) => other !== name && !allowed.includes(other),
  );
  return {
    name: `${name}-imports-only-${allowed.length === 0 ? "packages" : allowed.join("-")}`,
    comment: `src/${name} may import ${allowed.length === 0 ? "no other layer" : allowed.map((a) => `src/${a}`).join(", ")}`,
    severity: "error",
    from: { path: layer(name) },
    to: { path: `^src/(${others.join("|")})/` },
  };
}

module.exports = {
  forbidden: [
    onlyImports("model", []),
    onlyImports("analysis", ["model"]),
    onlyImports("io", ["model", "analysis"]),
    onlyImports("store", ["model", "analysis", "io"]),
    onlyImports("server", ["model", "analysis", "io", "store"]),
    onlyImports("cli", ["model", "analysis", "io", "store", "server"]),
    onlyImports("web", ["model", "analysis"]),
    {
      name: "no-cycles",
      comment: "a cycle makes the layers meaningless",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "src-not-from-tests-or-scripts",
      comment: "shipped code never imports tests, benches or scripts",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(test|scripts)/" },
    },
    {
      name: "node-code-without-dev-dependencies",
      comment: "a production install (npm ci --omit=dev) must run the CLI and the server",
      severity: "error",
      from: { path: "^src/(model|analysis|io|store|server|cli)/" },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: "specify",
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
  },
};
