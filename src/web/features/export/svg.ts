import type { LegendModel } from "../graph/legend.js";
import { LEGEND_SWATCH_RADIUS, shapeParts, shapeSvg } from "../graph/shapes.js";
import type { WeaveSigma } from "../graph/views/sigma-context.js";

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The current view as a standalone SVG: what the reducers show, where the camera looks, and the legend. */
export function renderSvg(sigma: WeaveSigma, legend: LegendModel, title: string): string {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const parts: string[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    const from = sigma.getNodeDisplayData(source);
    const to = sigma.getNodeDisplayData(target);
    if (data === undefined || data.hidden || from === undefined || to === undefined || from.hidden || to.hidden) return;
    const a = sigma.framedGraphToViewport(from);
    const b = sigma.framedGraphToViewport(to);
    parts.push(
      `<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}" stroke="${data.color}" stroke-width="${data.size}"/>`,
    );
  });
  const labels: string[] = [];
  graph.forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (data === undefined || data.hidden) return;
    const at = sigma.framedGraphToViewport(data);
    const r = sigma.scaleSize(data.size);
    parts.push(shapeSvg(shapeParts(data.type, at.x, at.y, r, data.color)));
    if (data.label && (data.forceLabel || r >= 6)) {
      labels.push(`<text x="${round(at.x + r + 3)}" y="${round(at.y + 4)}">${escapeXml(data.label)}</text>`);
    }
  });
  const entries = [...legend.shapes, ...legend.colours];
  const legendTop = height - (entries.length + 1) * 20 - 28;
  const legendItems = entries
    .map(
      (entry, index) =>
        `<g transform="translate(20 ${legendTop + 8 + index * 20})"><g>${shapeSvg(shapeParts(entry.kind, 8, 8, LEGEND_SWATCH_RADIUS, entry.colour))}</g><text x="24" y="12">${escapeXml(entry.label)}</text></g>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="14" y="24" font-size="16" font-weight="bold">${escapeXml(title)}</text>
<g>${parts.join("")}</g>
<g font-size="12" fill="#222">${labels.join("")}</g>
<g font-size="13" fill="#222" class="legend">${legendItems}<text x="20" y="${legendTop + 8 + entries.length * 20 + 12}" fill="#555">${escapeXml(legend.sizeNote)}</text></g>
</svg>
`;
}
