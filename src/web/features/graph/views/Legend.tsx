import { useTranslation } from "react-i18next";
import type { ShownKind } from "../../filters/shown-kind.js";
import type { LegendModel } from "../legend.js";
import { LEGEND_SWATCH_RADIUS, shapeParts } from "../shapes.js";

/** A kind's shape as the map draws it, in a 16×16 box. */
function Swatch({ kind, colour }: { readonly kind: ShownKind | undefined; readonly colour: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {shapeParts(kind, 8, 8, LEGEND_SWATCH_RADIUS, colour).map((part, index) =>
        part.type === "polygon" ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: a shape's parts never reorder.
          <polygon key={index} points={part.points.map((point) => point.join(",")).join(" ")} fill={part.fill} />
        ) : (
          <circle
            // biome-ignore lint/suspicious/noArrayIndexKey: a shape's parts never reorder.
            key={index}
            cx={part.cx}
            cy={part.cy}
            r={part.r}
            fill={part.fill}
            stroke={part.stroke?.colour}
            strokeWidth={part.stroke?.width}
          />
        ),
      )}
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
