import { useTranslation } from "react-i18next";
import { followUpActorIds } from "../../../../model/index.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { firstSuggestionFor } from "../../unconnected/state.js";
import { aboutNames, followUpOfFinding, kindFrom } from "../state.js";
import { useFollowUps, useWhoAmI } from "../use-follow-ups.js";
import { FollowUpButton } from "./FollowUpButton.js";

/** On the actor card: the follow-ups naming this actor, and buttons to follow them (or their first suggestion) up. */
export function ActorFollowUps({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const { followUps } = useFollowUps(model.network);
  const { canWrite } = useWhoAmI();
  const about = (followUps ?? []).filter((followUp) => followUpActorIds(followUp).includes(id));
  const suggestion = firstSuggestionFor(model.analysis?.suggestions ?? []).get(id);
  return (
    <section aria-labelledby="actor-followups-title" data-testid="actor-followups">
      <h3 id="actor-followups-title">{t("followups.title")}</h3>
      {about.length === 0 && !canWrite && <p>{t("followups.none")}</p>}
      {about.length > 0 && (
        <ul className="finding-list">
          {about.map((followUp) => (
            <li key={followUp.id} data-status={followUp.status}>
              {aboutNames(followUp, model.nameOf)}: {t(`followups.status.${followUp.status}`)} ({followUp.assignee})
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <p className="follow-up-controls">
          <FollowUpButton about={[id]} label={t("followups.followUpActor")} />
          {suggestion !== undefined && (
            <FollowUpButton
              {...followUpOfFinding(suggestion, kindFrom(model.actor))}
              label={t("followups.followUpSuggestion")}
            />
          )}
        </p>
      )}
    </section>
  );
}
