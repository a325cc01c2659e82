import type { Actor, Tie } from "../../../model/index.js";
import { request } from "../../api/client.js";

/** A change of one field: a value, or null to clear an optional field (a JSON merge patch). */
export type Patch = Readonly<Record<string, unknown>>;

/** One write through the API; an edit is one or more of them, and so is its undoing. */
export type Operation =
  | { readonly kind: "createActor"; readonly actor: Actor }
  | { readonly kind: "updateActor"; readonly id: string; readonly patch: Patch }
  | { readonly kind: "deleteActor"; readonly id: string; readonly undo?: string }
  | { readonly kind: "createTie"; readonly tie: Tie }
  | { readonly kind: "updateTie"; readonly id: string; readonly patch: Patch }
  | { readonly kind: "deleteTie"; readonly id: string };

const path = (collection: string, id: string) => `/api/${collection}/${encodeURIComponent(id)}`;

/** The POST body of a tie: its id is made by the server from type, ends and since. */
function newTieBody(tie: Tie): Omit<Tie, "id"> {
  const { id: _id, ...body } = tie;
  return body;
}

/** Sends one operation; answers the record the server stored, or undefined for a removal. */
export async function runOperation(operation: Operation): Promise<Actor | Tie | undefined> {
  switch (operation.kind) {
    case "createActor":
      return request<Actor>("/api/actors", { method: "POST", body: JSON.stringify(operation.actor) });
    case "updateActor":
      return request<Actor>(path("actors", operation.id), { method: "PATCH", body: JSON.stringify(operation.patch) });
    case "deleteActor":
      return request<undefined>(
        operation.undo === undefined
          ? path("actors", operation.id)
          : `${path("actors", operation.id)}?undo=${encodeURIComponent(operation.undo)}`,
        { method: "DELETE" },
      );
    case "createTie":
      return request<Tie>("/api/ties", { method: "POST", body: JSON.stringify(newTieBody(operation.tie)) });
    case "updateTie":
      return request<Tie>(path("ties", operation.id), { method: "PATCH", body: JSON.stringify(operation.patch) });
    case "deleteTie":
      return request<undefined>(path("ties", operation.id), { method: "DELETE" });
  }
}

/** A new actor as the server answers its adder: with the token that lets this session take it back. */
export type CreatedActor = Actor & { readonly undoToken?: string };

/** The actor alone, as a redo sends it again. */
export function withoutUndoToken(created: CreatedActor): Actor {
  const { undoToken: _token, ...actor } = created;
  return actor;
}

/** The patch that puts back what `patch` changed in `before`: its old values, null where there was none. */
export function restoringPatch(before: object, patch: Patch): Patch {
  const old = before as Record<string, unknown>;
  return Object.fromEntries(Object.keys(patch).map((field) => [field, old[field] ?? null]));
}

/** Only the fields that differ from `before` (compared as JSON), so an edit records what it changed. */
export function changedFields(before: object, patch: Patch): Patch {
  const old = before as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(patch).filter(([field, value]) => JSON.stringify(old[field] ?? null) !== JSON.stringify(value)),
  );
}
