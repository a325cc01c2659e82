export * from "./errors.js";
export * from "./follow-ups.js";
export * from "./ids.js";
export * from "./kinds.js";
export * from "./limits.js";
export * from "./records.js";
export type * from "./types.js";
export * from "./validate.js";
export * from "./years.js";
