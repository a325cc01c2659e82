import { error as driverErrorCodes, Neo4jError } from "neo4j-driver";
import { ConflictError, StoreUnavailableError, WeaveError } from "../../model/index.js";

/** Server codes that mean the database cannot be used as configured, rather than a bad request. */
const UNAVAILABLE_CODES = new Set<string>([
  driverErrorCodes.SERVICE_UNAVAILABLE,
  driverErrorCodes.SESSION_EXPIRED,
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

const CONSTRAINT_CODE = "Neo.ClientError.Schema.ConstraintValidationFailed";

/** Maps driver and server errors, by code, to the model's errors; anything else passes unchanged. */
export function toWeaveError(error: unknown): unknown {
  if (error instanceof WeaveError || !(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) {
    return new StoreUnavailableError(`Neo4j cannot be used: ${error.message}`, { cause: error });
  }
  if (error.code === CONSTRAINT_CODE) {
    return new ConflictError(`Neo4j refused a duplicate: ${error.message}`);
  }
  return error;
}
