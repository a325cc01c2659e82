import fc from "fast-check";

/** The part of OpenAPI 3.0's schema objects that the route schemas use. */
export interface Schema {
  readonly type?: string | readonly string[];
  readonly nullable?: boolean;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
  readonly minProperties?: number;
  readonly items?: Schema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

function typesOf(schema: Schema): string[] {
  const declared = schema.type === undefined ? [] : typeof schema.type === "string" ? [schema.type] : [...schema.type];
  return schema.nullable === true && declared.length > 0 ? [...declared, "null"] : declared;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    default:
      return typeof value === type;
  }
}

/** Every way `value` breaks `schema`, each as "path: problem"; empty when it fits. */
export function schemaProblems(schema: Schema, value: unknown, path = "$"): string[] {
  if (schema.anyOf !== undefined || schema.oneOf !== undefined) {
    const options = schema.anyOf ?? schema.oneOf ?? [];
    if (value === null && schema.nullable === true) return [];
    return options.some((option) => schemaProblems(option, value, path).length === 0)
      ? []
      : [`${path}: fits none of ${options.length} alternatives`];
  }
  const types = typesOf(schema);
  if (types.length > 0 && !types.some((type) => hasType(value, type))) {
    return [`${path}: ${JSON.stringify(value)?.slice(0, 80)} is not ${types.join(" or ")}`];
  }
  if (schema.enum !== undefined && !schema.enum.includes(value))
    return [`${path}: ${String(value)} is not in the enum`];
  if (typeof value === "string") {
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) return [`${path}: longer than allowed`];
    if (schema.minLength !== undefined && [...value].length < schema.minLength)
      return [`${path}: shorter than allowed`];
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value))
      return [`${path}: breaks the pattern`];
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) return [`${path}: below the minimum`];
    if (schema.maximum !== undefined && value > schema.maximum) return [`${path}: above the maximum`];
  }
  if (Array.isArray(value)) {
    const items = schema.items;
    return items === undefined ? [] : value.flatMap((item, index) => schemaProblems(items, item, `${path}[${index}]`));
  }
  if (hasType(value, "object")) {
    const record = value as Record<string, unknown>;
    const problems = (schema.required ?? [])
      .filter((name) => !(name in record))
      .map((name) => `${path}.${name}: required but absent`);
    for (const [name, field] of Object.entries(record)) {
      const declared = schema.properties?.[name];
      if (declared !== undefined) problems.push(...schemaProblems(declared, field, `${path}.${name}`));
      else if (schema.additionalProperties === false) problems.push(`${path}.${name}: not allowed`);
      else if (typeof schema.additionalProperties === "object") {
        problems.push(...schemaProblems(schema.additionalProperties, field, `${path}.${name}`));
      }
    }
    return problems;
  }
  return [];
}

/** Strings that have broken parsers before: control characters, markup, Cypher, odd Unicode. */
export const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0007b",
  "\u001b[31mred",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "}) MATCH (n) DETACH DELETE n //",
  "=cmd|' /C calc'!A0",
  "😀👍🏽",
  "\ud800",
  "é\u0301",
  "../../etc/passwd",
  "%00",
  "null",
  "__proto__",
  "constructor",
];

/** A string from anywhere: printable, full Unicode (lone surrogates too), or a nasty one. */
export const anyString = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ maxLength }), fc.string({ unit: "binary", maxLength }), fc.constantFrom(...NASTY_STRINGS));

/** Values for string fields by name (ids that exist, so that writes sometimes succeed). */
export type Hints = Readonly<Record<string, fc.Arbitrary<string>>>;

/** Values that fit `schema` (mostly: lengths near the limit, and the hinted fields, are tried too). */
export function validValue(schema: Schema, hints: Hints = {}, name = ""): fc.Arbitrary<unknown> {
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const options = schema.anyOf ?? schema.oneOf;
  if (options !== undefined) return fc.oneof(...options.map((option) => validValue(option, hints, name)));
  const types = typesOf(schema);
  if (types.length > 1)
    return fc.oneof(...types.map((type) => validValue({ ...schema, type, nullable: false }, hints, name)));
  switch (types[0]) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case "number":
      return fc.double({
        min: schema.minimum ?? -1e9,
        max: schema.maximum ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case "string":
      return validString(schema, hints[name]);
    case "array":
      return fc.array(validValue(schema.items ?? {}, hints, name), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case "object":
      return validObject(schema, hints);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function validString(schema: Schema, hint: fc.Arbitrary<string> | undefined): fc.Arbitrary<string> {
  if (schema.pattern !== undefined) return fc.stringMatching(new RegExp(schema.pattern));
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 30, 30));
  const plain = fc.string({ minLength, maxLength });
  const choices: fc.Arbitrary<string>[] = [plain, plain, fc.string({ unit: "grapheme", minLength, maxLength })];
  if (schema.maxLength !== undefined) choices.push(fc.constant("x".repeat(schema.maxLength)));
  if (hint !== undefined) choices.push(hint, hint, hint);
  return fc.oneof(...choices);
}

function validObject(schema: Schema, hints: Hints): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, field]) => [name, validValue(field, hints, name)]),
  );
  const declared = fc.record(properties, { requiredKeys: [...(schema.required ?? [])] });
  const extra = schema.additionalProperties;
  if (typeof extra !== "object") return declared;
  return fc
    .tuple(
      declared,
      fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), validValue(extra, hints), { maxKeys: 3 }),
    )
    .map(([known, more]) => ({ ...more, ...known }));
}

/** Values that break `schema` in one of the usual ways, or anything at all. */
export function invalidValue(schema: Schema, hints: Hints = {}): fc.Arbitrary<unknown> {
  const anything = fc.jsonValue({ maxDepth: 3 });
  if (!typesOf(schema).includes("object") || schema.properties === undefined) return anything;
  const valid = validObject(schema, hints);
  const names = Object.keys(schema.properties);
  const required = schema.required ?? [];
  const broken: fc.Arbitrary<unknown>[] = [
    anything,
    // One field replaced by any JSON value (often of the wrong type).
    fc.tuple(valid, fc.constantFrom(...names), anything).map(([body, name, value]) => ({ ...body, [name]: value })),
    // One field far too long.
    fc.tuple(valid, fc.constantFrom(...names)).map(([body, name]) => ({ ...body, [name]: "y".repeat(20_001) })),
    // A field nobody declared.
    fc.tuple(valid, fc.string({ maxLength: 12 }), anything).map(([body, name, value]) => ({ ...body, [name]: value })),
  ];
  if (required.length > 0) {
    broken.push(
      fc.tuple(valid, fc.constantFrom(...required)).map(([body, name]) => {
        const { [name]: _dropped, ...rest } = body;
        return rest;
      }),
    );
  }
  return fc.oneof(...broken);
}
