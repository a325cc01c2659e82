import type { FastifyInstance } from "fastify";
import {
  type Actor,
  ConflictError,
  checkTie,
  NotFoundError,
  type Tie,
  tieId,
  ValidationError,
  withoutUndefined,
} from "../../model/index.js";
import type { GraphStore } from "../../store/graph-store.js";
import type { ServerContext } from "../context.js";
import { ERRORS, ID_PARAMS, type IdParams } from "../schemas/common.js";
import { NEW_TIE, type NewTieBody, TIE, TIE_PATCH, type TiePatchBody } from "../schemas/tie.js";
import { patched } from "./patch.js";

const TAGS = ["ties"];

/** The tie when its fields and stored ends are valid; ValidationError naming each problem otherwise. */
export async function validTie(store: GraphStore, tie: Tie): Promise<Tie> {
  const ends = new Map<string, Actor>();
  for (const id of [tie.source, tie.target]) {
    const actor = await store.getActor(id);
    if (actor !== undefined) ends.set(id, actor);
  }
  const issues = checkTie(tie, ends);
  if (issues.length > 0) throw new ValidationError(issues);
  return tie;
}

export function tieRoutes(app: FastifyInstance, { store, bus, privacy }: ServerContext): void {
  app.post<{ Body: NewTieBody }>(
    "/api/ties",
    {
      config: { access: "editor" },
      schema: { tags: TAGS, summary: "Add a tie", body: NEW_TIE, response: { 201: TIE, ...ERRORS } },
    },
    async (request, reply) => {
      const { source, target, type, since, weight, custom, ...rest } = request.body;
      const id = tieId(type, source, target, since);
      const tie = await validTie(
        store,
        withoutUndefined({ ...rest, id, source, target, type, since, weight: weight ?? 1, custom: custom ?? {} }),
      );
      if ((await store.getTie(id)) !== undefined) {
        throw new ConflictError(`this tie already exists as "${id}"; change it with PATCH`);
      }
      await store.upsertTies([tie]);
      bus.publish({ type: "tie.created", version: await store.version(), tie });
      return reply
        .status(201)
        .header("location", `/api/ties/${encodeURIComponent(id)}`)
        .send((await privacy.view(request)).tie(tie));
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/ties/:id",
    {
      config: { access: "viewer" },
      schema: { tags: TAGS, summary: "One tie", params: ID_PARAMS, response: { 200: TIE, ...ERRORS } },
    },
    async (request) => {
      const tie = await store.getTie(request.params.id);
      if (tie === undefined) throw new NotFoundError("tie", request.params.id);
      return (await privacy.view(request)).tie(tie);
    },
  );

  app.patch<{ Params: IdParams; Body: TiePatchBody }>(
    "/api/ties/:id",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Change a tie's since, until, weight, note or custom attributes (its id stays)",
        params: ID_PARAMS,
        body: TIE_PATCH,
        response: { 200: TIE, ...ERRORS },
      },
    },
    async (request) => {
      const stored = await store.getTie(request.params.id);
      if (stored === undefined) throw new NotFoundError("tie", request.params.id);
      const tie = await validTie(store, patched(stored, request.body));
      await store.upsertTies([tie]);
      bus.publish({ type: "tie.updated", version: await store.version(), tie });
      return (await privacy.view(request)).tie(tie);
    },
  );

  app.delete<{ Params: IdParams }>(
    "/api/ties/:id",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Remove a tie",
        params: ID_PARAMS,
        response: { 204: { type: "null" }, ...ERRORS },
      },
    },
    async (request, reply) => {
      if (!(await store.deleteTie(request.params.id))) throw new NotFoundError("tie", request.params.id);
      bus.publish({ type: "tie.deleted", version: await store.version(), id: request.params.id });
      return reply.status(204).send();
    },
  );
}
