import type { FollowUp, FollowUpStatus, ProposedTie } from "../../../model/index.js";
import { request } from "../../api/client.js";

export interface NewFollowUp {
  readonly about: readonly string[];
  readonly tie?: ProposedTie;
  readonly due?: string;
  readonly note?: string;
}

export interface FollowUpUpdate {
  readonly status?: FollowUpStatus;
  readonly assignee?: string;
  readonly due?: string | null;
}

export async function fetchFollowUps(): Promise<FollowUp[]> {
  return (await request<{ followUps: FollowUp[] }>("/api/follow-ups")).followUps;
}

export function createFollowUp(body: NewFollowUp): Promise<FollowUp> {
  return request<FollowUp>("/api/follow-ups", { method: "POST", body: JSON.stringify(body) });
}

export function updateFollowUp(id: string, change: FollowUpUpdate): Promise<FollowUp> {
  return request<FollowUp>(`/api/follow-ups/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: JSON.stringify(change),
  });
}

export function addFollowUpNote(id: string, text: string): Promise<FollowUp> {
  return request<FollowUp>(`/api/follow-ups/${encodeURIComponent(id)}/notes`, {
    method: "POST",
    body: JSON.stringify({ text }),
  });
}

export const FOLLOW_UPS_CSV_URL = "/api/follow-ups.csv";
