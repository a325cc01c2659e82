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
  if (sigma === undefined) return null;
  return (
    <div className="graph-toolbar" role="toolbar" aria-label={t("export.toolbar")}>
      <button type="button" onClick={onLayoutToggle} aria-pressed={layoutRunning} data-testid="layout-toggle">
        {layoutRunning ? t("layout.stop") : t("layout.start")}
      </button>
      <button
        type="button"
        data-testid="export-png"
        onClick={() => void renderPng(sigma, legend, title).then((blob) => download(blob, `${fileStem}.png`))}
      >
        {t("export.png")}
      </button>
      <button
        type="button"
        data-testid="export-svg"
        onClick={() =>
          download(new Blob([renderSvg(sigma, legend, title)], { type: "image/svg+xml" }), `${fileStem}.svg`)
        }
      >
        {t("export.svg")}
      </button>
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
