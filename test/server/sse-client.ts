import { get } from "node:http";

export interface EventStream {
  /** The data of the next event with this name, parsed as JSON (fails after a few seconds). */
  next(name: string): Promise<unknown>;
  /** Resolves true once a heartbeat comment has arrived. */
  heartbeat(): Promise<boolean>;
  /** Resolves true once the server has ended the stream (fails after a few seconds). */
  ended(): Promise<boolean>;
  /** How many events with this name have arrived so far, taken or not. */
  count(name: string): number;
  close(): void;
}

/** A real HTTP client on a Server-Sent Events stream (app.inject cannot stream). */
export function collectEvents(url: string, headers: Record<string, string>): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: { accept: "text/event-stream", ...headers } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`event stream answered ${response.statusCode}`));
        response.resume();
        return;
      }
      const events: { name: string; data: unknown }[] = [];
      let heartbeats = 0;
      let finished = false;
      const counts = new Map<string, number>();
      let buffer = "";
      const waiters = new Set<() => void>();
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(": heartbeat")) heartbeats++;
          const name = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (name !== undefined && data !== undefined) {
            events.push({ name, data: JSON.parse(data) });
            counts.set(name, (counts.get(name) ?? 0) + 1);
          }
          end = buffer.indexOf("\n\n");
        }
        for (const wake of waiters) wake();
      });
      response.on("close", () => {
        finished = true;
        for (const wake of waiters) wake();
      });
      const waitFor = <T>(take: () => T | undefined, what: string) =>
        new Promise<T>((done, fail) => {
          const timer = setTimeout(() => fail(new Error(`no ${what} within 5 s`)), 5000);
          const check = () => {
            const value = take();
            if (value === undefined) return;
            clearTimeout(timer);
            waiters.delete(check);
            done(value);
          };
          waiters.add(check);
          check();
        });
      resolve({
        next: (name) =>
          waitFor(() => {
            const index = events.findIndex((event) => event.name === name);
            return index < 0 ? undefined : events.splice(index, 1)[0]?.data;
          }, `"${name}" event`),
        heartbeat: () => waitFor(() => (heartbeats > 0 ? true : undefined), "heartbeat"),
        ended: () => waitFor(() => (finished ? true : undefined), "end of the stream"),
        count: (name) => counts.get(name) ?? 0,
        close: () => request.destroy(),
      });
    });
    request.on("error", reject);
  });
}
