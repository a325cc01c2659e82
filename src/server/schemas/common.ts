import { LIMITS, MAX_YEAR, MIN_YEAR, ValidationError } from "../../model/index.js";

export const YEAR = { type: "integer", minimum: MIN_YEAR, maximum: MAX_YEAR } as const;
export const NULLABLE_YEAR = { type: ["integer", "null"], minimum: MIN_YEAR, maximum: MAX_YEAR } as const;
export const TAGS = {
  type: "array",
  items: { type: "string", maxLength: LIMITS.tag },
  maxItems: LIMITS.tags,
} as const;
export const CUSTOM = {
  type: "object",
  description: "custom attributes: any extra column of nodes.csv or ties.csv",
  additionalProperties: { type: ["string", "number"], maxLength: LIMITS.customText },
  propertyNames: { maxLength: LIMITS.customName },
  maxProperties: LIMITS.customAttributes,
} as const;

export const ERROR_RESPONSE = {
  type: "object",
  description: "every error: a stable code and a sentence; `issues` locate each problem in the input",
  properties: {
    error: {
      type: "object",
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        issues: {
          type: "array",
          items: {
            type: "object",
            properties: {
              file: { type: "string" },
              line: { type: "integer" },
              column: { type: "integer" },
              field: { type: "string" },
              message: { type: "string" },
            },
          },
        },
      },
      required: ["code", "message"],
    },
  },
  required: ["error"],
} as const;

/** The error answers every route can give, for the OpenAPI document. */
export const ERRORS = {
  "4xx": ERROR_RESPONSE,
  "5xx": ERROR_RESPONSE,
} as const;

/** Query strings stay text (bodies are never coerced); the route turns the digits into a number. */
export const YEAR_PARAM = { type: "string", pattern: "^\\d{4}$", description: "the network as of this year" } as const;

export const YEAR_QUERY = {
  type: "object",
  properties: { year: YEAR_PARAM },
  additionalProperties: false,
} as const;

export const ID_PARAMS = {
  type: "object",
  properties: { id: { type: "string", minLength: 1, maxLength: 500 } },
  required: ["id"],
} as const;

export interface IdParams {
  id: string;
}

export interface YearQuery {
  year?: string;
}

/** The year a query asked for, checked against the model's range. */
export function queryYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new ValidationError([
      { field: "year", message: `year ${text} is not a year between ${MIN_YEAR} and ${MAX_YEAR}` },
    ]);
  }
  return year;
}
