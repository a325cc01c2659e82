import { useTranslation } from "react-i18next";
import { YearComparison } from "./YearComparison.js";

/** The explorer's tab: two years side by side. */
export function ComparePanel() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="compare-title" data-testid="compare-panel">
      <h2 id="compare-title">{t("compare.title")}</h2>
      <p className="panel-intro">{t("compare.intro")}</p>
      <YearComparison />
    </section>
  );
}
