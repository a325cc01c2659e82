import { useState } from "react";
import { useTranslation } from "react-i18next";
import { exportUrl } from "../../../api/client.js";
import { EXPORT_FORMATS } from "../../../api/types.js";
import { useExplorer } from "../../../app/explorer-model.js";
import type { LegendModel } from "../../graph/legend.js";
import { useSigma } from "../../graph/views/sigma-context.js";
import { download, renderPng } from "../png.js";
import { renderSvg } from "../svg.js";
import "../export.css";

interface ExportToolbarProps {
  readonly legend: LegendModel;
  readonly title: string;
  readonly fileStem: string;
  readonly layoutRunning: boolean;
  readonly onLayoutToggle: () => void;
}

/** Picture exports of what is on screen, data exports through the API, and the layout switch. */
export function ExportToolbar({ legend, title, fileStem, layoutRunning, onLayoutToggle }: ExportToolbarProps) {
  const { t } = useTranslation();
  const sigma = useSigma();
  // With names hidden on screen, a download hides them too: the server pseudonymises every resident.
  const { anonymous } = useExplorer().view;
  const [poster, setPoster] = useState(false);
  if (sigma === undefined) return null;
  const stem = poster ? `${fileStem}-poster` : fileStem;
  return (
    <div className="graph-toolbar" role="toolbar" aria-label={t("export.toolbar")}>
      <button type="button" onClick={onLayoutToggle} aria-pressed={layoutRunning} data-testid="layout-toggle">
        {layoutRunning ? t("layout.stop") : t("layout.start")}
      </button>
      <button
        type="button"
        data-testid="export-png"
        onClick={() => void renderPng(sigma, legend, title, { poster }).then((blob) => download(blob, `${stem}.png`))}
      >
        {t("export.png")}
      </button>
      <button
        type="button"
        data-testid="export-svg"
        onClick={() =>
          download(new Blob([renderSvg(sigma, legend, title, { poster })], { type: "image/svg+xml" }), `${stem}.svg`)
        }
      >
        {t("export.svg")}
      </button>
      <label className="poster-size">
        <input
          type="checkbox"
          checked={poster}
          onChange={(event) => setPoster(event.target.checked)}
          data-testid="export-poster"
        />{" "}
        {t("export.poster")}
      </label>
      <details className="data-exports">
        <summary>{t("export.data")}</summary>
        <ul>
          {EXPORT_FORMATS.map((format) => (
            <li key={format}>
              <a href={exportUrl(format, anonymous)} download>
                {t(`export.format.${format}`)}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
