import { ApiError } from "./client.js";

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, "unexpected", String(error));
}

/**
 * Hands a request's result or error to the page unless the effect that made it was cleaned up
 * first (the data was reloaded, the year changed); returns that clean-up.
 */
export function untilCleanedUp<T>(
  request: Promise<T>,
  onResult: (result: T) => void,
  onError: (error: ApiError) => void,
): () => void {
  let cancelled = false;
  request.then(
    (result) => {
      if (!cancelled) onResult(result);
    },
    (caught: unknown) => {
      if (!cancelled) onError(asApiError(caught));
    },
  );
  return () => {
    cancelled = true;
  };
}
