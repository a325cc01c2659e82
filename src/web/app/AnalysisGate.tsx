import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "./explorer-model.js";

/** Shows its children once the analysis has arrived, and says it is being computed until then. */
export function AnalysisGate({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { analysis } = useExplorer();
  if (analysis === undefined) {
    return (
      <p className="computing" role="status" data-testid="analysis-pending">
        {t("analysis.computing")}
      </p>
    );
  }
  return children;
}
