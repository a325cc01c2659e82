import fc from "fast-check";
import { multipart, NODES_CSV, TIES_CSV } from "../fixtures.js";
import { anyString, type Hints, invalidValue, type Schema, validValue } from "./json-schema.js";

interface Parameter {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required?: boolean;
  readonly schema: Schema;
}

interface MediaTypes {
  readonly content?: Readonly<Record<string, { readonly schema?: Schema }>>;
}

/** One operation of the OpenAPI document, as the fuzzer needs it. */
export interface Operation {
  readonly method: string;
  /** The path template, `/api/actors/{id}`. */
  readonly path: string;
  readonly parameters: readonly Parameter[];
  readonly body?: Schema;
  /** The import takes multipart files, which the document does not describe. */
  readonly multipart: boolean;
  readonly responses: Readonly<Record<string, MediaTypes>>;
}

export interface OpenApiDocument {
  readonly paths: Readonly<
    Record<
      string,
      Readonly<
        Record<
          string,
          {
            parameters?: Parameter[];
            requestBody?: MediaTypes;
            responses?: Record<string, MediaTypes>;
            consumes?: string[];
          }
        >
      >
    >
  >;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      body: operation.requestBody?.content?.["application/json"]?.schema,
      multipart: path === "/api/import",
      responses: operation.responses ?? {},
    })),
  );
}

export interface FuzzRequest {
  readonly operation: Operation;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload?: string | Buffer;
  /** False now and then: the sender then leaves out the CSRF token. */
  readonly withCsrf: boolean;
  /** True when the request is meant to be valid for the route's schema (it may still be refused). */
  readonly valid: boolean;
}

/** Percent-encodes the UTF-8 bytes of any string (a lone surrogate becomes U+FFFD, as a browser sends it). */
function encode(text: string): string {
  return [...Buffer.from(text, "utf8")]
    .map((byte) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`,
    )
    .join("");
}

/** Path segments that have upset routers: bad percent-encoding, traversal, empty-looking ones. */
const RAW_SEGMENTS = ["%", "%E0%A4%A", "%00", "..", "%2e%2e", "a%2Fb", "%20", "%ZZ"];

function pathValue(parameter: Parameter, hints: Hints): fc.Arbitrary<string> {
  const hint = hints[parameter.name];
  const encoded = fc
    .oneof(...(hint === undefined ? [] : [hint, hint]), anyString(60), fc.constant("z".repeat(600)))
    .map(encode)
    // An empty segment is another route's URL: `/api/views/` is the list (trailing slashes are ignored).
    .filter((value) => value !== "");
  return fc.oneof({ weight: 9, arbitrary: encoded }, { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) });
}

function queryString(parameters: readonly Parameter[]): fc.Arbitrary<string> {
  const query = parameters.filter((parameter) => parameter.in === "query");
  const pairs = query.map((parameter) =>
    fc.option(
      fc
        .oneof(validValue(parameter.schema).map(String), anyString(20))
        .map((value) => `${parameter.name}=${encode(value)}`),
      { freq: parameter.required === true ? 6 : 2 },
    ),
  );
  const unknown = fc.option(fc.constant("unknown=1"), { freq: 9 });
  return fc.tuple(...pairs, unknown).map((parts) => {
    const present = parts.filter((part): part is string => part !== null);
    return present.length === 0 ? "" : `?${present.join("&")}`;
  });
}

interface Body {
  readonly payload?: string | Buffer;
  readonly headers: Record<string, string>;
  readonly valid: boolean;
}

function jsonBody(schema: Schema, hints: Hints): fc.Arbitrary<Body> {
  const json = { "content-type": "application/json" };
  return fc.oneof(
    {
      weight: 6,
      arbitrary: validValue(schema, hints).map((value) => ({
        payload: JSON.stringify(value),
        headers: json,
        valid: true,
      })),
    },
    {
      weight: 3,
      arbitrary: invalidValue(schema, hints).map((value) => ({
        payload: JSON.stringify(value) ?? "",
        headers: json,
        valid: false,
      })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.oneof(anyString(), fc.constantFrom("{", "[1,", "", "{}".repeat(10))),
          fc.constantFrom("application/json", "text/plain"),
        )
        .map(([payload, type]) => ({ payload, headers: { "content-type": type }, valid: false })),
    },
  );
}

function importBody(): fc.Arbitrary<Body> {
  const form = (files: Record<string, string>, valid: boolean): Body => ({ ...multipart(files), valid });
  const csvish = fc.oneof(
    anyString(200),
    fc.constantFrom(NODES_CSV, TIES_CSV, "id,name,kind\n", "source,target,type\n"),
    fc
      .array(fc.array(anyString(12), { maxLength: 6 }), { maxLength: 6 })
      .map((rows) => rows.map((row) => row.join(",")).join("\n")),
  );
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(form({ nodes: NODES_CSV, ties: TIES_CSV }, true)) },
    { weight: 4, arbitrary: fc.tuple(csvish, csvish).map(([nodes, ties]) => form({ nodes, ties }, false)) },
    { weight: 1, arbitrary: csvish.map((nodes) => form({ nodes }, false)) },
    {
      weight: 1,
      arbitrary: fc.tuple(csvish, csvish).map(([nodes, extra]) => form({ nodes, ties: TIES_CSV, extra }, false)),
    },
    {
      weight: 1,
      arbitrary: anyString().map((payload) => ({ payload, headers: { "content-type": "text/csv" }, valid: false })),
    },
  );
}

/**
 * Requests for one operation: path parameters, query strings and bodies drawn from its schemas,
 * mostly valid, often broken. The sender adds its session when it sends (a fuzzed logout ends it).
 */
export function requestsFor(operation: Operation, hints: Hints): fc.Arbitrary<FuzzRequest> {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === "path");
  const path = fc
    .tuple(...pathParameters.map((parameter) => pathValue(parameter, hints)))
    .map((values) =>
      pathParameters.reduce(
        (url, parameter, index) => url.replace(`{${parameter.name}}`, values[index] ?? ""),
        operation.path,
      ),
    );
  const body: fc.Arbitrary<Body> = operation.multipart
    ? importBody()
    : operation.body === undefined
      ? fc.constant({ headers: {}, valid: true })
      : jsonBody(operation.body, hints);
  return fc
    .tuple(path, queryString(operation.parameters), body, fc.boolean(), fc.integer({ min: 0, max: 9 }))
    .map(([url, query, requestBody, etag, dropCsrf]) => {
      return {
        operation,
        method: operation.method,
        url: `${url}${query}`,
        withCsrf: dropCsrf !== 0,
        headers: {
          ...(etag && operation.method === "GET" ? { "if-none-match": '"*"' } : {}),
          ...requestBody.headers,
        },
        payload: requestBody.payload,
        valid: requestBody.valid && dropCsrf !== 0,
      };
    });
}
