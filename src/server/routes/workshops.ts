import type { FastifyInstance } from "fastify";
import { codePoint, forbiddenCharacter, isCalendarDate, ValidationError } from "../../model/index.js";
import type { WorkshopStatus } from "../../store/workshops/workshop-store.js";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { ACTOR } from "../schemas/actor.js";
import { ERRORS, ID_PARAMS, type IdParams } from "../schemas/common.js";
import {
  ENTRY,
  MERGE,
  type MergeBody,
  NEW_WORKSHOP,
  type NewWorkshopBody,
  WORKSHOP,
  WORKSHOP_QUERY,
} from "../schemas/workshop.js";
import { recordAdditions } from "../workshops/record-additions.js";
import { entriesOf, StoredRecords, workshopAnswer } from "../workshops/workshop-answers.js";

const TAGS = ["workshops"];
const ANSWER = { type: "object", properties: { workshop: WORKSHOP }, required: ["workshop"] } as const;

function checkNewWorkshop({ title, date }: NewWorkshopBody): void {
  const issues = [];
  if (title.trim() === "") issues.push({ field: "title", message: "title is empty" });
  const bad = forbiddenCharacter(title);
  if (bad !== undefined)
    issues.push({ field: "title", message: `title holds the control character ${codePoint(bad)}` });
  if (!isCalendarDate(date)) issues.push({ field: "date", message: `date "${date}" is not a day of the calendar` });
  if (issues.length > 0) throw new ValidationError(issues);
}

/** The facilitator's side of workshops (editor role): open, list, review, close, merge. */
export function workshopRoutes(app: FastifyInstance, context: ServerContext): void {
  const { store, bus, workshops, privacy, analysis } = context;
  recordAdditions(app, context);

  const stored = async () => new StoredRecords(await store.load());
  const workshopOr404 = (id: string) => {
    const workshop = workshops.get(id);
    if (workshop === undefined) throw new HttpError(404, "workshop_not_found", `there is no workshop "${id}"`);
    return workshop;
  };
  const announce = async (id: string) => bus.publish({ type: "workshop.changed", version: await store.version(), id });

  app.post<{ Body: NewWorkshopBody }>(
    "/api/workshops",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Open a workshop: a join code for 12 hours",
        body: NEW_WORKSHOP,
        response: { 201: ANSWER, ...ERRORS },
      },
    },
    async (request, reply) => {
      checkNewWorkshop(request.body);
      const workshop = workshops.open(request.body.title, request.body.date);
      await announce(workshop.id);
      return reply.status(201).send({ workshop: workshopAnswer(workshop, workshops, await stored()) });
    },
  );

  app.get<{ Querystring: { status?: WorkshopStatus } }>(
    "/api/workshops",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Workshops, newest first (status=open: the one running)",
        querystring: WORKSHOP_QUERY,
        response: {
          200: {
            type: "object",
            properties: { workshops: { type: "array", items: WORKSHOP } },
            required: ["workshops"],
          },
          ...ERRORS,
        },
      },
    },
    async (request) => {
      const now = await stored();
      return {
        workshops: workshops.list(request.query.status).map((workshop) => workshopAnswer(workshop, workshops, now)),
      };
    },
  );

  app.get<{ Params: IdParams }>(
    "/api/workshops/:id",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "A workshop and what each participant added",
        params: ID_PARAMS,
        response: {
          200: {
            type: "object",
            properties: { workshop: WORKSHOP, entries: { type: "array", items: ENTRY } },
            required: ["workshop", "entries"],
          },
          ...ERRORS,
        },
      },
    },
    async (request) => {
      const workshop = workshopOr404(request.params.id);
      const now = await stored();
      return {
        workshop: workshopAnswer(workshop, workshops, now),
        entries: entriesOf(workshop.id, workshops, now, await privacy.view(request)),
      };
    },
  );

  app.post<{ Params: IdParams }>(
    "/api/workshops/:id/close",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Close a workshop: its code stops working at once",
        params: ID_PARAMS,
        response: { 200: ANSWER, ...ERRORS },
      },
    },
    async (request) => {
      workshopOr404(request.params.id);
      const workshop = workshops.closeWorkshop(request.params.id);
      if (workshop === undefined)
        throw new HttpError(404, "workshop_not_found", `there is no workshop "${request.params.id}"`);
      await announce(workshop.id);
      return { workshop: workshopAnswer(workshop, workshops, await stored()) };
    },
  );

  app.post<{ Params: IdParams; Body: MergeBody }>(
    "/api/workshops/:id/merge",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Merge an actor a participant added into an existing one; every tie moves, the added actor is erased",
        params: ID_PARAMS,
        body: MERGE,
        response: {
          200: {
            type: "object",
            properties: { actor: ACTOR, tiesMoved: { type: "integer" } },
            required: ["actor", "tiesMoved"],
          },
          ...ERRORS,
        },
      },
    },
    async (request) => {
      const workshop = workshopOr404(request.params.id);
      const { actorId, into } = request.body;
      const added = workshops
        .items(workshop.id)
        .some((item) => item.kind === "actor" && item.id === actorId && item.participantId !== undefined);
      if (!added) {
        throw new HttpError(
          404,
          "entry_not_found",
          `actor "${actorId}" was not added by a participant of this workshop`,
        );
      }
      workshops.assertWritable();
      const result = await store.mergeActor(actorId, into);
      workshops.merged(actorId, into, result.moved, result.dropped);
      // The merged actor is erased: nothing derived from it stays in memory.
      analysis.forget();
      privacy.forget();
      const version = await store.version();
      bus.publish({ type: "actor.deleted", version, id: actorId });
      for (const tie of result.moved) {
        const moved = await store.getTie(tie.to);
        if (moved !== undefined) bus.publish({ type: "tie.created", version, tie: moved });
      }
      await announce(workshop.id);
      return { actor: (await privacy.view(request)).actor(result.actor), tiesMoved: result.moved.length };
    },
  );
}
