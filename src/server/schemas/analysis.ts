import {
  CONVENTIONS,
  GAP_TYPES,
  MESSAGE_CODES,
  MESSAGE_PARAMS,
  type ParamKind,
  ROLES,
  STATUSES,
  SUGGESTION_TYPES,
} from "../../analysis/index.js";
import { ACTOR_KINDS } from "../../model/index.js";

// The answer of GET /api/analysis: `analyseNetwork`'s NetworkAnalysis, field by field. Every object is
// closed (additionalProperties: false), so a field added to the analysis without its schema here fails
// test/server/analysis-route.test.ts rather than surprising a client.

const ID = { type: "string" } as const;
const IDS = { type: "array", items: ID } as const;
const NUMBER = { type: "number" } as const;
const COUNT = { type: "integer", minimum: 0 } as const;
const SHARE = { type: "number", minimum: 0, maximum: 1 } as const;
const NULLABLE_COUNT = { type: ["integer", "null"], minimum: 0 } as const;
const PAIR = { type: "array", items: ID, minItems: 2, maxItems: 2 } as const;

function closed(properties: Record<string, object>, description?: string) {
  return {
    type: "object",
    ...(description === undefined ? {} : { description }),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  } as const;
}

const PARAM_SCHEMAS: Readonly<Record<ParamKind, object>> = {
  actor: { type: "string", description: "an actor id; the reader fills in the name" },
  actors: { type: "array", items: ID, description: "actor ids" },
  cluster: {
    type: "integer",
    minimum: 0,
    description: "a community number (0 = largest over all years; one year: its stable number in the timeline)",
  },
  status: { type: "string", enum: STATUSES },
  tag: { type: "string" },
  tags: { type: "array", items: { type: "string" } },
  count: COUNT,
  number: NUMBER,
  percent: SHARE,
};

/** One branch per message code, with exactly the parameters that code carries. */
export const MESSAGE_SCHEMA = {
  description:
    "a sentence as a code and its parameters (actor ids, cluster numbers, tags, numbers; never names), rendered by the reader from the catalogs in src/analysis/messages",
  oneOf: MESSAGE_CODES.map((code) =>
    closed({
      code: { type: "string", enum: [code] },
      params: closed(
        Object.fromEntries(
          Object.entries(MESSAGE_PARAMS[code] as Record<string, ParamKind>).map(([name, kind]) => [
            name,
            PARAM_SCHEMAS[kind],
          ]),
        ),
      ),
    }),
  ),
} as const;

const ACTOR = closed({
  id: ID,
  name: { type: "string" },
  kind: { type: "string", enum: ACTOR_KINDS },
  professional: { type: "boolean" },
  degree: COUNT,
  strength: NUMBER,
  betweenness: NUMBER,
  closeness: NUMBER,
  harmonic: NUMBER,
  eigenvector: NUMBER,
  pagerank: NUMBER,
  community: COUNT,
  participation: NUMBER,
  withinModuleZ: NUMBER,
  role: { type: "string", enum: ROLES },
  effectiveSize: { type: ["number", "null"] },
  constraint: { type: ["number", "null"] },
  articulationPoint: { type: "boolean" },
  cutOff: COUNT,
  status: { type: "string", enum: STATUSES },
});

const COMMUNITY = closed({
  community: COUNT,
  name: MESSAGE_SCHEMA,
  size: COUNT,
  kinds: closed(Object.fromEntries(ACTOR_KINDS.map((kind) => [kind, COUNT]))),
  density: NUMBER,
  internalTies: COUNT,
  externalTies: COUNT,
  centralMembers: IDS,
  sharedInterests: { type: "array", items: closed({ interest: { type: "string" }, members: COUNT }) },
});

const GAP = closed({
  type: { type: "string", enum: GAP_TYPES },
  actors: IDS,
  score: SHARE,
  message: MESSAGE_SCHEMA,
});

const SUGGESTION = closed({
  type: { type: "string", enum: SUGGESTION_TYPES },
  actors: PAIR,
  introducer: {
    type: ["string", "null"],
    description: "the resident who could make the introduction: consented, not cut off, no professional",
  },
  score: SHARE,
  shared: { type: "array", items: { type: "string" } },
  message: MESSAGE_SCHEMA,
});

const GIFT = closed({
  gift: { type: "string" },
  holders: IDS,
  nearby: IDS,
  groups: IDS,
  unmet: IDS,
  unmetHolders: IDS,
});

const CLUSTER_NUMBERS = { type: "array", items: { type: "integer", minimum: 0 } } as const;

const CLUSTER_CHANGES = closed(
  {
    continued: CLUSTER_NUMBERS,
    born: CLUSTER_NUMBERS,
    ended: CLUSTER_NUMBERS,
    merged: { type: "array", items: closed({ into: { type: "integer", minimum: 0 }, from: CLUSTER_NUMBERS }) },
    split: { type: "array", items: closed({ from: { type: "integer", minimum: 0 }, into: CLUSTER_NUMBERS }) },
  },
  "what happened to last year's clusters, in stable numbers (empty in the first year, the baseline)",
);

const YEAR = closed({
  year: { type: "integer" },
  actors: COUNT,
  ties: COUNT,
  density: NUMBER,
  components: COUNT,
  isolates: IDS,
  isolatedResidents: IDS,
  modularity: NUMBER,
  clusters: COUNT,
  clusterChanges: CLUSTER_CHANGES,
  groupLinks: COUNT,
  groupInstitutionLinks: COUNT,
  institutionBrokerageShare: SHARE,
  institutionBrokerageEstimated: { type: "boolean" },
  tiesAdded: NULLABLE_COUNT,
  tiesRemoved: NULLABLE_COUNT,
  groupsLinked: { type: "array", items: PAIR },
  connectors: IDS,
  independence: closed({
    professionals: IDS,
    paidBrokerageShare: SHARE,
    cutOffWithoutPaid: IDS,
    groups: COUNT,
    groupsReachingAlone: IDS,
    message: MESSAGE_SCHEMA,
  }),
});

/** How old the figures are: the server answers the last ones at once while it computes newer. */
const FRESHNESS = closed(
  {
    state: {
      type: "string",
      enum: ["fresh", "updating"],
      description:
        "fresh: computed from the graph as it is now; updating: from an older version, newer figures are being computed (ask again, or ask with fresh=true to wait for them)",
    },
    version: { ...COUNT, description: "the graph version the figures were computed from" },
    current: { ...COUNT, description: "the graph version when this answer was sent (as in /api/events)" },
  },
  "added by the server: whether the figures below are of the graph as it is now",
);

export const ANALYSIS_RESPONSE = closed(
  {
    freshness: FRESHNESS,
    asOf: { type: ["integer", "null"] },
    weighted: { type: "boolean" },
    conventions: closed(Object.fromEntries(Object.keys(CONVENTIONS).map((key) => [key, { type: "string" }]))),
    graph: closed({
      actors: COUNT,
      ties: COUNT,
      density: NUMBER,
      components: COUNT,
      isolates: IDS,
      modularity: NUMBER,
      communities: COUNT,
      averageClustering: NUMBER,
    }),
    sampling: {
      anyOf: [
        { type: "null" },
        closed(
          {
            pivots: { type: "integer", minimum: 1 },
            seed: { type: "integer" },
            epsilon: { type: "number", minimum: 0 },
            delta: { type: "number", exclusiveMinimum: 0, maximum: 1 },
            typicalError: {
              anyOf: [{ type: "null" }, closed({ relative: { type: "number", minimum: 0 }, actors: COUNT })],
            },
          },
          "betweenness, closeness and harmonic estimated from `pivots` seeded sources: with probability 1 - delta every actor's betweenness and harmonic/(n-1) within epsilon (conventions.sampling); typicalError: the root-mean-square relative error of the highest betweenness estimates (`actors` of them, 50 where as many bridge), measured between two halves of the pivots (null when not measured); null when exact",
        ),
      ],
    },
    actors: { type: "array", items: ACTOR },
    communities: { type: "array", items: COMMUNITY },
    gaps: { type: "array", items: GAP },
    suggestions: { type: "array", items: SUGGESTION },
    gifts: { type: "array", items: GIFT },
    years: { type: "array", items: YEAR },
    independence: closed({
      wentAlone: { type: "array", items: closed({ group: ID, year: { type: "integer" } }) },
      message: { anyOf: [{ type: "null" }, MESSAGE_SCHEMA] },
    }),
    bridging: closed({
      years: { type: "array", items: { type: "integer" } },
      actors: {
        type: "object",
        description: "per actor id, the normalised betweenness in each of `years`; null when absent that year",
        additionalProperties: { type: "array", items: { type: ["number", "null"] } },
      },
    }),
  },
  "the analysis of `weave analyse --json`: figures per actor, clusters, gaps, suggestions and years",
);
