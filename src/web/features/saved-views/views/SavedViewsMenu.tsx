import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SavedView } from "../../../../model/index.js";
import { useEditor } from "../../edit/editor.js";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { useSavedViews } from "./SavedViewsProvider.js";
import "../saved-views.css";

/** The header's "Saved views": save what the map shows under a name; open, rename, delete, share. */
export function SavedViewsMenu() {
  const { t } = useTranslation();
  const { canEdit } = useEditor();
  const saved = useSavedViews();
  const [name, setName] = useState("");

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") return;
    saved.save(name.trim()).then(
      () => setName(""),
      () => undefined,
    );
  };

  return (
    <details className="saved-views" data-testid="saved-views">
      <summary>{t("savedViews.open")}</summary>
      <div className="saved-views-panel">
        {canEdit && (
          <form className="saved-views-save" onSubmit={onSave}>
            <label>
              <span>{t("savedViews.name")}</span>
              <input
                value={name}
                maxLength={100}
                onChange={(event) => setName(event.target.value)}
                data-testid="saved-view-name"
              />
            </label>
            <button type="submit" disabled={name.trim() === ""} data-testid="save-view">
              {t("savedViews.save")}
            </button>
          </form>
        )}
        {saved.error !== undefined && <ErrorMessage error={saved.error} />}
        {saved.views !== undefined && saved.views.length === 0 && <p className="muted">{t("savedViews.none")}</p>}
        <ol className="saved-views-list">
          {saved.views?.map((view) => (
            <SavedViewRow key={view.id} view={view} canEdit={canEdit} />
          ))}
        </ol>
      </div>
    </details>
  );
}

function SavedViewRow({ view, canEdit }: { readonly view: SavedView; readonly canEdit: boolean }) {
  const { t } = useTranslation();
  const saved = useSavedViews();
  const [renaming, setRenaming] = useState<string>();

  if (renaming !== undefined) {
    const onRename = (event: FormEvent) => {
      event.preventDefault();
      if (renaming.trim() === "") return;
      saved.rename(view.id, renaming.trim()).then(
        () => setRenaming(undefined),
        () => undefined,
      );
    };
    return (
      <li>
        <form className="saved-views-rename" onSubmit={onRename}>
          <label>
            <span className="visually-hidden">{t("savedViews.newName", { name: view.name })}</span>
            <input value={renaming} maxLength={100} onChange={(event) => setRenaming(event.target.value)} />
          </label>
          <button type="submit">{t("savedViews.saveName")}</button>
          <button type="button" className="link" onClick={() => setRenaming(undefined)}>
            {t("savedViews.cancel")}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li>
      <a
        href={`?view=${encodeURIComponent(view.id)}`}
        onClick={(event) => {
          event.preventDefault();
          saved.open(view);
        }}
        data-testid="saved-view"
      >
        {view.name}
      </a>
      {canEdit && (
        <span className="saved-views-actions">
          <button
            type="button"
            className="link"
            onClick={() => setRenaming(view.name)}
            aria-label={t("savedViews.renameOne", { name: view.name })}
          >
            {t("savedViews.rename")}
          </button>
          <button
            type="button"
            className="link"
            onClick={() => {
              if (globalThis.confirm(t("savedViews.confirmDelete", { name: view.name }))) {
                saved.remove(view.id).catch(() => undefined);
              }
            }}
            aria-label={t("savedViews.deleteOne", { name: view.name })}
          >
            {t("savedViews.delete")}
          </button>
        </span>
      )}
    </li>
  );
}
