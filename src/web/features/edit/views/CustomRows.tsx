import { useTranslation } from "react-i18next";
import type { ActorDraft } from "../actor-form.js";

interface CustomRowsProps {
  readonly rows: ActorDraft["custom"];
  readonly problems: readonly string[] | undefined;
  readonly onChange: (rows: ActorDraft["custom"]) => void;
}

/** Custom attributes as name/value rows: any column a CSV import brought, or a new one. */
export function CustomRows({ rows, problems, onChange }: CustomRowsProps) {
  const { t } = useTranslation();
  const set = (index: number, field: "key" | "value", value: string) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, [field]: value } : row)));
  return (
    <fieldset className="edit-custom" aria-describedby={problems === undefined ? undefined : "actor-custom-problem"}>
      <legend>{t("edit.actor.custom")}</legend>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place while typed.
        <div key={index} className="edit-custom-row">
          <input
            aria-label={t("edit.actor.customName")}
            value={row.key}
            onChange={(event) => set(index, "key", event.target.value)}
          />
          <input
            aria-label={t("edit.actor.customValue")}
            value={row.value}
            onChange={(event) => set(index, "value", event.target.value)}
          />
          <button
            type="button"
            aria-label={t("edit.actor.customRemove", { name: row.key })}
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
          >
            −
          </button>
        </div>
      ))}
      <button type="button" className="link" onClick={() => onChange([...rows, { key: "", value: "" }])}>
        {t("edit.actor.customAdd")}
      </button>
      {problems !== undefined && (
        <p id="actor-custom-problem" className="field-problem" role="alert">
          {problems.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
