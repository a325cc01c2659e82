import { type FormEvent, type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

interface FormDialogProps {
  readonly title: string;
  readonly testId: string;
  readonly onClose: () => void;
  readonly onSubmit?: () => void;
  readonly children: ReactNode;
}

/** A modal dialog: focus stays inside, Escape closes it, Enter in a field submits. */
export function FormDialog({ title, testId, onClose, onSubmit, children }: FormDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
    // The first field, not the close button: the form is for typing.
    element?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => element?.close();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
  };
  return (
    <dialog
      ref={dialog}
      className="edit-dialog"
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <header className="edit-dialog-header">
          <h2 id={`${testId}-title`}>{title}</h2>
          <button type="button" className="close" onClick={onClose} aria-label={t("edit.close")}>
            ×
          </button>
        </header>
        {children}
      </form>
    </dialog>
  );
}
