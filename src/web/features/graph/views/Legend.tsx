import { useTranslation } from "react-i18next";
import type { ActorKind } from "../../../../model/index.js";
import type { LegendModel } from "../legend.js";

/** The same shapes as the WebGL node programs, in a 16×16 box. */
function Swatch({ kind, colour }: { readonly kind: ActorKind | undefined; readonly colour: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {kind === "institution" ? (
        <rect x="2.5" y="2.5" width="11" height="11" fill={colour} />
      ) : kind === "place" ? (
        <path d="M8 1.5 L14.5 8 L8 14.5 L1.5 8 Z" fill={colour} />
      ) : (
        <circle cx="8" cy="8" r="6" fill={colour} />
      )}
      {kind === "group" && <circle cx="8" cy="8" r="3.3" fill="none" stroke="#fff" strokeWidth="1.8" />}
    </svg>
  );
}

export function Legend({ model }: { readonly model: LegendModel }) {
  const { t } = useTranslation();
  return (
    <details className="legend" open aria-label={t("legend.title")}>
      <summary>{t("legend.title")}</summary>
      <ul className="legend-list">
        {model.shapes.map((entry) => (
          <li key={entry.label}>
            <Swatch kind={entry.kind} colour={entry.colour} /> {entry.label}
          </li>
        ))}
      </ul>
      <ul className="legend-list">
        {model.colours.map((entry) => (
          <li key={entry.label}>
            <Swatch kind={undefined} colour={entry.colour} /> {entry.label}
          </li>
        ))}
      </ul>
      <p className="legend-note">{model.sizeNote}</p>
    </details>
  );
}
