import { request } from "../../api/client.js";

/** A workshop as the facilitator's routes answer it (see the workshop API contract). */
export interface Workshop {
  readonly id: string;
  readonly code: string;
  readonly title: string;
  readonly date: string;
  readonly openedAt: string;
  readonly expiresAt: string;
  readonly closedAt?: string;
  readonly status: "open" | "closed" | "expired";
  readonly joinPath: string;
  readonly participants: number;
  readonly added: { readonly actors: number; readonly ties: number };
}

/** What one participant added: their own actor (once they saved it) and the ties they made. */
export interface WorkshopEntry {
  readonly participantId: string;
  readonly joinedAt: string;
  readonly actorId?: string;
  readonly actorName?: string;
  readonly ties: readonly string[];
}

const path = (id: string) => `/api/workshops/${encodeURIComponent(id)}`;

export async function listWorkshops(): Promise<readonly Workshop[]> {
  return (await request<{ workshops: Workshop[] }>("/api/workshops")).workshops;
}

export async function openWorkshop(title: string, date: string): Promise<Workshop> {
  const body = JSON.stringify({ title, date });
  return (await request<{ workshop: Workshop }>("/api/workshops", { method: "POST", body })).workshop;
}

export function fetchWorkshop(id: string): Promise<{ workshop: Workshop; entries: readonly WorkshopEntry[] }> {
  return request(path(id));
}

export async function closeWorkshop(id: string): Promise<Workshop> {
  return (await request<{ workshop: Workshop }>(`${path(id)}/close`, { method: "POST", body: "{}" })).workshop;
}

/** Merges the participant-made actor `actorId` into the existing actor `into`; their ties move along. */
export function mergeEntry(id: string, actorId: string, into: string): Promise<{ tiesMoved: number }> {
  return request(`${path(id)}/merge`, { method: "POST", body: JSON.stringify({ actorId, into }) });
}
