import { request, setCsrfToken } from "../../api/client.js";
import type { FellowParticipant } from "./state.js";

/** The participant's own resident, as the phone page edits it. */
export interface ParticipantActor {
  readonly id: string;
  readonly name: string;
  readonly area?: string;
  readonly gifts: readonly string[];
  readonly interests: readonly string[];
  readonly consent: boolean;
}

/** The participant's links: ids of groups and places, and fellow participants' ids. */
export interface Links {
  readonly groups: readonly string[];
  readonly places: readonly string[];
  readonly knows: readonly string[];
}

export interface Me extends Links {
  readonly participantId: string;
  readonly actor?: ParticipantActor;
}

export interface Choices {
  readonly groups: readonly { readonly id: string; readonly name: string }[];
  readonly places: readonly { readonly id: string; readonly name: string }[];
  readonly participants: readonly FellowParticipant[];
}

export interface Profile {
  readonly name: string;
  readonly area?: string;
  readonly gifts: readonly string[];
  readonly interests: readonly string[];
  readonly consent: boolean;
}

export interface WorkshopSummary {
  readonly title: string;
  readonly date: string;
  readonly status: "open" | "closed" | "expired";
}

const base = (code: string) => `/api/join/${encodeURIComponent(code)}`;

export async function fetchJoinable(code: string): Promise<WorkshopSummary> {
  return (await request<{ workshop: WorkshopSummary }>(base(code))).workshop;
}

/** Joins (the server sets the participant cookie); the answer's token goes with every write. */
export async function join(code: string): Promise<string> {
  const answer = await request<{ participantId: string; csrfToken: string }>(base(code), {
    method: "POST",
    body: "{}",
  });
  sendToken(answer.csrfToken);
  return answer.csrfToken;
}

/** The token every write of this participant sends back. */
export function sendToken(token: string): void {
  setCsrfToken(token);
}

export function fetchMe(code: string): Promise<Me> {
  return request<Me>(`${base(code)}/me`);
}

export function fetchChoices(code: string): Promise<Choices> {
  return request<Choices>(`${base(code)}/choices`);
}

export async function saveProfile(code: string, profile: Profile): Promise<ParticipantActor> {
  const body = JSON.stringify(profile);
  return (await request<{ actor: ParticipantActor }>(`${base(code)}/me`, { method: "PUT", body })).actor;
}

export function saveLinks(code: string, links: Links): Promise<Me> {
  return request<Me>(`${base(code)}/me/links`, { method: "PUT", body: JSON.stringify(links) });
}
