// Checks what the local GitHub server and hookline exchanged against GitHub's own API description
// (@octokit/openapi) and event payloads against GitHub's webhook schemas (@octokit/openapi-webhooks),
// with ajv over the specs' JSON schemas — so neither the server nor the test payloads can drift
// from GitHub. Each check returns problems as sentences (empty: valid).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { RecordedCall } from './server.js';

const require = createRequire(import.meta.url);
type Json = Record<string, unknown>;
interface Operation {
  parameters?: Json[];
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses?: Record<string, Json>;
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, Json>>;
}

const load = (file: string) => JSON.parse(readFileSync(require.resolve(file), 'utf8')) as Json;
let rest: { spec: Spec; ajv: Ajv } | undefined;
let hooks: { spec: Json; ajv: Ajv } | undefined;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function newAjv(): Ajv {
  // OpenAPI keywords (example, discriminator, x-github…) are annotations to ajv, not errors.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

function restSpec() {
  if (!rest) {
    const spec = load('@octokit/openapi/generated/api.github.com.json') as unknown as Spec;
    const ajv = newAjv();
    ajv.addSchema({ $id: 'rest', components: spec.components });
    rest = { spec, ajv };
  }
  return rest;
}

function hookSpec() {
  if (!hooks) {
    const spec = load('@octokit/openapi-webhooks/generated/api.github.com.json');
    const ajv = newAjv();
    ajv.addSchema({ $id: 'hooks', components: spec.components });
    hooks = { spec, ajv };
  }
  return hooks;
}

const validators = new Map<string, ValidateFunction>();
function validator(ajv: Ajv, base: string, schema: Json): ValidateFunction {
  const key = `${base}:${JSON.stringify(schema)}`;
  let v = validators.get(key);
  if (!v) {
    v = ajv.compile({ $id: `${base}-${validators.size}`, ...rebase(schema, base) });
    validators.set(key, v);
  }
  return v;
}

/** `#/components/…` inside an operation's inline schema points into the spec document. */
function rebase(schema: Json, base: string): Json {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, `"$ref":"${base}#/`)) as Json;
}

function deref<T>(spec: Spec, node: unknown): T {
  let n = node as Json;
  while (n && typeof n.$ref === 'string') {
    const parts = n.$ref.replace(/^#\//, '').split('/');
    n = parts.reduce<Json>((o, k) => o[k] as Json, spec as unknown as Json);
  }
  return n as T;
}

function errorsOf(v: ValidateFunction): string {
  return (v.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`)
    .join('; ');
}

/** The documented operation for a method and path: the template with the fewest parameters that matches. */
function operation(spec: Spec, method: string, path: string): { template: string; op: Operation } | undefined {
  const matches = Object.keys(spec.paths)
    .filter((t) => new RegExp(`^${t.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path))
    .filter((t) => spec.paths[t]?.[method.toLowerCase()])
    .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
  const template = matches[0];
  return template ? { template, op: spec.paths[template]![method.toLowerCase()]! } : undefined;
}

/** Problems with one recorded exchange: undocumented operation or parameter, invalid request or response body. */
export function checkExchange(call: RecordedCall): string[] {
  const { spec, ajv } = restSpec();
  const where = `${call.method} ${call.path}`;
  const found = operation(spec, call.method, call.path);
  if (!found) return [`${where}: no such operation in GitHub's API description`];
  const { op } = found;
  const problems: string[] = [];
  const params = (op.parameters ?? []).map((p) => deref<Json>(spec, p));
  for (const [name, value] of Object.entries(call.query)) {
    const p = params.find((x) => x.in === 'query' && x.name === name);
    if (!p) {
      problems.push(`${where}: query parameter ${name} is not documented`);
      continue;
    }
    const schema = (p.schema ?? {}) as Json;
    const typed =
      schema.type === 'integer' || schema.type === 'number' ? Number(value) : schema.type === 'boolean' ? value === 'true' : value;
    const v = validator(ajv, 'rest', schema);
    if (!v(typed)) problems.push(`${where}: query ${name}=${value}: ${errorsOf(v)}`);
  }
  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  if (call.body !== undefined) {
    if (!bodySchema) problems.push(`${where}: sends a body the operation does not take`);
    else {
      const v = validator(ajv, 'rest', bodySchema);
      if (!v(call.body)) problems.push(`${where}: request body: ${errorsOf(v)}`);
    }
  }
  if (call.status === 201 && !call.response.headers.location) problems.push(`${where}: 201 without Location`);
  const declared = op.responses?.[String(call.status)];
  const response = declared ? deref<Json>(spec, declared) : undefined;
  let schema = (response?.content as Record<string, { schema?: Json }> | undefined)?.['application/json']?.schema;
  // GitHub's description leaves many error statuses out; its errors all have these shapes.
  if (!schema && call.status >= 400) {
    schema = { $ref: `#/components/schemas/${call.status === 422 ? 'validation-error' : 'basic-error'}` };
  }
  if (!response && call.status < 400) problems.push(`${where}: status ${call.status} is not documented`);
  if (schema && call.response.body !== undefined) {
    const v = validator(ajv, 'rest', schema);
    if (!v(call.response.body)) problems.push(`${where} → ${call.status}: response body: ${errorsOf(v)}`);
  }
  return problems;
}

export function checkExchanges(calls: RecordedCall[]): string[] {
  return calls.flatMap(checkExchange);
}

/** Problems with an event payload as the runner would write it to GITHUB_EVENT_PATH. */
export function checkEvent(eventName: string, payload: unknown): string[] {
  const { spec, ajv } = hookSpec();
  const action = (payload as { action?: unknown })?.action;
  const base = eventName.replace(/_/g, '-');
  const webhooks = spec.webhooks as Record<string, { post?: { requestBody?: { content?: Record<string, { schema?: Json }> } } }>;
  const hook = webhooks[typeof action === 'string' ? `${base}-${action.replace(/_/g, '-')}` : base] ?? webhooks[base];
  const schema = hook?.post?.requestBody?.content?.['application/json']?.schema;
  if (!schema) return [`${eventName}${typeof action === 'string' ? `.${action}` : ''}: no such webhook event`];
  const v = validator(ajv, 'hooks', schema);
  return v(payload) ? [] : [`${eventName}: ${errorsOf(v)}`];
}
