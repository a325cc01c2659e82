import { WeaveError } from "../model/index.js";

/** An error raised by the server itself, with the HTTP status it answers with. */
export class HttpError extends WeaveError {
  constructor(
    readonly statusCode: number,
    code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(code, message, options);
  }
}

/** The status for each error code the model and the store raise. */
export const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  invalid_input: 400,
  actor_not_found: 404,
  tie_not_found: 404,
  conflict: 409,
  store_unavailable: 503,
  storage_read_only: 503,
  storage_full: 507,
};
