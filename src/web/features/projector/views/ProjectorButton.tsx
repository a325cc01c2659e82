import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { setProjector } from "../../view/state.js";

/** The header's way in: the projector view, in full screen (a click may ask for it). */
export function ProjectorButton() {
  const { t } = useTranslation();
  const { update } = useExplorer();
  return (
    <button
      type="button"
      onClick={() => {
        document.documentElement.requestFullscreen?.().catch(() => undefined);
        update(setProjector(true));
      }}
      data-testid="open-projector"
    >
      {t("projector.open")}
    </button>
  );
}
