import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { useEditor } from "../editor.js";
import "../edit.css";

/** Add an actor or a tie, and undo or redo this page's own edits; only for editors and admins. */
export function EditToolbar() {
  const { t } = useTranslation();
  const editor = useEditor();
  if (!editor.canEdit) return null;
  return (
    <div className="edit-toolbar" role="toolbar" aria-label={t("edit.toolbar")} data-testid="edit-toolbar">
      {/* Short words on the button (Dutch needs them to keep the header on one line), the full ones as its name. */}
      <button
        type="button"
        onClick={() => editor.openForm({ form: "actor" })}
        aria-label={t("edit.actor.addTitle")}
        title={t("edit.actor.addTitle")}
        data-testid="add-actor"
      >
        {t("edit.actor.addShort")}
      </button>
      <button
        type="button"
        onClick={() => editor.openForm({ form: "tie" })}
        aria-label={t("edit.tie.addTitle")}
        title={t("edit.tie.addTitle")}
        data-testid="add-tie"
      >
        {t("edit.tie.addShort")}
      </button>
      <button
        type="button"
        onClick={editor.undo}
        disabled={!editor.canUndo || editor.busy}
        aria-keyshortcuts="Control+Z"
        aria-label={t("edit.undo")}
        title={t("edit.undoHint")}
        data-testid="undo"
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        onClick={editor.redo}
        disabled={!editor.canRedo || editor.busy}
        aria-keyshortcuts="Control+Shift+Z"
        aria-label={t("edit.redo")}
        title={t("edit.redoHint")}
        data-testid="redo"
      >
        <span aria-hidden="true">↷</span>
      </button>
      {editor.error !== undefined && <ErrorMessage error={editor.error} />}
    </div>
  );
}
