import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { FigureList } from "../../../app/FigureList.js";
import { useViewFigures } from "../../../workers/use-view-figures.js";
import { visibleNetwork } from "../state.js";

/** The figures of what the filters leave, computed in a Web Worker. */
export function ViewFiguresSummary() {
  const { t } = useTranslation();
  const model = useExplorer();
  const { network, analysis } = model;
  const { year } = model;
  const { kinds, tieTypes, area, cluster } = model.view;
  const filtered = useMemo(() => {
    const communities = new Map(analysis?.actors.map((actor) => [actor.id, actor.community]));
    return visibleNetwork(network, { year, kinds, tieTypes, area, cluster }, (id) => communities.get(id));
  }, [network, analysis, year, kinds, tieTypes, area, cluster]);
  const figures = useViewFigures(filtered);
  return (
    <section aria-labelledby="view-figures-title" aria-live="polite" data-testid="view-figures">
      <h3 id="view-figures-title">{t("filters.thisView")}</h3>
      {figures === undefined ? (
        <p>{t("filters.computing")}</p>
      ) : (
        <FigureList
          entries={[
            [t("figures.actors"), figures.actors],
            [t("figures.ties"), figures.ties],
            [t("figures.components"), figures.components],
            [t("figures.isolatedResidents"), figures.isolatedResidents],
            [t("figures.topBrokers"), figures.topBrokers.map(model.nameOf).join(", ") || "–"],
          ]}
        />
      )}
    </section>
  );
}
