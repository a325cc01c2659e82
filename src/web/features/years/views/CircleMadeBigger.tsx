import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { followUpsByYear } from "../../followups/state.js";
import { useFollowUps } from "../../followups/use-follow-ups.js";
import "../../followups/followups.css";

/** Per year, the follow-ups made and the ties that came of them: the circle made bigger. */
export function CircleMadeBigger() {
  const { t } = useTranslation();
  const model = useExplorer();
  const { followUps } = useFollowUps(model.network);
  const years = useMemo(() => followUpsByYear(followUps ?? []), [followUps]);
  return (
    <section className="circle-bigger" aria-labelledby="circle-bigger-title" data-testid="circle-bigger">
      <h3 id="circle-bigger-title">{t("followups.circleTitle")}</h3>
      {years.length === 0 ? (
        <p className="muted">{t("followups.circleNone")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("years.year")}</th>
              <th scope="col">{t("followups.circleMade")}</th>
              <th scope="col">{t("followups.circleConnected")}</th>
            </tr>
          </thead>
          <tbody>
            {years.map((entry) => (
              <tr key={entry.year} data-year={entry.year}>
                <th scope="row">{entry.year}</th>
                <td>{entry.made}</td>
                <td>{entry.connected}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
