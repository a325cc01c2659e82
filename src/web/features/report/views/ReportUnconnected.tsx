import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { firstSuggestionFor, groupUnconnected } from "../../unconnected/state.js";
import { listedPart } from "../lists.js";
import { MoreLine } from "./MoreLine.js";

/** Residents not connected yet, by status: the first few with the introduction suggested, the rest counted. */
export function ReportUnconnected({ limit }: { readonly limit: number }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const analysis = useAnalysis();
  const groups = useMemo(() => groupUnconnected(analysis.actors), [analysis]);
  const suggestions = useMemo(() => firstSuggestionFor(analysis.suggestions), [analysis]);
  return (
    <section aria-labelledby="report-unconnected" data-testid="report-unconnected">
      <h2 id="report-unconnected">{t("unconnected.title")}</h2>
      <p className="panel-intro">{t("unconnected.intro")}</p>
      {[...groups].map(([status, actors]) => {
        const part = listedPart(actors, limit);
        return (
          <section key={status} aria-labelledby={`report-status-${status}`}>
            <h3 id={`report-status-${status}`}>
              {t(`status.${status}.title`)} <span className="count">({actors.length})</span>
            </h3>
            <p className="muted">{t(`status.${status}.explain`)}</p>
            <ul className="actor-list">
              {part.shown.map((actor) => {
                const suggestion = suggestions.get(actor.id);
                return (
                  <li key={actor.id}>
                    {model.nameOf(actor.id)}
                    {suggestion !== undefined && <p className="suggestion">{model.describe(suggestion.message)}</p>}
                  </li>
                );
              })}
              <MoreLine as="li" count={part.more} />
            </ul>
          </section>
        );
      })}
    </section>
  );
}
