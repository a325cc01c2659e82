/** The pure side of workshops: codes, join links, participants' labels, the phone's checklists. */

/** The letters a code is made of: no 0/O, 1/I/L, so it reads aloud and from the back of a room. */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE = new RegExp(`^[${CODE_ALPHABET}]{6}$`);

/** A code as typed or linked: spaces and dashes dropped, upper case; undefined when it cannot be one. */
export function normaliseCode(text: string): string | undefined {
  const code = text.replace(/[\s-]/g, "").toUpperCase();
  return CODE.test(code) ? code : undefined;
}

/** `/join/<code>` (a trailing slash allowed): the code in it, or undefined for any other path. */
export function joinCodeOf(pathname: string): string | undefined {
  const match = /^\/join\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

/** The whole link a phone opens: this server's origin and the workshop's join path. */
export function joinUrl(origin: string, joinPath: string): string {
  return `${origin.replace(/\/$/, "")}${joinPath}`;
}

/**
 * Whether a host name is this computer's own address, which a phone in the room cannot open: a
 * join link or QR code made from it leads nowhere.
 */
export function onlyThisComputer(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, "");
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127\./.test(host);
}

/** "K7M2PQ" → "K7M 2PQ": two halves are easier to read out and to type. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** A fellow participant as the server sends them: a name only when they consented. */
export interface FellowParticipant {
  readonly participantId: string;
  readonly name: string | null;
  readonly number: number;
}

/** Their name, or the translated "Participant N" for someone who keeps their name to themselves. */
export function participantLabel(fellow: FellowParticipant, neutral: (number: number) => string): string {
  return fellow.name ?? neutral(fellow.number);
}

/** Ticks or unticks one id in a checklist, keeping the order the ids were ticked in. */
export function toggled(ids: readonly string[], id: string, on: boolean): string[] {
  const without = ids.filter((other) => other !== id);
  return on ? [...without, id] : without;
}

/** Why a code does not work, as the phone page says it (`join.refused.<refusal>`). */
export const REFUSALS = ["unknown", "closed", "expired", "busy", "offline", "other"] as const;
export type Refusal = (typeof REFUSALS)[number];

/** A workshop's states (`workshop.status.<status>`). */
export const WORKSHOP_STATUSES = ["open", "closed", "expired"] as const;

/** The phone's checklists (`join.links.<list>`, `join.links.none.<list>`). */
export const LINK_LISTS = ["groups", "places", "knows"] as const;

/** The API's refusal of a code (its status and stable code) as one of the page's sentences. */
export function refusalOf(status: number, code: string): Refusal {
  if (code === "workshop_not_found" || status === 404) return "unknown";
  if (code === "workshop_closed") return "closed";
  if (code === "workshop_expired" || status === 410) return "expired";
  if (status === 429) return "busy";
  if (status === 0) return "offline";
  return "other";
}
