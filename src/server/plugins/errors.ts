import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type Issue, ValidationError, WeaveError } from "../../model/index.js";
import { HttpError, STATUS_BY_CODE } from "../http-error.js";

export interface ErrorBody {
  error: { code: string; message: string; issues?: Issue[] };
}

/** Fastify's own 4xx errors, by their code, as our stable codes. */
const FASTIFY_CODES: Readonly<Record<string, string>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_EMPTY_JSON_BODY: "invalid_json",
  FST_ERR_CTP_INVALID_JSON_BODY: "invalid_json",
  FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  FST_REQ_FILE_TOO_LARGE: "payload_too_large",
  FST_FILES_LIMIT: "payload_too_large",
  FST_PARTS_LIMIT: "payload_too_large",
  FST_FIELDS_LIMIT: "payload_too_large",
  FST_INVALID_MULTIPART_CONTENT_TYPE: "unsupported_media_type",
};

interface AjvIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** The request did not match the route's schema: one issue per problem, named by field. */
function schemaIssues(error: FastifyError): Issue[] {
  const where = error.validationContext ?? "body";
  return ((error.validation ?? []) as AjvIssue[]).map((problem) => {
    const path = problem.instancePath.replace(/^\//, "").replaceAll("/", ".");
    if (problem.keyword === "additionalProperties") {
      const field = String(problem.params.additionalProperty);
      const full = path === "" ? field : `${path}.${field}`;
      return { field: full, message: `${where} field "${full}" is not known` };
    }
    if (problem.keyword === "required") {
      const field = String(problem.params.missingProperty);
      return { field, message: `${where} field "${field}" is required` };
    }
    const field = path === "" ? where : path;
    return { field, message: `${where} field "${field}" ${problem.message ?? "is not valid"}` };
  });
}

export function toErrorReply(error: FastifyError | Error): { status: number; body: ErrorBody } {
  if (error instanceof ValidationError) {
    return { status: 400, body: { error: { code: error.code, message: error.message, issues: [...error.issues] } } };
  }
  if (error instanceof HttpError) return { status: error.statusCode, body: reply(error.code, error.message) };
  if (error instanceof WeaveError) {
    return { status: STATUS_BY_CODE[error.code] ?? 500, body: reply(error.code, error.message) };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation !== undefined) {
    const issues = schemaIssues(fastifyError);
    const message = issues.map((issue) => issue.message).join("; ");
    return { status: 400, body: { error: { code: "invalid_request", message, issues } } };
  }
  // @fastify/multipart answers a non-multipart body with 406; the body's type is what is wrong.
  const status = fastifyError.code === "FST_INVALID_MULTIPART_CONTENT_TYPE" ? 415 : (fastifyError.statusCode ?? 500);
  if (status >= 400 && status < 500) {
    const code = FASTIFY_CODES[fastifyError.code] ?? (status === 429 ? "too_many_requests" : "bad_request");
    return { status, body: reply(code, fastifyError.message) };
  }
  return { status: 500, body: reply("internal_error", "something went wrong on the server; it has been logged") };
}

function reply(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** The URL path parameter limit: ids may be 500 characters, each up to 12 once percent-encoded. */
export const MAX_PARAM_LENGTH = 6000;

/**
 * Fastify answers a URL it cannot route (bad percent-encoding, an over-long parameter) before any
 * hook runs, in its own shape; this gives those answers ours.
 */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, response: FastifyReply): void {
  const status = error.statusCode ?? 400;
  const message =
    error.code === "FST_ERR_MAX_PARAM_LENGTH"
      ? `a part of the URL is longer than ${MAX_PARAM_LENGTH} characters`
      : "the URL is not valid (a broken %-escape?)";
  response.status(status).send(reply(status === 414 ? "url_too_long" : "invalid_url", message));
}

/** Every error leaves as `{error: {code, message}}`; a 5xx says nothing about the server's insides. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, response: FastifyReply) => {
    const { status, body } = toErrorReply(error);
    if (body.error.code === "store_unavailable") {
      request.log.warn({ err: error }, "store unavailable");
      body.error.message = "the database cannot be reached right now; try again shortly";
    } else if (body.error.code === "storage_full" || body.error.code === "storage_read_only") {
      request.log.warn({ code: body.error.code }, body.error.message);
    } else if (status >= 500) {
      request.log.error({ err: error }, "request failed");
    } else {
      request.log.info({ code: body.error.code, status }, "request refused");
    }
    return response.status(status).send(body);
  });
}
