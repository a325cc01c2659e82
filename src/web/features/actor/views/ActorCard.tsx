import { useTranslation } from "react-i18next";
import { bridgingIn } from "../../../../analysis/index.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { ActorConsent } from "../../consent/views/ActorConsent.js";
import { ActorEditActions } from "../../edit/views/ActorEditActions.js";
import { ActorFollowUps } from "../../followups/views/ActorFollowUps.js";
import { select } from "../../view/state.js";
import { clustersReached, employersOf, headlineRole } from "../state.js";
import { ActorSuggestions } from "./ActorSuggestions.js";
import { ActorTies } from "./ActorTies.js";
import { BridgingSparkline } from "./BridgingSparkline.js";
import "../actor.css";

const MAX_CLUSTERS_NAMED = 3;

export function ActorCard({ id }: { readonly id: string }) {
  const { t, i18n } = useTranslation();
  const model = useExplorer();
  const actor = model.actor(id);
  const analysed = model.analysed(id);
  if (actor === undefined) return null;
  const role = analysed === undefined ? "absent" : headlineRole(analysed);
  const cutOff = analysed?.cutOff ?? 0;
  // A resident with a paid role is a professional on the card, as on the map, in the legend and the filters.
  const employers = actor.kind === "resident" ? employersOf(model.network, id, model.year) : [];
  const listClusters = (names: readonly string[]) =>
    names.length > MAX_CLUSTERS_NAMED
      ? `${names.slice(0, MAX_CLUSTERS_NAMED).join(", ")}${t("card.and")}${t("card.moreClusters", { count: names.length - MAX_CLUSTERS_NAMED })}`
      : names.join(t("card.and"));
  const clusters = clustersReached(id, model.neighbours, (other) => model.analysed(other)?.community).map(
    model.clusterName,
  );
  return (
    <aside className="actor-card" aria-labelledby="actor-card-title" data-testid="actor-card">
      <header className="actor-card-header">
        <h2 id="actor-card-title">{model.nameOf(id)}</h2>
        <button
          type="button"
          className="close"
          onClick={() => model.update(select(undefined))}
          aria-label={t("card.close")}
        >
          ×
        </button>
      </header>
      <p className="actor-kind" data-testid="actor-kind">
        {employers.length > 0
          ? t("card.professional", { employers: employers.map(model.nameOf).join(t("card.and")) })
          : t(`kind.one.${actor.kind}`)}
        {actor.area !== undefined && !model.view.anonymous ? ` · ${actor.area}` : ""}
      </p>
      {model.analysis === undefined || (analysed === undefined && (model.analysing || model.updating)) ? (
        <p className="role-sentence computing" data-testid="role-sentence">
          {t("analysis.computing")}
        </p>
      ) : (
        <p className="role-sentence" data-testid="role-sentence">
          <strong>{t(`role.${role}.name`)}</strong> — {t(`role.${role}.sentence`, { clusters: listClusters(clusters) })}
          {cutOff > 0 && <> {t("card.cutOff", { count: cutOff })}</>}
        </p>
      )}
      <dl className="actor-facts">
        <dt>{t("card.gifts")}</dt>
        <dd>{actor.gifts.length > 0 ? actor.gifts.join(", ") : t("card.none")}</dd>
        <dt>{t("card.interests")}</dt>
        <dd>{actor.interests.length > 0 ? actor.interests.join(", ") : t("card.none")}</dd>
        {analysed !== undefined && (
          <>
            <dt>{t("centrality.degree")}</dt>
            <dd>{analysed.degree}</dd>
            <dt>{t("centrality.betweenness")}</dt>
            <dd>{bridgingIn(i18n.language, analysed.betweenness)}</dd>
          </>
        )}
      </dl>
      <BridgingSparkline id={id} />
      <ActorEditActions id={id} />
      <ActorTies id={id} />
      <ActorSuggestions id={id} />
      <ActorConsent id={id} />
      <ActorFollowUps id={id} />
    </aside>
  );
}
