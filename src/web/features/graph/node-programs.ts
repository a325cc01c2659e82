import type { Attributes } from "graphology-types";
import { NodeCircleProgram, type NodeProgramType } from "sigma/rendering";
import type { ActorKind } from "../../../model/index.js";
import type { DisplayEdge, DisplayNode } from "./display-graph.js";

/**
 * One WebGL shape per kind, so kinds stay apart even without colour: residents are discs, groups
 * rings, institutions squares and places diamonds. Each is sigma's disc program with another
 * fragment shader; the triangle it draws is widened so the square's corners fit inside it.
 */
const SHAPE_DISTANCE: Record<Exclude<ActorKind, "resident">, string> = {
  group: "length(p) - r",
  institution: "max(abs(p.x), abs(p.y)) - r * 0.86",
  place: "(abs(p.x) + abs(p.y)) * 0.78 - r",
};

function fragmentShader(distance: string, ring: boolean): string {
  const hole = ring ? "if (d < -r * 0.45 && d > -r * 0.75) color = vec4(1.0, 1.0, 1.0, color.a);" : "";
  return /* glsl */ `
precision highp float;
varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
uniform float u_correctionRatio;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
void main(void) {
  vec2 p = v_diffVector;
  float r = v_radius / 1.5;
  float border = u_correctionRatio * 2.0;
  float d = ${distance};
  #ifdef PICKING_MODE
  gl_FragColor = d > 0.0 ? transparent : v_color;
  #else
  vec4 color = v_color;
  ${hole}
  float t = d > border ? 1.0 : (d > 0.0 ? d / border : 0.0);
  gl_FragColor = mix(color, transparent, t);
  #endif
}
`;
}

function widenedVertexShader(source: string): string {
  return source.replace("* 4.0;", "* 6.0;");
}

function shapeProgram(kind: Exclude<ActorKind, "resident">) {
  return class extends NodeCircleProgram {
    override getDefinition() {
      const definition = super.getDefinition();
      return {
        ...definition,
        VERTEX_SHADER_SOURCE: widenedVertexShader(definition.VERTEX_SHADER_SOURCE),
        FRAGMENT_SHADER_SOURCE: fragmentShader(SHAPE_DISTANCE[kind], kind === "group"),
      };
    }
  };
}

type WeaveNodeProgram = NodeProgramType<DisplayNode, DisplayEdge, Attributes>;

export const NODE_PROGRAMS: Record<ActorKind, WeaveNodeProgram> = {
  resident: NodeCircleProgram as unknown as WeaveNodeProgram,
  group: shapeProgram("group") as unknown as WeaveNodeProgram,
  institution: shapeProgram("institution") as unknown as WeaveNodeProgram,
  place: shapeProgram("place") as unknown as WeaveNodeProgram,
};
