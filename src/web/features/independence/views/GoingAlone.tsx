import { useTranslation } from "react-i18next";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { select } from "../../view/state.js";
import { independenceShown } from "../state.js";
import "../independence.css";
import { ActorChips } from "../../../app/ActorChips.js";

/** Is the network going it alone? The commissioner's sentences, and who stands without paid help. */
export function GoingAlone() {
  const { t } = useTranslation();
  const model = useExplorer();
  const analysis = useAnalysis();
  const shown = independenceShown(analysis, model.year);
  if (shown === undefined) return null;
  const { independence } = shown;
  const chips = (ids: readonly string[]) =>
    ids.length === 0 ? <p>{t("independence.nobody")}</p> : <ActorChips ids={ids} />;
  return (
    <section aria-labelledby="going-alone-title" className="going-alone" data-testid="going-alone">
      <h3 id="going-alone-title">{t("independence.title")}</h3>
      <p className="quote" data-testid="independence-year">
        {model.describe(independence.message)}
      </p>
      {analysis.independence.message !== null && (
        <p className="quote" data-testid="independence-span">
          {model.describe(analysis.independence.message)}
        </p>
      )}
      <h4>{t("independence.cutOff", { year: shown.year, count: independence.cutOffWithoutPaid.length })}</h4>
      {chips(independence.cutOffWithoutPaid)}
      <h4>{t("independence.professionals", { year: shown.year, count: independence.professionals.length })}</h4>
      {chips(independence.professionals)}
      <h4>{t("independence.wentAlone")}</h4>
      {analysis.independence.wentAlone.length === 0 ? (
        <p>{t("independence.nobody")}</p>
      ) : (
        <ul className="went-alone">
          {analysis.independence.wentAlone.map((entry) => (
            <li key={entry.group}>
              <button type="button" className="link" onClick={() => model.update(select(entry.group))}>
                {model.nameOf(entry.group)}
              </button>{" "}
              ({entry.year})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
