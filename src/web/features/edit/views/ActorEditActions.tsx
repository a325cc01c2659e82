import { useTranslation } from "react-i18next";
import { useEditor } from "../editor.js";

/** On the actor's card, for editors: change the actor, its ties, or tie it to someone. */
export function ActorEditActions({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const editor = useEditor();
  if (!editor.canEdit) return null;
  return (
    <div className="edit-card-actions">
      <button type="button" onClick={() => editor.openForm({ form: "actor", id })} data-testid="edit-actor">
        {t("edit.actor.edit")}
      </button>
      <button type="button" onClick={() => editor.openForm({ form: "ties", id })} data-testid="edit-ties">
        {t("edit.ties.open")}
      </button>
      <button type="button" onClick={() => editor.openForm({ form: "tie", first: id })} data-testid="tie-from-card">
        {t("edit.tie.addTitle")}
      </button>
    </div>
  );
}
