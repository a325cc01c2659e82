import { useTranslation } from "react-i18next";
import {
  type ColumnMapping,
  type ImportPart,
  mapColumn,
  missingColumns,
  type Preview,
  unknownColumns,
  WEAVE_COLUMNS,
} from "../state.js";

interface PreviewTableProps {
  readonly part: ImportPart;
  readonly name: string;
  readonly preview: Preview;
  readonly mapping: ColumnMapping;
  readonly onMapping: (mapping: ColumnMapping) => void;
}

/** The first rows of one file or sheet, and a choice of Weave column for each column it does not know. */
export function PreviewTable({ part, name, preview, mapping, onMapping }: PreviewTableProps) {
  const { t } = useTranslation();
  const unknown = unknownColumns(part, preview.header);
  const present = new Set(preview.header.map((column) => column.trim().toLowerCase()));
  const missing = missingColumns(part, preview.header, mapping);
  return (
    <section className="import-preview" data-testid={`import-preview-${part}`}>
      <h3>{t("import.preview", { name })}</h3>
      <div className="import-table-scroll">
        <table>
          <thead>
            <tr>
              {preview.header.map((column, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional and may repeat
                <th key={index} scope="col">
                  {column}
                  {mapping[column.trim()] !== undefined && <span className="muted"> → {mapping[column.trim()]}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, rowIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the preview's rows never move
              <tr key={rowIndex}>
                {preview.header.map((_, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                  <td key={index}>{row[index] ?? ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unknown.length > 0 && (
        <fieldset className="import-mapping">
          <legend>{t("import.mapTitle")}</legend>
          <p className="muted">{t("import.mapHint")}</p>
          {unknown.map((column) => (
            <label key={column} className="field">
              <span>{t("import.mapTo", { column })}</span>
              <select
                value={mapping[column] ?? ""}
                onChange={(event) => onMapping(mapColumn(column, event.target.value)(mapping))}
                data-testid={`import-map-${part}-${column}`}
              >
                <option value="">{t("import.keepOwn")}</option>
                {WEAVE_COLUMNS[part]
                  .filter((target) => !present.has(target))
                  .map((target) => (
                    <option key={target} value={target}>
                      {target}
                    </option>
                  ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {missing.length > 0 && (
        <p className="error" data-testid={`import-missing-${part}`}>
          {t("import.missing", { list: missing.join(", ") })}
        </p>
      )}
    </section>
  );
}
