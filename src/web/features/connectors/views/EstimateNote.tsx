import { useTranslation } from "react-i18next";
import { bridgingIn, percentIn } from "../../../../analysis/index.js";
import { useAnalysis } from "../../../app/explorer-model.js";
import { highestBridging } from "../state.js";

/**
 * Says so when bridging, closeness and reach were estimated from pivots (large networks), and how well:
 * the guaranteed bound, set beside the highest figure, which it dwarfs in a large network; then the
 * error measured on this network, between two halves of the pivots.
 */
export function EstimateNote() {
  const { t, i18n } = useTranslation();
  const { sampling, actors } = useAnalysis();
  if (sampling === null || sampling === undefined) return null;
  return (
    <p className="panel-intro" data-testid="estimate-note">
      {t("estimates.note", { pivots: sampling.pivots.toLocaleString(i18n.language), seed: sampling.seed })}
      {sampling.typicalError !== null && (
        <>
          {" "}
          {t("estimates.typical", {
            count: sampling.typicalError.actors,
            typical: percentIn(i18n.language, sampling.typicalError.relative),
          })}
        </>
      )}{" "}
      {t("estimates.bound", {
        epsilon: sampling.epsilon.toLocaleString(i18n.language, { maximumFractionDigits: 3 }),
        confidence: (1 - sampling.delta).toLocaleString(i18n.language, { style: "percent" }),
        highest: bridgingIn(i18n.language, highestBridging(actors)),
      })}
    </p>
  );
}
