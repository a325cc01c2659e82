import type { Command } from "commander";

export function register(program: Command): void {
  program
    .command("serve")
    .description(
      "Serve the web app and its API on http://HOST:PORT (default 127.0.0.1:8080), on Neo4j when NEO4J_URI is set, else the SQLite file in WEAVE_DATA_DIR. On this machine only and without accounts, no login is needed; on any other address an admin account must exist (weave user add).",
    )
    .option("--port <port>", "port to listen on (overrides PORT)")
    .option("--host <host>", "address to listen on (overrides HOST)")
    .action(async (options: { port?: string; host?: string }) => {
      const [{ loadConfig }, { closeOnSignals, startServer }] = await Promise.all([
        import("../../server/config.js"),
        import("../../server/main.js"),
      ]);
      const config = loadConfig({
        ...process.env,
        ...(options.port === undefined ? {} : { PORT: options.port }),
        ...(options.host === undefined ? {} : { HOST: options.host }),
      });
      const app = await startServer(config, { logLevel: process.env.LOG_LEVEL ?? "info" });
      closeOnSignals(app);
      const store = config.store.NEO4J_URI === undefined ? `SQLite in ${config.dataDir}/` : "Neo4j";
      const host = config.host.includes(":") ? `[${config.host}]` : config.host;
      process.stderr.write(`\nWeave is running at http://${host}:${config.port} on ${store} (Ctrl-C stops it)\n\n`);
    });
}
