import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { writeFollowUpsCsv } from "../../io/write-follow-ups-csv.js";
import {
  type Actor,
  checkTie,
  type FollowUp,
  type FollowUpFilter,
  type ProposedTie,
  ValidationError,
  withoutUndefined,
} from "../../model/index.js";
import type { GraphStore } from "../../store/graph-store.js";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import type { Principal } from "../plugins/auth.js";
import type { AnswerView } from "../privacy/privacy.js";
import { ERRORS, ID_PARAMS, type IdParams } from "../schemas/common.js";
import {
  FOLLOW_UP,
  FOLLOW_UP_LIST,
  FOLLOW_UP_PATCH,
  FOLLOW_UP_QUERY,
  type FollowUpPatchBody,
  type FollowUpQuery,
  NEW_FOLLOW_UP,
  NEW_NOTE,
  type NewFollowUpBody,
} from "../schemas/follow-up.js";

const TAGS = ["follow-ups"];
const CSV_TYPE = "text/csv; charset=utf-8";

const principalOf = (request: FastifyRequest): Principal => request.principal as Principal;

function notFound(id: string): HttpError {
  return new HttpError(404, "follow_up_not_found", `no follow-up with id "${id}"`);
}

/** The proposed tie must fit its ends' kinds, as a recorded one would (an unknown end is the store's 404). */
async function checkProposedTie(store: GraphStore, tie: ProposedTie): Promise<void> {
  const ends = new Map<string, Actor>();
  for (const id of [tie.source, tie.target]) {
    const actor = await store.getActor(id);
    if (actor === undefined) return;
    ends.set(id, actor);
  }
  const issues = checkTie({ ...tie, id: "proposed", weight: 1, custom: {} }, ends);
  if (issues.length > 0) {
    throw new ValidationError(issues.map((issue) => ({ ...issue, field: `tie.${issue.field ?? "type"}` })));
  }
}

/** Names for the CSV as this reader may see them: pseudonyms for residents without consent below admin. */
async function namesFor(
  store: GraphStore,
  view: AnswerView,
  followUps: readonly FollowUp[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(followUps.flatMap((followUp) => followUp.about))) {
    const actor = await store.getActor(id);
    if (actor !== undefined) names.set(id, view.actor(actor).name);
  }
  return names;
}

/**
 * /api/follow-ups: viewers read, editors (and admins) create and change. Closing a follow-up when
 * its tie is recorded is not here: the store does it with every tie write, whatever the route.
 */
export function followUpRoutes(app: FastifyInstance, { store, accounts, bus, privacy }: ServerContext): void {
  // Only the id: whoever follows the stream reads the follow-up through the API, as their role allows.
  const announce = async (id: string) => bus.publish({ type: "follow-up.changed", version: await store.version(), id });
  const assertAssignee = (assignee: string, principal: Principal) => {
    if (assignee === principal.name || accounts.list().some((account) => account.name === assignee)) return;
    throw new ValidationError([{ field: "assignee", message: `assignee "${assignee}" is not an account` }]);
  };

  const list = async (request: FastifyRequest<{ Querystring: FollowUpQuery }>) => {
    const { mine, status, about } = request.query;
    const filter: FollowUpFilter = withoutUndefined({
      assignee: mine === "true" ? principalOf(request).name : undefined,
      status,
      about,
    });
    return store.listFollowUps(filter);
  };

  const sendCsv = async (followUps: FollowUp[], request: FastifyRequest, reply: FastifyReply) =>
    reply
      .type(CSV_TYPE)
      .header("content-disposition", 'attachment; filename="weave-follow-ups.csv"')
      .send(writeFollowUpsCsv(followUps, await namesFor(store, await privacy.view(request), followUps)));

  app.get<{ Querystring: FollowUpQuery }>(
    "/api/follow-ups",
    {
      config: { access: "viewer" },
      schema: {
        tags: TAGS,
        summary: "Follow-ups, newest first: everyone's or mine, by status or actor; format=csv downloads them",
        querystring: FOLLOW_UP_QUERY,
        response: { 200: FOLLOW_UP_LIST, ...ERRORS },
        produces: ["application/json", CSV_TYPE],
      },
    },
    async (request, reply) => {
      const followUps = await list(request);
      if (request.query.format === "csv") return sendCsv(followUps, request, reply);
      return { followUps };
    },
  );

  app.get<{ Querystring: FollowUpQuery }>(
    "/api/follow-ups.csv",
    {
      config: { access: "viewer" },
      schema: {
        tags: TAGS,
        summary: "Follow-ups as CSV (the same filters); formula cells escaped",
        querystring: FOLLOW_UP_QUERY,
        produces: [CSV_TYPE],
        response: { 200: { description: "the follow-ups as CSV", type: "string" }, ...ERRORS },
      },
    },
    async (request, reply) => sendCsv(await list(request), request, reply),
  );

  app.get<{ Params: IdParams }>(
    "/api/follow-ups/:id",
    {
      config: { access: "viewer" },
      schema: { tags: TAGS, summary: "One follow-up", params: ID_PARAMS, response: { 200: FOLLOW_UP, ...ERRORS } },
    },
    async (request) => {
      const followUp = await store.getFollowUp(request.params.id);
      if (followUp === undefined) throw notFound(request.params.id);
      return followUp;
    },
  );

  app.post<{ Body: NewFollowUpBody }>(
    "/api/follow-ups",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Follow up a suggestion or a resident",
        body: NEW_FOLLOW_UP,
        response: { 201: FOLLOW_UP, ...ERRORS },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { about, assignee, status, due, tie, note } = request.body;
      assertAssignee(assignee ?? principal.name, principal);
      if (tie !== undefined) await checkProposedTie(store, tie);
      const at = new Date().toISOString();
      const followUp: FollowUp = withoutUndefined({
        id: randomUUID(),
        about,
        assignee: assignee ?? principal.name,
        status: status ?? "to_contact",
        due,
        tie,
        notes: note === undefined ? [] : [{ at, author: principal.name, text: note }],
        createdAt: at,
        createdBy: principal.name,
        updatedAt: at,
      });
      await store.createFollowUp(followUp);
      await announce(followUp.id);
      return reply.status(201).header("location", `/api/follow-ups/${followUp.id}`).send(followUp);
    },
  );

  app.patch<{ Params: IdParams; Body: FollowUpPatchBody }>(
    "/api/follow-ups/:id",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Change a follow-up's status, assignee or due date, or add a note",
        params: ID_PARAMS,
        body: FOLLOW_UP_PATCH,
        response: { 200: FOLLOW_UP, ...ERRORS },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { note, ...change } = request.body;
      if (change.assignee !== undefined) assertAssignee(change.assignee, principal);
      const at = new Date().toISOString();
      const updated = await store.updateFollowUp(
        request.params.id,
        { ...change, ...(note === undefined ? {} : { note: { at, author: principal.name, text: note } }) },
        at,
      );
      if (updated === undefined) throw notFound(request.params.id);
      await announce(updated.id);
      return updated;
    },
  );

  app.post<{ Params: IdParams; Body: { text: string } }>(
    "/api/follow-ups/:id/notes",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Add a dated note",
        params: ID_PARAMS,
        body: NEW_NOTE,
        response: { 201: FOLLOW_UP, ...ERRORS },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const at = new Date().toISOString();
      const note = { at, author: principal.name, text: request.body.text };
      const updated = await store.updateFollowUp(request.params.id, { note }, at);
      if (updated === undefined) throw notFound(request.params.id);
      await announce(updated.id);
      return reply.status(201).send(updated);
    },
  );
}
