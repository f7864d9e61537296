// Hostile input for the fuzz tests (fast-check): what a forged request can put where a form field, a bound
// argument or a query parameter is expected. Wrong types, huge strings, control characters and unpaired
// surrogates, ids of real rows the person has no business with, prototype-pollution keys, extra and missing
// fields, lists where one value is expected.
import fc from "fast-check";
import type { z } from "zod";

/** Sizes that cross every length limit in the schemas (the longest is 20,000) and the 1 MB action body limit's neighbourhood. */
const HUGE_SIZES = [141, 5_001, 20_001, 100_000] as const;

/** Keys that reach for an object's prototype when a parser assigns them naively. */
export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

const TRICKY_TEXT = [
  "",
  " ",
  "\u0000",
  "\u0000abc",
  "abc\u0000",
  "\r\n\t\v\f\b",
  "\u001b[31mred\u001b[0m",
  "\u007f\u0085\u2028\u2029",
  "\u202eevil\u202c",
  "\ufeff",
  "\ud800",
  "\udfff",
  "a\ud83d",
  "\ude00b",
  "\ud83d\ude00",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "0",
  "-1",
  "1e309",
  "9007199254740993",
  "0x10",
  "1.5",
  "true",
  "false",
  "on",
  "null",
  "undefined",
  "[]",
  "{}",
  '{"__proto__":{"polluted":true}}',
  "' OR 1=1 --",
  "'; DROP TABLE question; --",
  "\\",
  "%00",
  "%ff",
  "../../../etc/passwd",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "//evil.example",
  "https://evil.example/",
  "/\\evil.example",
  "${7*7}{{7*7}}",
  '=HYPERLINK("https://evil.example")',
  "2026-02-30",
  "2026-13-01",
  "99999-01-01",
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
  ...PROTOTYPE_KEYS,
];

/** Real ids from the database (other people's, another organisation's) and near misses of them. */
export interface IdPool {
  uuids: readonly string[];
  numbers: readonly number[];
}

function foreignIds(pool: IdPool): fc.Arbitrary<string> {
  const arbitraries: fc.Arbitrary<string>[] = [fc.uuid(), fc.integer({ min: -2, max: 10_000 }).map(String)];
  if (pool.uuids.length) {
    const real = fc.constantFrom(...pool.uuids);
    arbitraries.push(
      real,
      real.map((id) => id.toUpperCase()),
      real.map((id) => ` ${id}\n`),
      real.map((id) => `${id},${id}`),
    );
  }
  if (pool.numbers.length) {
    const real = fc.constantFrom(...pool.numbers);
    arbitraries.push(
      real.map(String),
      real.map((id) => `${id}.0`),
      real.map((id) => `0${id}`),
    );
  }
  return fc.oneof(...arbitraries);
}

/** Text past every length limit, up to 100 kB, of one repeated unit (controls and lone surrogates among them). */
export const hugeText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...HUGE_SIZES), fc.constantFrom("x", "a@", "é", "\u0000", "😀", " ", "-", "1", "\ud800"))
  .map(([size, unit]) => unit.repeat(Math.ceil(size / unit.length)));

/**
 * Long text for an address: Node's HTTP server refuses a request line and headers past 16 kB before any handler
 * runs, so a query parameter is at most about that long (and of characters that percent-encode to themselves,
 * so encoding 100 kB of escapes does not dominate the run).
 */
export const longQueryText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(141, 5_001, 15_000), fc.constantFrom("x", "a@", "1", "-", "%"))
  .map(([size, unit]) => unit.repeat(Math.ceil(size / unit.length)));

/** Text as hostile as the generator can make it (huge text aside: see hugeText); `plausible` are words the schema wants (its enum values). */
export function hostileText(pool: IdPool, plausible: readonly string[] = []): fc.Arbitrary<string> {
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 4, arbitrary: fc.constantFrom(...TRICKY_TEXT) },
    { weight: 4, arbitrary: foreignIds(pool) },
    { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
    // Any code unit, unpaired surrogates and C0/C1 controls included.
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)) }),
    },
  ];
  if (plausible.length) options.push({ weight: 3, arbitrary: fc.constantFrom(...plausible) });
  return fc.oneof(...options);
}

/** An object a JSON parser would build from text with prototype-pollution keys (own properties, not the prototype). */
const pollutingObjects = fc
  .constantFrom(
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"__proto__":[],"length":1e9}',
    '{"toString":"x","valueOf":1}',
  )
  .map((text): unknown => JSON.parse(text));

/** Any value an action's argument could be forged to (React's action encoding sends more than strings). */
export function hostileValue(pool: IdPool, plausible: readonly string[] = []): fc.Arbitrary<unknown> {
  const text = hostileText(pool, plausible);
  return fc.oneof(
    { weight: 6, arbitrary: text },
    { weight: 1, arbitrary: hugeText },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.integer(),
        fc.double(),
        fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308),
        fc.constantFrom(...(pool.numbers.length ? pool.numbers : [1])),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(true, false, null, undefined) },
    { weight: 1, arbitrary: fc.bigInt() },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
    { weight: 2, arbitrary: fc.array(text, { maxLength: 4 }) },
    { weight: 1, arbitrary: pollutingObjects },
    { weight: 1, arbitrary: fc.object({ maxDepth: 2, maxKeys: 4 }) },
  );
}

/** Field names: those the schema knows, prototype keys, Next's own "$ACTION_…" prefix, and junk. */
function fieldNames(known: readonly string[]): fc.Arbitrary<string> {
  const options: fc.Arbitrary<string>[] = [
    fc.constantFrom(...PROTOTYPE_KEYS, "$ACTION_ID_0", "$ACTION_REF_1", "", "id", "userId", "role", "platformRole"),
    fc.string({ maxLength: 12 }),
  ];
  if (known.length) options.unshift(fc.constantFrom(...known), fc.constantFrom(...known));
  return fc.oneof(...options);
}

/** The entries of a forged form post: some fields missing, some repeated, some files, some not in the form at all. */
export function hostileFormEntries(
  pool: IdPool,
  known: readonly string[],
  plausible: readonly string[],
): fc.Arbitrary<[string, string | Blob][]> {
  const value = fc.oneof(
    { weight: 12, arbitrary: hostileText(pool, plausible) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((text): Blob => new Blob([text])) },
  );
  const entries = fc.array(fc.tuple(fieldNames(known), value), { maxLength: Math.max(4, known.length + 2) });
  // At most one huge field per post (one is enough to cross a limit; more only slows the run).
  const huge = fc.option(fc.tuple(fieldNames(known), hugeText), { freq: 4, nil: null });
  return fc.tuple(entries, huge).map(([list, big]) => (big ? [...list, big] : list));
}

export function formDataOf(entries: readonly [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

/** The top-level field names a schema parses (through refinements, transforms, unions, intersections). */
export function schemaKeys(schema: z.ZodType): string[] {
  const keys = new Set<string>();
  visit(
    schema,
    (def) => {
      if (def.type === "object" && def.shape) for (const key of Object.keys(def.shape)) keys.add(key);
    },
    0,
  );
  return [...keys];
}

/** Every enum value and literal anywhere in a schema, as text: words that get a forged form past one field. */
export function schemaWords(schema: z.ZodType): string[] {
  const words = new Set<string>();
  visit(
    schema,
    (def) => {
      if (def.type === "enum" && def.entries) for (const value of Object.values(def.entries)) words.add(String(value));
      if (def.type === "literal" && def.values) for (const value of def.values) words.add(String(value));
    },
    Infinity,
  );
  return [...words];
}

/** The parts of zod 4's internal definition this file reads. */
interface SchemaDefinition {
  type: string;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, unknown>;
  values?: unknown[];
  in?: z.ZodType;
  out?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  element?: z.ZodType;
  items?: z.ZodType[];
}

/** Walks a schema's definitions; objects' fields are entered only `objectDepth` levels deep. */
function visit(schema: z.ZodType, see: (def: SchemaDefinition) => void, objectDepth: number): void {
  const def = (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
  see(def);
  const inner = [
    def.in,
    def.out,
    def.innerType,
    def.left,
    def.right,
    def.element,
    ...(def.options ?? []),
    ...(def.items ?? []),
  ];
  for (const child of inner) if (child) visit(child, see, objectDepth);
  if (def.type === "object" && def.shape && objectDepth > 0)
    for (const child of Object.values(def.shape)) visit(child, see, objectDepth - 1);
}
