import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProposedTie } from "../../../../model/index.js";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { createFollowUp } from "../api.js";
import { announceFollowUpsChanged } from "../use-follow-ups.js";
import "../followups.css";

interface FollowUpButtonProps {
  readonly about: readonly string[];
  readonly tie?: ProposedTie;
  readonly label?: string;
}

/** "Follow up": makes a follow-up (assigned to whoever clicks) of a suggestion or a resident. */
export function FollowUpButton({ about, tie, label }: FollowUpButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<"idle" | "saving" | "made" | { error: unknown }>("idle");
  if (state === "made") {
    return (
      <span className="follow-up-made" role="status" data-testid="follow-up-made">
        {t("followups.made")}
      </span>
    );
  }
  const start = () => {
    setState("saving");
    createFollowUp(tie === undefined ? { about } : { about, tie }).then(
      () => {
        setState("made");
        announceFollowUpsChanged();
      },
      (error: unknown) => setState({ error }),
    );
  };
  return (
    <span className="follow-up-button">
      <button type="button" className="chip" disabled={state === "saving"} onClick={start} data-testid="follow-up">
        {label ?? t("followups.followUp")}
      </button>
      {typeof state === "object" && <ErrorMessage error={state.error} />}
    </span>
  );
}
