import type { Actor, Tie } from "../../src/model/index.js";
import type { GraphStore } from "../../src/store/graph-store.js";
import { resident, tie } from "../store/contract.js";

export const group = (id: string, extra: Partial<Actor> = {}): Actor =>
  resident(id, { kind: "group", name: `Group ${id}`, ...extra });
export const institution = (id: string): Actor => resident(id, { kind: "institution", name: `Institution ${id}` });

/** Two residents who know each other, a group one of them belongs to, an institution. */
export const SEED_ACTORS: readonly Actor[] = [
  resident("r1", { interests: ["gardening"] }),
  resident("r2"),
  group("g1"),
  institution("i1"),
];
export const SEED_TIES: readonly Tie[] = [tie("r1", "r2"), tie("r1", "g1", { type: "member_of" })];

export async function seed(store: GraphStore): Promise<void> {
  await store.upsertActors(SEED_ACTORS);
  await store.upsertTies(SEED_TIES);
}

export const NODES_CSV = `id,name,kind,interests,since
n1,Noor,resident,walking,2020
n2,Sam,resident,,
ng,Walking group,group,walking,2019
`;

export const TIES_CSV = `source,target,type,since,weight
n1,n2,knows,2021,2
n1,ng,member_of,,
`;

/** Two problems: an unknown kind on line 3 of nodes.csv, a tie to an unknown id on line 2 of ties.csv. */
export const BAD_NODES_CSV = `id,name,kind
n1,Noor,resident
n2,Sam,martian
`;
export const BAD_TIES_CSV = `source,target,type
n1,nobody,knows
`;

/** A multipart/form-data body with the given files, for app.inject. */
export function multipart(files: Record<string, string>): { payload: Buffer; headers: Record<string, string> } {
  const boundary = "----weave-test-boundary";
  const parts = Object.entries(files).map(
    ([field, text]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${field}.csv"\r\nContent-Type: text/csv\r\n\r\n${text}\r\n`,
  );
  return {
    payload: Buffer.from(`${parts.join("")}--${boundary}--\r\n`),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}
