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
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import type { Principal } from "../plugins/auth.js";
import { ACTOR, ACTOR_PATCH, type ActorPatchBody, NEW_ACTOR, type NewActorBody } from "../schemas/actor.js";
import { ERRORS, ID_PARAMS, type IdParams } from "../schemas/common.js";
import { undoTokens } from "../undo-tokens.js";
import { patched } from "./patch.js";

const TAGS = ["actors"];

/** A new actor as answered to its adder: the actor, and the token that lets them take it back. */
const CREATED_ACTOR = {
  ...ACTOR,
  properties: {
    ...ACTOR.properties,
    undoToken: {
      type: "string",
      description: "lets this session erase this actor again (DELETE ?undo=) while nothing else refers to it",
    },
  },
} as const;

const UNDO_QUERY = {
  type: "object",
  properties: { undo: { type: "string", maxLength: 100, description: "the undoToken from POST /api/actors" } },
  additionalProperties: false,
} as const;

function validActor(actor: Actor): Actor {
  const issues = checkActor(actor);
  if (issues.length > 0) throw new ValidationError(issues);
  return actor;
}

/** Only an admin records (or clears) a resident's consent: it decides who may see their name. */
function assertMayRecordConsent(role: string | undefined, body: { consent?: unknown }): void {
  if (body.consent === undefined || role === "admin") return;
  throw new HttpError(403, "forbidden", "only an admin records consent; leave out the field consent");
}

interface UndoQuery {
  undo?: string;
}

/** A JSON merge patch: null removes an optional field, absent leaves it. */
export function actorRoutes(app: FastifyInstance, { store, bus, analysis, privacy }: ServerContext): void {
  const undo = undoTokens();

  /**
   * An editor may erase an actor only to undo adding it: with the token their session got for it,
   * and only while no tie and no follow-up refers to it (their own ties are undone first; anything
   * else means someone built on it, and erasing would take that away too).
   */
  async function assertMayErase(request: { principal: Principal | null; query: UndoQuery }, id: string) {
    const principal = request.principal;
    if (principal === null || principal.role === "admin") return;
    const token = request.query.undo;
    if (token === undefined || !undo.accepts(token, id, principal)) {
      throw new HttpError(
        403,
        "forbidden",
        "erasing an actor needs the admin role, or the undoToken of your own new actor",
      );
    }
    const { ties } = await store.load();
    const followUps = await store.listFollowUps({ about: id });
    if (followUps.length > 0 || ties.some((tie) => tie.source === id || tie.target === id)) {
      throw new HttpError(409, "actor_in_use", "this actor has ties or follow-ups now; only an admin can erase it");
    }
  }

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
        response: { 201: CREATED_ACTOR, ...ERRORS },
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
          ...(request.principal === null ? {} : { undoToken: undo.of(actor.id, request.principal) }),
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
      // Removing a person erases them and every tie they had: that is the admin's call, except an
      // editor undoing their own new actor (assertMayErase).
      config: { access: "editor" },
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
      await assertMayErase(request, request.params.id);
      // The store removes the actor, their ties (and follow-ups) and the freed bytes; what memory
      // holds about them goes with it.
      if (!(await store.deleteActor(request.params.id))) throw new NotFoundError("actor", request.params.id);
      analysis.forget();
      privacy.forget();
      bus.publish({ type: "actor.deleted", version: await store.version(), id: request.params.id });
      return reply.status(204).send();
    },
  );
}
