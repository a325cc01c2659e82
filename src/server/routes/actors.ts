import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import {
  type Actor,
  ConflictError,
  checkActor,
  checkKindAgainstTies,
  NotFoundError,
  ValidationError,
  withoutUndefined,
} from "../../model/index.js";
import { forgetErasedEntries } from "../../store/workshops/forget-erased.js";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { ACTOR, ACTOR_PATCH, type ActorPatchBody, NEW_ACTOR, type NewActorBody } from "../schemas/actor.js";
import { ERRORS, ID_PARAMS, type IdParams } from "../schemas/common.js";
import { assertMayErase, createdActorSchema, UNDO_QUERY, type UndoQuery, undoTokens } from "../undo-tokens.js";
import { patched } from "./patch.js";

const TAGS = ["actors"];

/** The actor when its fields are valid; ValidationError naming each bad field otherwise. */
export function validActor(actor: Actor): Actor {
  const issues = checkActor(actor);
  if (issues.length > 0) throw new ValidationError(issues);
  return actor;
}

/** One secret per process: a restart voids every undo token. */
const UNDO = undoTokens();

/** Only an admin records (or clears) a resident's consent: it decides who may see their name. */
function assertMayRecordConsent(role: string | undefined, body: { consent?: unknown }): void {
  if (body.consent === undefined || role === "admin") return;
  throw new HttpError(403, "forbidden", "only an admin records consent; leave out the field consent");
}

/** A JSON merge patch: null removes an optional field, absent leaves it. */
export function actorRoutes(app: FastifyInstance, { store, workshops, bus, analysis, privacy }: ServerContext): void {
  /** A new kind must still fit every tie the actor has, as an import is checked. */
  async function refuseBrokenTies(actor: Actor): Promise<void> {
    const { actors, ties } = await store.load();
    const kinds = new Map<string, Pick<Actor, "kind">>(actors.map((other) => [other.id, other]));
    kinds.set(actor.id, actor);
    const touching = ties.filter((tie) => tie.source === actor.id || tie.target === actor.id);
    const issues = checkKindAgainstTies(actor, touching, kinds);
    if (issues.length > 0) throw new ValidationError(issues);
  }

  app.post<{ Body: NewActorBody }>(
    "/api/actors",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Add an actor",
        body: NEW_ACTOR,
        response: { 201: createdActorSchema(ACTOR), ...ERRORS },
      },
    },
    async (request, reply) => {
      assertMayRecordConsent(request.principal?.role, request.body);
      const { id, gifts, interests, custom, ...rest } = request.body;
      const actor = validActor(
        withoutUndefined({
          ...rest,
          id: id ?? `${rest.kind}-${randomUUID().slice(0, 8)}`,
          gifts: gifts ?? [],
          interests: interests ?? [],
          custom: custom ?? {},
        }),
      );
      if ((await store.getActor(actor.id)) !== undefined) {
        throw new ConflictError(`an actor with id "${actor.id}" already exists; change it with PATCH`);
      }
      await store.upsertActors([actor]);
      bus.publish({ type: "actor.created", version: await store.version(), actor });
      return reply
        .status(201)
        .header("location", `/api/actors/${encodeURIComponent(actor.id)}`)
        .send({
          ...(await privacy.view(request)).actor(actor),
          ...(request.principal === null ? {} : { undoToken: UNDO.of(actor.id, request.principal) }),
        });
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/actors/:id",
    {
      config: { access: "viewer" },
      schema: { tags: TAGS, summary: "One actor", params: ID_PARAMS, response: { 200: ACTOR, ...ERRORS } },
    },
    async (request) => {
      const actor = await store.getActor(request.params.id);
      if (actor === undefined) throw new NotFoundError("actor", request.params.id);
      return (await privacy.view(request)).actor(actor);
    },
  );

  app.patch<{ Params: IdParams; Body: ActorPatchBody }>(
    "/api/actors/:id",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Change an actor's fields (not its id); only an admin records consent",
        params: ID_PARAMS,
        body: ACTOR_PATCH,
        response: { 200: ACTOR, ...ERRORS },
      },
    },
    async (request) => {
      assertMayRecordConsent(request.principal?.role, request.body);
      const stored = await store.getActor(request.params.id);
      if (stored === undefined) throw new NotFoundError("actor", request.params.id);
      const actor = validActor(patched(stored, request.body));
      if (actor.kind !== stored.kind) await refuseBrokenTies(actor);
      await store.upsertActors([actor]);
      bus.publish({ type: "actor.updated", version: await store.version(), actor });
      return (await privacy.view(request)).actor(actor);
    },
  );

  app.delete<{ Params: IdParams; Querystring: UndoQuery }>(
    "/api/actors/:id",
    {
      // Removing a person erases them and every tie they had: that is the admin's call, except for
      // an editor undoing their own new actor.
      config: { access: "editor" },
      preHandler: (request) => assertMayErase(store, UNDO, request),
      schema: {
        tags: TAGS,
        summary:
          "Erase an actor and every tie that touches it, leaving no trace in the store (admin; an editor with ?undo= for their own new, unreferenced actor)",
        params: ID_PARAMS,
        querystring: UNDO_QUERY,
        response: { 204: { type: "null" }, ...ERRORS },
      },
    },
    async (request, reply) => {
      // The store removes the actor, their ties (and follow-ups) and the freed bytes, the workshops
      // their entries; what memory holds about them goes with it.
      if (!(await store.deleteActor(request.params.id))) throw new NotFoundError("actor", request.params.id);
      await forgetErasedEntries(workshops, store);
      analysis.forget(request.params.id);
      privacy.forget();
      bus.publish({ type: "actor.deleted", version: await store.version(), id: request.params.id });
      return reply.status(204).send();
    },
  );
}
