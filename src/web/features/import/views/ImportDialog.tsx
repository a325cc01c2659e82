import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../edit/views/FormDialog.js";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { type PartPreview, previewCsvFile, previewWorkbook } from "../read-preview.js";
import {
  columnsField,
  IMPORT_PARTS,
  type ImportPart,
  type ImportProblem,
  initialMapping,
  type Mappings,
  NO_MAPPINGS,
  percent,
  rememberedMappings,
  rememberMappings,
} from "../state.js";
import { ImportRefused, type ImportSummary, uploadImport } from "../upload.js";
import { PreviewTable } from "./PreviewTable.js";
import { ProblemList } from "./ProblemList.js";
import "../import.css";

type Source = "csv" | "workbook";
type Phase =
  | { readonly step: "choosing" }
  | { readonly step: "uploading"; readonly percent: number | undefined }
  | { readonly step: "checking" }
  | { readonly step: "done"; readonly summary: ImportSummary }
  | { readonly step: "refused"; readonly problems: readonly ImportProblem[] }
  | { readonly step: "failed"; readonly error: unknown };

const storage = () => (typeof localStorage === "undefined" ? undefined : localStorage);

/** Upload two CSV files or one workbook: a preview, the column mapping, then all or nothing. */
export function ImportDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const [source, setSource] = useState<Source>("workbook");
  const [files, setFiles] = useState<Partial<Record<ImportPart | "workbook", File>>>({});
  const [previews, setPreviews] = useState<Partial<Record<ImportPart, PartPreview>>>({});
  const [mappings, setMappings] = useState<Mappings>(NO_MAPPINGS);
  const [phase, setPhase] = useState<Phase>({ step: "choosing" });
  const busy = phase.step === "uploading" || phase.step === "checking";

  const showPreview = (part: ImportPart, preview: PartPreview) => {
    setPreviews((before) => ({ ...before, [part]: preview }));
    if ("preview" in preview) {
      // What was chosen for these names in this dialog (another file tried), else the last upload's.
      const remembered = rememberedMappings(storage())[part];
      setMappings((before) => ({
        ...before,
        [part]: initialMapping(part, preview.preview.header, { ...remembered, ...before[part] }),
      }));
    }
  };
  const choose = async (slot: ImportPart | "workbook", file: File | undefined) => {
    setFiles((before) => ({ ...before, [slot]: file }));
    setPhase({ step: "choosing" });
    if (file === undefined) return;
    if (slot === "workbook") {
      const sheets = await previewWorkbook(file);
      for (const part of IMPORT_PARTS) showPreview(part, sheets[part]);
    } else showPreview(slot, await previewCsvFile(file));
  };
  const switchSource = (next: Source) => {
    setSource(next);
    setFiles({});
    setPreviews({});
    setMappings(NO_MAPPINGS);
    setPhase({ step: "choosing" });
  };

  const ready =
    source === "workbook" ? files.workbook !== undefined : files.nodes !== undefined && files.ties !== undefined;
  const submit = async () => {
    if (!ready || busy) return;
    const form = new FormData();
    const columns = columnsField(mappings);
    if (columns !== undefined) form.append("columns", columns);
    for (const slot of source === "workbook" ? (["workbook"] as const) : IMPORT_PARTS) {
      const file = files[slot];
      if (file !== undefined) form.append(slot, file, file.name);
    }
    setPhase({ step: "uploading", percent: 0 });
    try {
      const summary = await uploadImport(
        form,
        (loaded, total) => setPhase({ step: "uploading", percent: percent(loaded, total) }),
        () => setPhase({ step: "checking" }),
      );
      rememberMappings(storage(), mappings);
      setPhase({ step: "done", summary });
    } catch (error) {
      setPhase(
        error instanceof ImportRefused && error.problems.length > 0
          ? { step: "refused", problems: error.problems }
          : { step: "failed", error },
      );
    }
  };

  const fileName = (part: ImportPart) =>
    source === "workbook" ? `${files.workbook?.name ?? ""} [${part}]` : (files[part]?.name ?? "");
  const fileInput = (slot: ImportPart | "workbook", label: string, accept: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        type="file"
        accept={accept}
        disabled={busy}
        data-testid={`import-file-${slot}`}
        onChange={(event) => void choose(slot, event.target.files?.[0])}
      />
    </label>
  );

  return (
    <FormDialog title={t("import.title")} testId="import-dialog" onClose={onClose} onSubmit={() => void submit()}>
      <fieldset className="import-source" disabled={busy}>
        <legend>{t("import.source")}</legend>
        {(["workbook", "csv"] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="import-source"
              checked={source === option}
              onChange={() => switchSource(option)}
              data-testid={`import-source-${option}`}
            />{" "}
            {t(option === "csv" ? "import.sourceCsv" : "import.sourceWorkbook")}
          </label>
        ))}
      </fieldset>
      {source === "workbook" ? (
        fileInput(
          "workbook",
          t("import.workbookFile"),
          ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
      ) : (
        <>
          {fileInput("nodes", t("import.nodesFile"), ".csv,text/csv")}
          {fileInput("ties", t("import.tiesFile"), ".csv,text/csv")}
        </>
      )}
      {IMPORT_PARTS.map((part) => {
        const preview = previews[part];
        if (preview === undefined) return null;
        if ("problem" in preview) {
          const key =
            preview.problem === "noSheet"
              ? "import.noSheet"
              : preview.problem === "tooLarge"
                ? "import.previewTooLarge"
                : "import.previewUnavailable";
          return (
            <p key={part} className="muted" data-testid={`import-preview-${part}`}>
              {t(key, { name: fileName(part), sheet: part })}
            </p>
          );
        }
        return (
          <PreviewTable
            key={part}
            part={part}
            name={fileName(part)}
            preview={preview.preview}
            mapping={mappings[part]}
            onMapping={(mapping) => setMappings((before) => ({ ...before, [part]: mapping }))}
          />
        );
      })}
      <p className="muted">{t("import.allOrNothing")}</p>
      {phase.step === "uploading" && (
        <label className="import-progress">
          <span>{t("import.uploading")}</span>{" "}
          <progress max={100} value={phase.percent} aria-label={t("import.progress")} data-testid="import-progress" />
        </label>
      )}
      {phase.step === "checking" && (
        <p className="muted" role="status">
          {t("import.checking")}
        </p>
      )}
      {phase.step === "refused" && <ProblemList problems={phase.problems} />}
      {phase.step === "failed" && <ErrorMessage error={phase.error} />}
      {phase.step === "done" && (
        <p className="message" role="status" data-testid="import-done">
          {phase.summary.actorsCreated +
            phase.summary.actorsUpdated +
            phase.summary.tiesCreated +
            phase.summary.tiesUpdated ===
          0
            ? t("import.unchanged")
            : t("import.done", { ...phase.summary })}
        </p>
      )}
      <div className="edit-actions">
        <button type="button" onClick={onClose}>
          {t("edit.close")}
        </button>
        <button
          type="submit"
          disabled={!ready || busy}
          title={ready ? undefined : t("import.chooseFirst")}
          data-testid="import-submit"
        >
          {t("import.submit")}
        </button>
      </div>
    </FormDialog>
  );
}
