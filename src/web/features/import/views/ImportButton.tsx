import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useEditor } from "../../edit/editor.js";
import { ImportDialog } from "./ImportDialog.js";

/** The header's way into the import dialog; only editors and admins see it. */
export function ImportButton() {
  const { t } = useTranslation();
  const editor = useEditor();
  const [open, setOpen] = useState(false);
  if (!editor.canEdit) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-testid="open-import">
        {t("import.open")}
      </button>
      {open && <ImportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
