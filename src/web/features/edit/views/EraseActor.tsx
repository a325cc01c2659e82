import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Actor } from "../../../../model/index.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { select } from "../../view/state.js";
import { useEditor } from "../editor.js";

/** Admin only: erasing asks first, and says that it erases the actor and every tie. */
export function EraseActor({ actor, onErased }: { readonly actor: Actor; readonly onErased: () => void }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const editor = useEditor();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const ties = model.network.ties.filter((tie) => tie.source === actor.id || tie.target === actor.id);
  const keep = useRef<HTMLButtonElement>(null);
  // The question shows below the form's buttons: bring it into view, with "Cancel" as the safe default.
  useEffect(() => {
    if (!asking) return;
    keep.current?.scrollIntoView({ block: "nearest" });
    keep.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)} data-testid="actor-erase">
        {t("edit.erase.button")}
      </button>
    );
  }
  const erase = () =>
    editor
      .eraseActor(actor, ties)
      .then(() => {
        model.update(select(undefined));
        onErased();
      })
      .catch(setFailure);
  return (
    <div className="edit-confirm" role="alertdialog" aria-labelledby="erase-question">
      <p id="erase-question">{t("edit.erase.question", { name: actor.name, count: ties.length })}</p>
      <button type="button" className="danger" onClick={erase} data-testid="actor-erase-confirm">
        {t("edit.erase.confirm")}
      </button>
      <button type="button" ref={keep} onClick={() => setAsking(false)}>
        {t("edit.cancel")}
      </button>
      {failure !== undefined && <ErrorMessage error={failure} />}
    </div>
  );
}
