import { describe, expect, it } from "vitest";
import { SHOWN_KINDS } from "../../src/web/features/filters/shown-kind.js";
import { KIND_SHAPES, shapeParts, shapeSvg } from "../../src/web/features/graph/shapes.js";

describe("the shape of each kind", () => {
  it("gives every kind its own shape, professionals too, so kinds stay apart without colour", () => {
    expect(new Set(SHOWN_KINDS.map((kind) => KIND_SHAPES[kind])).size).toBe(SHOWN_KINDS.length);
  });

  it("draws a professional as a resident's disc inside a dark rim of 0.3 r", () => {
    expect(shapeSvg(shapeParts("professional", 0, 0, 10, "red"))).toBe(
      '<circle cx="0" cy="0" r="10" fill="#222222"/><circle cx="0" cy="0" r="7" fill="red"/>',
    );
  });

  it("draws an institution as a square of half side r and a place as that square turned by 45°", () => {
    expect(shapeSvg(shapeParts("institution", 10, 10, 4, "#000"))).toBe(
      '<polygon points="6,6 14,6 14,14 6,14" fill="#000"/>',
    );
    expect(shapeSvg(shapeParts("place", 10, 10, 4, "#000"))).toBe(
      '<polygon points="10,4.3 15.7,10 10,15.7 4.3,10" fill="#000"/>',
    );
  });

  it("draws a group as a disc with a white band between 0.25 r and 0.55 r, and anything unknown as a disc", () => {
    expect(shapeSvg(shapeParts("group", 0, 0, 10, "red"))).toBe(
      '<circle cx="0" cy="0" r="10" fill="red"/><circle cx="0" cy="0" r="4" fill="none" stroke="#ffffff" stroke-width="3"/>',
    );
    expect(shapeSvg(shapeParts("resident", 0, 0, 10, "red"))).toBe('<circle cx="0" cy="0" r="10" fill="red"/>');
    expect(shapeParts("spaceship", 0, 0, 10, "red")).toEqual(shapeParts(undefined, 0, 0, 10, "red"));
  });
});

describe("the diamond node program", () => {
  it("turns @sigma/node-square's corners by 45°, so they land on the axes", async () => {
    // The sigma packages read WebGL's constants when they load; these are the WebGL 1 values.
    const webgl = { FLOAT: 5126, UNSIGNED_BYTE: 5121, TRIANGLES: 4 };
    Object.assign(globalThis, { WebGLRenderingContext: webgl, WebGL2RenderingContext: webgl });
    const { NodeSquareProgram } = await import("@sigma/node-square");
    const { NodeDiamondProgram } = await import("../../src/web/features/graph/node-programs.js");
    const corners = (definition: { CONSTANT_DATA: number[][] }) =>
      definition.CONSTANT_DATA.map(([angle]) => [Math.cos(angle ?? 0), Math.sin(angle ?? 0)]);
    const square = corners(NodeSquareProgram.prototype.getDefinition.call(undefined));
    const diamond = corners(NodeDiamondProgram.prototype.getDefinition.call(undefined));
    expect(square.length).toBe(6);
    for (const [x, y] of square) expect(Math.abs(Math.abs(x ?? 0) - Math.abs(y ?? 0))).toBeLessThan(1e-9);
    for (const [x, y] of diamond) expect(Math.min(Math.abs(x ?? 0), Math.abs(y ?? 0))).toBeLessThan(1e-9);
  });
});
