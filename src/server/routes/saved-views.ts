import type { FastifyInstance } from "fastify";
import { ValidationError } from "../../model/index.js";
import type { ServerContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { ERRORS, ID_PARAMS, type IdParams } from "../schemas/common.js";
import { NEW_SAVED_VIEW, SAVED_VIEW, SAVED_VIEW_CHANGE, type SavedViewBody } from "../schemas/saved-view.js";

const TAGS = ["saved views"];

function notFound(id: string): HttpError {
  return new HttpError(404, "view_not_found", `no saved view with id "${id}"`);
}

/** The name as shown: trimmed, and never blank. */
function cleanName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const trimmed = name.trim();
  if (trimmed === "") throw new ValidationError([{ field: "name", message: "the view needs a name" }]);
  return trimmed;
}

/** Named views of the explorer (a year, filters, a focus, colour and size), for presenting and sharing. */
export function savedViewRoutes(app: FastifyInstance, { views, bus }: ServerContext): void {
  // An erased actor leaves no trace: not even as the focus of a saved view.
  const unsubscribe = bus.subscribe((event) => {
    if (event.type === "actor.deleted") views.forgetActor(event.id);
  });
  app.addHook("onClose", async () => unsubscribe());

  app.get(
    "/api/views",
    {
      config: { access: "viewer" },
      schema: {
        tags: TAGS,
        summary: "Every saved view, oldest first (the order a facilitator steps through them)",
        response: {
          200: { type: "object", properties: { views: { type: "array", items: SAVED_VIEW } }, required: ["views"] },
          ...ERRORS,
        },
      },
    },
    async () => ({ views: views.list() }),
  );

  app.get<{ Params: IdParams }>(
    "/api/views/:id",
    {
      config: { access: "viewer" },
      schema: { tags: TAGS, summary: "One saved view", params: ID_PARAMS, response: { 200: SAVED_VIEW, ...ERRORS } },
    },
    async (request) => views.get(request.params.id) ?? Promise.reject(notFound(request.params.id)),
  );

  app.post<{ Body: SavedViewBody }>(
    "/api/views",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Save a view under a name",
        body: NEW_SAVED_VIEW,
        response: { 201: SAVED_VIEW, ...ERRORS },
      },
    },
    async (request, reply) => {
      const name = cleanName(request.body.name) as string;
      return reply.status(201).send(views.add(name, request.body.state));
    },
  );

  app.put<{ Params: IdParams; Body: Partial<SavedViewBody> }>(
    "/api/views/:id",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Rename a saved view, or replace what it shows",
        params: ID_PARAMS,
        body: SAVED_VIEW_CHANGE,
        response: { 200: SAVED_VIEW, ...ERRORS },
      },
    },
    async (request) => {
      const { id } = request.params;
      const changed = views.update(id, { name: cleanName(request.body.name), state: request.body.state });
      if (changed === undefined) throw notFound(id);
      return changed;
    },
  );

  app.delete<{ Params: IdParams }>(
    "/api/views/:id",
    {
      config: { access: "editor" },
      schema: {
        tags: TAGS,
        summary: "Delete a saved view",
        params: ID_PARAMS,
        response: { 204: { type: "null" }, ...ERRORS },
      },
    },
    async (request, reply) => {
      if (!views.remove(request.params.id)) throw notFound(request.params.id);
      return reply.status(204).send();
    },
  );
}
