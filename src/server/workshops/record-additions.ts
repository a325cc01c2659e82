import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../context.js";
import type { ChangeEvent } from "../events.js";

/**
 * Counts what anyone makes while a workshop is open (the facilitator in the explorer, an import of
 * one actor, a participant): every actor or tie created goes into each open workshop's items, and
 * every open workshop is announced as changed when its counts may have moved. Participant routes
 * record their own items, with who made them, before they publish.
 */
export function recordAdditions(app: FastifyInstance, { bus, workshops }: ServerContext): void {
  const onChange = (event: ChangeEvent) => {
    const made =
      event.type === "actor.created" ? event.actor.id : event.type === "tie.created" ? event.tie.id : undefined;
    const removed = event.type === "actor.deleted" || event.type === "tie.deleted";
    if (made === undefined && !removed) return;
    try {
      const open = workshops.list("open");
      if (open.length === 0) return;
      if (made !== undefined) workshops.recordForOpenWorkshops(event.type === "actor.created" ? "actor" : "tie", made);
      for (const workshop of open) bus.publish({ type: "workshop.changed", version: event.version, id: workshop.id });
    } catch (error) {
      // A read-only data folder: the write itself went through, only the count misses it.
      app.log.warn({ err: error }, "could not record a workshop's addition");
    }
  };
  const unsubscribe = bus.subscribe(onChange);
  app.addHook("onClose", async () => unsubscribe());
}
