import { encode } from "uqr";

/** A QR code as one SVG path: a 1×1 square per dark module, in a viewBox of `size` modules. */
export interface QrDrawing {
  readonly size: number;
  readonly path: string;
}

/**
 * The join link as a QR code (uqr, error correction M: a projected code survives a little glare),
 * with the four-module quiet zone readers need around it.
 */
export function qrDrawing(text: string): QrDrawing {
  const { size, data } = encode(text, { ecc: "M", border: 4 });
  const squares: string[] = [];
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return { size, path: squares.join("") };
}
