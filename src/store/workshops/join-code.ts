import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: a code read off a projector at the back of a room is typed right the first time. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;

/** 31^6 ≈ 887 million codes, drawn by the CSPRNG; with joins rate-limited, guessing one is hopeless. */
export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** A code as typed (any case, surrounding spaces) in its stored form, or undefined when it cannot be one. */
export function normalJoinCode(text: string): string | undefined {
  const code = text.trim().toUpperCase();
  if (code.length !== JOIN_CODE_LENGTH) return undefined;
  return [...code].every((character) => JOIN_CODE_ALPHABET.includes(character)) ? code : undefined;
}
