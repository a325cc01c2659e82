import type { Consent } from "../../../model/index.js";
import { request } from "../../api/client.js";

export type ConsentKey = "yes" | "yesOn" | "no" | "noOn" | "unknown";

/** How the card words a resident's consent: the key under `consent.status.` and its date. */
export function consentStatus(consent: Consent | undefined): { readonly key: ConsentKey; readonly date?: string } {
  if (consent === undefined) return { key: "unknown" };
  const answer = consent.given ? "yes" : "no";
  return consent.date === undefined ? { key: answer } : { key: `${answer}On`, date: consent.date };
}

/** Today as YYYY-MM-DD in the user's own time zone: the date an answer is recorded on. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Records the answer (admins only; the server refuses anyone else with 403). */
export function recordConsent(id: string, given: boolean, date: string): Promise<unknown> {
  return request(`/api/actors/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body: JSON.stringify({ consent: { given, date } }),
  });
}
