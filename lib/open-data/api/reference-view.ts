// The /developers reference, read from the OpenAPI document itself (openapi.ts), so the page says exactly what
// the API does: each endpoint's parameters, responses and example, and each data type's fields.
import { ENDPOINTS, openApiDocument } from "./openapi";

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};

export interface FieldView {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

export interface EndpointView {
  id: string;
  path: string;
  summary: string;
  description: string;
  parameters: (FieldView & { where: string })[];
  responses: { status: string; description: string }[];
  returns: string;
  example: string;
}

export interface DataTypeView {
  name: string;
  description: string;
  fields: FieldView[];
}

const refName = (ref: string) => ref.split("/").pop() ?? ref;

/** A schema's type in words: "text (date-time)", "list of Theme", "one of: open, answered", "… or null". */
export function typeText(schema: JsonSchema | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) return refName(schema.$ref);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(typeText).join(" or ");
  if (schema.enum) return `one of: ${schema.enum.map(String).join(", ")}`;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const words = types.map((type) => {
    if (type === "array") return `list of ${typeText(schema.items)}`;
    if (type === "string") return schema.format ? `text (${schema.format})` : "text";
    if (type === "integer") {
      if (schema.minimum !== undefined && schema.maximum !== undefined && schema.maximum < 1e6)
        return `whole number from ${schema.minimum} to ${schema.maximum}`;
      return schema.minimum === 0 ? "whole number, 0 or more" : "whole number";
    }
    if (type === "boolean") return "true or false";
    return type;
  });
  return words.join(" or ") || "object";
}

function fieldsOf(schema: JsonSchema): FieldView[] {
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    type: typeText(property),
    required: schema.required?.includes(name) ?? false,
    description: property.description ?? "",
  }));
}

/**
 * The reference for the portal at `origin`. `exampleIds` puts real ids into the examples of the endpoints that
 * take one (a question's, a commitment's), so they can be run as they are.
 */
export function apiReference(
  origin: string,
  exampleIds: Partial<Record<"question" | "commitment", string>> = {},
): {
  endpoints: EndpointView[];
  dataTypes: DataTypeView[];
  documentUrl: string;
} {
  const document = openApiDocument(origin) as unknown as {
    paths: Record<
      string,
      {
        get: {
          parameters?: { name: string; in: string; required?: boolean; description?: string; schema: JsonSchema }[];
          responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
        };
      }
    >;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const endpoints = ENDPOINTS.map((endpoint): EndpointView => {
    const operation = document.paths[endpoint.path]!.get;
    const ok = operation.responses["200"]?.content?.["application/json"]?.schema;
    return {
      id: endpoint.operation.operationId,
      path: `/api/v1${endpoint.path}`,
      summary: endpoint.operation.summary,
      description: endpoint.operation.description,
      parameters: (operation.parameters ?? []).map((p) => ({
        name: p.name,
        where: p.in === "path" ? "in the path" : "query",
        type: typeText(p.schema) + (p.schema.default !== undefined ? ` (default ${String(p.schema.default)})` : ""),
        required: p.required ?? false,
        description: p.description ?? p.schema.description ?? "",
      })),
      responses: Object.entries(operation.responses).map(([status, response]) => ({
        status,
        description: response.description,
      })),
      returns: typeText(ok),
      example: `curl -i '${origin}${endpoint.example.replace("{id}", (endpoint.path.startsWith("/questions") ? exampleIds.question : exampleIds.commitment) ?? "<id>")}'`,
    };
  });
  const dataTypes = Object.entries(document.components?.schemas ?? {})
    .filter(([, schema]) => schema.properties)
    .map(([name, schema]) => ({ name, description: schema.description ?? "", fields: fieldsOf(schema) }));
  return { endpoints, dataTypes, documentUrl: `${origin}/api/v1/openapi.json` };
}
