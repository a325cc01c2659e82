import { isIP } from "node:net";
import { WeaveError } from "../model/index.js";
import { dataDirOf, type StoreEnvironment } from "../store/open-store.js";

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Where the `vite build` output lives; the API still works when it is missing. */
  readonly webDir: string;
  /** Worker threads computing the analysis (WEAVE_ANALYSIS_WORKERS, 1). */
  readonly analysisWorkers: number;
  /** The environment handed to openStore (NEO4J_* and WEAVE_DATA_DIR). */
  readonly store: StoreEnvironment;
  /**
   * The reverse proxies whose X-Forwarded-For/-Proto are believed (TRUST_PROXY: addresses, CIDR
   * ranges or loopback/linklocal/uniquelocal, comma-separated); undefined: none.
   */
  readonly trustProxy?: string;
}

export class ConfigError extends WeaveError {
  constructor(problems: readonly string[]) {
    super("invalid_config", `the server configuration is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = "127.0.0.1";
const HOST_NAME = /^[a-zA-Z0-9]([a-zA-Z0-9.-]{0,252})$/;
const NEO4J_SCHEMES = ["neo4j:", "neo4j+s:", "neo4j+ssc:", "bolt:", "bolt+s:", "bolt+ssc:"];

/** Reads and checks the configuration once, at boot; every problem is reported together. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const problems: string[] = [];
  const port = readPort(env.PORT, problems);
  const analysisWorkers = readWorkers(env.WEAVE_ANALYSIS_WORKERS, problems);
  const host = env.HOST?.trim() || DEFAULT_HOST;
  if (isIP(host) === 0 && !HOST_NAME.test(host)) problems.push(`HOST "${host}" is not an IP address or host name`);
  const dataDir = dataDirOf(env);
  const neo4jUri = env.NEO4J_URI?.trim() || undefined;
  if (neo4jUri !== undefined) checkNeo4j(env, neo4jUri, problems);
  const trustProxy = readTrustProxy(env.TRUST_PROXY, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host,
    dataDir,
    webDir: env.WEAVE_WEB_DIR?.trim() || "dist",
    analysisWorkers,
    ...(trustProxy === undefined ? {} : { trustProxy }),
    store: {
      WEAVE_DATA_DIR: dataDir,
      NEO4J_URI: neo4jUri,
      NEO4J_USER: env.NEO4J_USER,
      NEO4J_PASSWORD: env.NEO4J_PASSWORD,
      NEO4J_DATABASE: env.NEO4J_DATABASE,
    },
  };
}

function readPort(value: string | undefined, problems: string[]): number {
  if (value === undefined || value.trim() === "") return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) {
    problems.push(`PORT "${value}" is not a port number from 0 to 65535`);
    return DEFAULT_PORT;
  }
  return port;
}

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** Never "trust every proxy": a client could then claim any address and https by sending the headers itself. */
function readTrustProxy(value: string | undefined, problems: string[]): string | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const items = value.split(",").map((item) => item.trim());
  for (const item of items) {
    const [address, bits, ...rest] = item.split("/");
    const family = isIP(address ?? "");
    const maxBits = family === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (!PROXY_NAMES.has(item) && (family === 0 || !validBits || rest.length > 0)) {
      problems.push(`TRUST_PROXY "${item}" is not an address, a CIDR range or one of ${[...PROXY_NAMES].join(", ")}`);
    }
  }
  return items.join(",");
}

function readWorkers(value: string | undefined, problems: string[]): number {
  if (value === undefined || value.trim() === "") return 1;
  const workers = Number(value);
  if (!/^\d+$/.test(value.trim()) || workers < 1 || workers > 16) {
    problems.push(`WEAVE_ANALYSIS_WORKERS "${value}" is not a number of threads from 1 to 16`);
    return 1;
  }
  return workers;
}

function checkNeo4j(env: NodeJS.ProcessEnv, uri: string, problems: string[]): void {
  let scheme = "";
  try {
    scheme = new URL(uri).protocol;
  } catch {
    problems.push(`NEO4J_URI "${uri}" is not a URL (e.g. neo4j://localhost:7687)`);
    return;
  }
  if (!NEO4J_SCHEMES.includes(scheme)) {
    problems.push(`NEO4J_URI "${uri}" must start with one of ${NEO4J_SCHEMES.map((s) => `${s}//`).join(", ")}`);
  }
  if (env.NEO4J_PASSWORD !== undefined && (env.NEO4J_USER ?? "") === "") {
    problems.push("NEO4J_PASSWORD is set but NEO4J_USER is empty");
  }
}

/** Only this machine can reach a server bound to a loopback address. */
export function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
