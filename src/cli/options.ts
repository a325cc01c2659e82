import { InvalidArgumentError } from "commander";
import { MAX_YEAR, MIN_YEAR } from "../model/index.js";

export function parseYearOption(value: string): number {
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new InvalidArgumentError(`"${value}" is not a year between ${MIN_YEAR} and ${MAX_YEAR}`);
  }
  return year;
}
