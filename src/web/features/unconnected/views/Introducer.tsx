import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { select } from "../../view/state.js";

/** The person to ask, a link to their card. */
export function Introducer({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const model = useExplorer();
  return (
    <p className="involved">
      {t("card.introducer")}{" "}
      <button type="button" className="chip" data-testid="introducer" onClick={() => model.update(select(id))}>
        {model.nameOf(id)}
      </button>
    </p>
  );
}
