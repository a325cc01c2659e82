import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Workshop } from "../api.js";
import { joinUrl, spacedCode } from "../state.js";
import { QrCode } from "./QrCode.js";

/** The screen the room reads from the back: the link, the code in big letters, and its QR code. */
export function JoinDisplay({ workshop, onClose }: { readonly workshop: Workshop; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const url = joinUrl(globalThis.location.origin, workshop.joinPath);
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="join-display"
      aria-labelledby="join-display-title"
      data-testid="join-display"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="join-display-words">
        <h2 id="join-display-title">{workshop.title}</h2>
        <p className="join-display-step">{t("workshop.display.scan")}</p>
        <p className="join-display-step">{t("workshop.display.orGoTo")}</p>
        <p className="join-display-url" data-testid="join-url">
          {url}
        </p>
        <p className="join-display-step">{t("workshop.display.code")}</p>
        <p className="join-display-code" data-testid="join-code">
          {spacedCode(workshop.code)}
        </p>
        <p className="join-display-count" aria-live="polite" data-testid="join-participants">
          {t("workshop.participants", { count: workshop.participants })}
        </p>
      </div>
      <QrCode text={url} label={t("workshop.display.qr", { url })} />
      <button type="button" className="close join-display-close" onClick={onClose} aria-label={t("edit.close")}>
        ×
      </button>
    </dialog>
  );
}
