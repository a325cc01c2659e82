import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useEditor } from "../../edit/editor.js";
import { WorkshopDialog } from "./WorkshopDialog.js";

/** The facilitator's way in (editors and admins): open a workshop, show its code, review its entries. */
export function WorkshopButton() {
  const { t } = useTranslation();
  const editor = useEditor();
  const [open, setOpen] = useState(false);
  if (!editor.canEdit) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-testid="open-workshops">
        {t("workshop.button")}
      </button>
      {open && <WorkshopDialog onClose={() => setOpen(false)} />}
    </>
  );
}
