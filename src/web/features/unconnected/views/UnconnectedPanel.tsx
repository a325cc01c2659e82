import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { AnalysedActor, Suggestion } from "../../../api/types.js";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { ShowMore, useShownRows } from "../../../app/ShowMore.js";
import { followUpOfFinding, kindFrom } from "../../followups/state.js";
import { FollowUpButton } from "../../followups/views/FollowUpButton.js";
import { select } from "../../view/state.js";
import { firstSuggestionFor, groupUnconnected, type UnconnectedStatus } from "../state.js";
import { Introducer } from "./Introducer.js";

export function UnconnectedPanel() {
  const { t } = useTranslation();
  const analysis = useAnalysis();
  const groups = useMemo(() => groupUnconnected(analysis.actors), [analysis]);
  const suggestions = useMemo(() => firstSuggestionFor(analysis.suggestions), [analysis]);
  return (
    <section aria-labelledby="unconnected-title" data-testid="unconnected-panel">
      <h2 id="unconnected-title">{t("unconnected.title")}</h2>
      <p className="panel-intro">{t("unconnected.intro")}</p>
      {[...groups].map(([status, actors]) => (
        <StatusList key={status} status={status} actors={actors} suggestions={suggestions} />
      ))}
    </section>
  );
}

interface StatusListProps {
  readonly status: UnconnectedStatus;
  readonly actors: readonly AnalysedActor[];
  readonly suggestions: ReadonlyMap<string, Suggestion>;
}

function StatusList({ status, actors, suggestions }: StatusListProps) {
  const { t } = useTranslation();
  const model = useExplorer();
  const [shown, showMore] = useShownRows();
  return (
    <section aria-labelledby={`status-${status}`}>
      <h3 id={`status-${status}`}>
        {t(`status.${status}.title`)} <span className="count">({actors.length})</span>
      </h3>
      <p className="muted">{t(`status.${status}.explain`)}</p>
      <ul className="actor-list" data-testid={`status-${status}`}>
        {actors.slice(0, shown).map((actor) => {
          const suggestion = suggestions.get(actor.id);
          return (
            <li key={actor.id} data-actor-id={actor.id}>
              <button type="button" className="link" onClick={() => model.update(select(actor.id))}>
                {model.nameOf(actor.id)}
              </button>
              {suggestion !== undefined && <p className="suggestion">{model.describe(suggestion.message)}</p>}
              {suggestion?.introducer != null && <Introducer id={suggestion.introducer} />}
              <FollowUpButton
                {...(suggestion === undefined
                  ? { about: [actor.id] }
                  : followUpOfFinding(suggestion, kindFrom(model.actor)))}
              />
            </li>
          );
        })}
      </ul>
      <ShowMore shown={shown} total={actors.length} onMore={showMore} testId={`status-${status}-more`} />
    </section>
  );
}
