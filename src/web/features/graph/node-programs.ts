import { createNodeBorderProgram } from "@sigma/node-border";
import { NodeSquareProgram } from "@sigma/node-square";
import type { Attributes } from "graphology-types";
import { drawDiscNodeHover, NodeCircleProgram, type NodeProgramType } from "sigma/rendering";
import { SHOWN_KINDS, type ShownKind } from "../filters/shown-kind.js";
import type { DisplayEdge, DisplayNode } from "./display-graph.js";
import { KIND_SHAPES, RIM, RING_BANDS, type Shape } from "./shapes.js";

/**
 * `@sigma/node-square` turned by 45°. The package has no rotation option, but it draws its square
 * from six corner angles given as constant data: turning those angles gives the diamond. If the
 * package ever stops drawing from those angles, this throws instead of quietly drawing squares.
 */
export class NodeDiamondProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodeSquareProgram<N, E, G> {
  // The square's hover box would not fit a diamond; sigma's disc halo does.
  override drawHover = drawDiscNodeHover;

  override getDefinition() {
    const definition = super.getDefinition();
    const [angle] = definition.CONSTANT_ATTRIBUTES;
    if (definition.CONSTANT_ATTRIBUTES.length !== 1 || angle?.name !== "a_angle" || angle.size !== 1) {
      throw new Error(
        "@sigma/node-square no longer draws its corners from a_angle: the diamond program needs updating",
      );
    }
    return {
      ...definition,
      CONSTANT_DATA: definition.CONSTANT_DATA.map(([corner]) => [(corner ?? 0) + Math.PI / 4]),
    };
  }
}

const NodeRingProgram = createNodeBorderProgram({
  borders: [
    { size: { value: RING_BANDS.outer }, color: { attribute: "color" } },
    { size: { value: RING_BANDS.white }, color: { value: "#ffffff" } },
    { size: { fill: true }, color: { attribute: "color" } },
  ],
});

const NodeRimmedProgram = createNodeBorderProgram({
  borders: [
    { size: { value: RIM.width }, color: { value: RIM.colour } },
    { size: { fill: true }, color: { attribute: "color" } },
  ],
});

type WeaveNodeProgram = NodeProgramType<DisplayNode, DisplayEdge, Attributes>;

const SHAPE_PROGRAMS: Record<Shape, NodeProgramType> = {
  disc: NodeCircleProgram,
  "rimmed-disc": NodeRimmedProgram,
  ring: NodeRingProgram,
  square: NodeSquareProgram,
  diamond: NodeDiamondProgram,
};

/** One WebGL program per kind shown, from the shapes every other drawing of the map uses too. */
export const NODE_PROGRAMS = Object.fromEntries(
  SHOWN_KINDS.map((kind) => [kind, SHAPE_PROGRAMS[KIND_SHAPES[kind]] as unknown as WeaveNodeProgram]),
) as Record<ShownKind, WeaveNodeProgram>;
