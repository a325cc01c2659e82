import type { ShownKind } from "../filters/shown-kind.js";

/**
 * How each kind is drawn, so kinds stay apart even without colour. The WebGL node programs, the
 * on-screen legend and the PNG and SVG exports all read this one table.
 */
export type Shape = "disc" | "rimmed-disc" | "ring" | "square" | "diamond";

export const KIND_SHAPES: Readonly<Record<ShownKind, Shape>> = {
  resident: "disc",
  professional: "rimmed-disc",
  group: "ring",
  institution: "square",
  place: "diamond",
};

/**
 * A ring is a disc with a white band inside it, as fractions of the radius, outside in: the outer
 * coloured band, the white band, then a coloured centre.
 */
export const RING_BANDS = { outer: 0.45, white: 0.3 } as const;

/** A professional is a resident's disc with a dark rim, this fraction of the radius wide. */
export const RIM = { width: 0.3, colour: "#222222" } as const;

/** The shape of a kind; anything else (a sigma node type we do not know) is a disc. */
export function shapeOf(kind: string | undefined): Shape {
  return kind !== undefined && Object.hasOwn(KIND_SHAPES, kind) ? KIND_SHAPES[kind as ShownKind] : "disc";
}

export type ShapePart =
  | {
      readonly type: "circle";
      readonly cx: number;
      readonly cy: number;
      readonly r: number;
      /** A filled circle, or a stroked one when `stroke` is given. */
      readonly fill: string;
      readonly stroke?: { readonly colour: string; readonly width: number };
    }
  | { readonly type: "polygon"; readonly points: readonly (readonly [number, number])[]; readonly fill: string };

/**
 * A kind's shape centred on (x, y) for a node of radius r, in the geometry sigma's programs draw:
 * the square's half side is r (as `@sigma/node-square`), the diamond is that square turned by 45°.
 */
export function shapeParts(kind: string | undefined, x: number, y: number, r: number, colour: string): ShapePart[] {
  const disc: ShapePart = { type: "circle", cx: x, cy: y, r, fill: colour };
  switch (shapeOf(kind)) {
    case "ring": {
      const width = RING_BANDS.white * r;
      const middle = (1 - RING_BANDS.outer - RING_BANDS.white / 2) * r;
      return [disc, { type: "circle", cx: x, cy: y, r: middle, fill: "none", stroke: { colour: "#ffffff", width } }];
    }
    case "rimmed-disc":
      return [
        { type: "circle", cx: x, cy: y, r, fill: RIM.colour },
        { type: "circle", cx: x, cy: y, r: (1 - RIM.width) * r, fill: colour },
      ];
    case "square":
      return [
        {
          type: "polygon",
          points: [
            [x - r, y - r],
            [x + r, y - r],
            [x + r, y + r],
            [x - r, y + r],
          ],
          fill: colour,
        },
      ];
    case "diamond": {
      const d = r * Math.SQRT2;
      return [
        {
          type: "polygon",
          points: [
            [x, y - d],
            [x + d, y],
            [x, y + d],
            [x - d, y],
          ],
          fill: colour,
        },
      ];
    }
    default:
      return [disc];
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The parts as SVG elements, for the SVG export. */
export function shapeSvg(parts: readonly ShapePart[]): string {
  return parts
    .map((part) => {
      if (part.type === "polygon") {
        const points = part.points.map(([px, py]) => `${round(px)},${round(py)}`).join(" ");
        return `<polygon points="${points}" fill="${part.fill}"/>`;
      }
      const stroke =
        part.stroke === undefined ? "" : ` stroke="${part.stroke.colour}" stroke-width="${round(part.stroke.width)}"`;
      return `<circle cx="${round(part.cx)}" cy="${round(part.cy)}" r="${round(part.r)}" fill="${part.fill}"${stroke}/>`;
    })
    .join("");
}

/** The parts drawn on a 2D canvas, for the PNG export's legend. */
export function drawShapeParts(context: CanvasRenderingContext2D, parts: readonly ShapePart[]): void {
  for (const part of parts) {
    context.beginPath();
    if (part.type === "polygon") {
      part.points.forEach(([px, py], index) => {
        if (index === 0) context.moveTo(px, py);
        else context.lineTo(px, py);
      });
      context.closePath();
    } else context.arc(part.cx, part.cy, part.r, 0, 2 * Math.PI);
    if (part.type === "circle" && part.stroke !== undefined) {
      context.strokeStyle = part.stroke.colour;
      context.lineWidth = part.stroke.width;
      context.stroke();
    } else {
      context.fillStyle = part.fill;
      context.fill();
    }
  }
}

/** The radius of a legend swatch in its 16×16 box: the diamond's corners then just fit. */
export const LEGEND_SWATCH_RADIUS = 5.5;
