import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import "../edit.css";

/** Says in words what the map highlights: the actors and ties just added, on any screen. */
export function FreshNotice() {
  const { t } = useTranslation();
  const model = useExplorer();
  const actors = [...model.fresh.actors].filter((id) => model.actor(id) !== undefined);
  const ties = model.network.ties.filter((tie) => model.fresh.ties.has(tie.id));
  return (
    <div className="fresh-notice" role="status" data-testid="fresh-notice">
      {(actors.length > 0 || ties.length > 0) && (
        <p>
          <span className="fresh-dot" aria-hidden="true" />
          {t("edit.fresh", {
            list: [
              ...actors.map((id) => model.nameOf(id)),
              ...ties.map((tie) => `${model.nameOf(tie.source)} ${t(`tie.${tie.type}`)} ${model.nameOf(tie.target)}`),
            ].join(", "),
          })}
        </p>
      )}
    </div>
  );
}
