import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.js";
import { problemsByField } from "../../edit/actor-form.js";
import { Field, problemProps } from "../../edit/views/Field.js";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { openWorkshop, type Workshop } from "../api.js";

const today = () => new Date().toISOString().slice(0, 10);

/** Opens a workshop: a title and the day; the server makes the code. */
export function OpenWorkshopForm({ onOpened }: { readonly onOpened: (workshop: Workshop) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [date, setDate] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const problems = error instanceof ApiError ? problemsByField(error.issues, ["title", "date"]) : new Map();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      onOpened(await openWorkshop(title.trim(), date));
      setError(undefined);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="workshop-open" onSubmit={submit} noValidate aria-labelledby="workshop-open-title">
      <h3 id="workshop-open-title">{t("workshop.open.title")}</h3>
      <Field id="workshop-title" label={t("workshop.open.name")} problems={problems.get("title")}>
        <input
          {...problemProps("workshop-title", problems.get("title"))}
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.target.value)}
          data-autofocus
        />
      </Field>
      <Field id="workshop-date" label={t("workshop.open.date")} problems={problems.get("date")}>
        <input
          {...problemProps("workshop-date", problems.get("date"))}
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
      </Field>
      {error !== undefined && problems.size === 0 && <ErrorMessage error={error} />}
      {problems.get("") !== undefined && <p className="field-problem">{problems.get("")?.join(" ")}</p>}
      <button type="submit" className="primary" disabled={busy} data-testid="workshop-open">
        {t("workshop.open.submit")}
      </button>
    </form>
  );
}
