import { tagsOf } from "../../edit/actor-form.js";
import type { ParticipantActor, Profile } from "../join-api.js";

/** The phone form's fields, as the server names them in its problems. */
export const PROFILE_FIELDS = ["name", "area", "gifts", "interests", "consent"] as const;

/** The form as typed: tags separated by commas; consent "no" until they say yes. */
export interface ProfileDraft {
  readonly name: string;
  readonly area: string;
  readonly gifts: string;
  readonly interests: string;
  readonly consent: "yes" | "no";
}

export function profileDraftOf(actor: ParticipantActor | undefined): ProfileDraft {
  return {
    name: actor?.name ?? "",
    area: actor?.area ?? "",
    gifts: actor?.gifts.join(", ") ?? "",
    interests: actor?.interests.join(", ") ?? "",
    consent: actor?.consent === true ? "yes" : "no",
  };
}

/** The PUT body: trimmed text, tags in lower case, an empty area left out. */
export function profileOf(draft: ProfileDraft): Profile {
  const area = draft.area.trim();
  return {
    name: draft.name.trim(),
    ...(area === "" ? {} : { area }),
    gifts: tagsOf(draft.gifts),
    interests: tagsOf(draft.interests),
    consent: draft.consent === "yes",
  };
}
