// Event payloads as the runner writes them to GITHUB_EVENT_PATH, for the e2e tests. GitHub's
// webhook schema (@octokit/openapi-webhooks) gives every field it requires a plain value of the
// right type; the fields hookline reads, and the ones a person would recognise, are then set to
// realistic values. openapi.ts checks the result against the same schema, so a test can never
// feed the action a payload GitHub would not send.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;
const require = createRequire(import.meta.url);
let schemas: Record<string, Json> | undefined;

function components(): Record<string, Json> {
  schemas ??= (
    JSON.parse(readFileSync(require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json'), 'utf8')) as {
      components: { schemas: Record<string, Json> };
    }
  ).components.schemas;
  return schemas;
}

function deref(s: Json): Json {
  let n = s;
  while (typeof n.$ref === 'string') n = components()[n.$ref.split('/').pop() ?? ''] ?? {};
  return n;
}

const FORMATS: Record<string, string> = {
  uri: 'https://github.com/octo-org/shop',
  'uri-template': 'https://api.github.com/repos/octo-org/shop{/path}',
  'date-time': '2026-12-01T12:00:00Z',
  date: '2026-12-01',
  email: 'octocat@github.com',
};

/** The plainest value the schema accepts: null where allowed, required properties only, empty arrays. */
export function plainValue(schema: Json): unknown {
  const s = deref(schema);
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum.find((v) => v !== null) ?? null;
  if (Array.isArray(s.allOf)) return (s.allOf as Json[]).map(plainValue).reduce((a, b) => merge(a, b), {});
  const options = (s.oneOf ?? s.anyOf) as Json[] | undefined;
  if (options) return plainValue(options.find((o) => deref(o).type !== 'null') ?? options[0] ?? {});
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string | undefined];
  if (types.includes('null') || s.nullable === true) return null;
  switch (types[0]) {
    case 'object': {
      const props = (s.properties ?? {}) as Record<string, Json>;
      return Object.fromEntries(((s.required ?? []) as string[]).map((k) => [k, plainValue(props[k] ?? {})]));
    }
    case 'array':
      return [];
    case 'string':
      return FORMATS[s.format as string] ?? '';
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? Math.max(1, s.minimum) : 1;
    case 'boolean':
      return false;
    default:
      return {};
  }
}

/** `over` laid over `base`: objects merged key by key, anything else replaced. */
export function merge(base: unknown, over: unknown): unknown {
  const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObj(base) || !isObj(over)) return over;
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
  return out;
}

/** The schema of property `key` of an object schema (through $ref, allOf and the first non-null oneOf/anyOf). */
function propertySchema(schema: Json, key: string): Json | undefined {
  const s = deref(schema);
  const own = (s.properties as Record<string, Json> | undefined)?.[key];
  if (own) return own;
  for (const part of [
    ...((s.allOf ?? []) as Json[]),
    ...(((s.oneOf ?? s.anyOf) as Json[] | undefined)?.filter((o) => deref(o).type !== 'null') ?? []),
  ]) {
    const found = propertySchema(part, key);
    if (found) return found;
  }
  return undefined;
}

/** `realistic` over the plainest valid value, where every object it sets is completed from its own schema. */
function fillOver(schema: Json, realistic: unknown): unknown {
  if (typeof realistic !== 'object' || realistic === null || Array.isArray(realistic)) return realistic;
  const base = plainValue(schema);
  const out: Json = typeof base === 'object' && base !== null && !Array.isArray(base) ? { ...(base as Json) } : {};
  for (const [k, v] of Object.entries(realistic)) {
    const sub = propertySchema(schema, k);
    out[k] = sub ? fillOver(sub, v) : v;
  }
  return out;
}

function webhook(name: string, realistic: Json): Json {
  return fillOver({ $ref: `#/components/schemas/${name}` }, realistic) as Json;
}

const OWNER = { login: 'octo-org', id: 9919, type: 'Organization' };
const REPO = {
  id: 1296269,
  node_id: 'R_kgDOAT9rDQ',
  name: 'shop',
  full_name: 'octo-org/shop',
  private: false,
  owner: OWNER,
  html_url: 'https://github.com/octo-org/shop',
  fork: false,
  default_branch: 'main',
};
const OCTOCAT = { login: 'octocat', id: 583231, type: 'User' };

export interface PullRequestEventOptions {
  action: 'opened' | 'synchronize' | 'reopened' | 'closed';
  number: number;
  headSha: string;
  merged?: boolean;
  /** The head branch's repository when it is a fork. */
  headRepo?: { full_name: string; owner: string };
}

/** A pull_request event of `action`, as GitHub sends it. */
export function pullRequestEvent(o: PullRequestEventOptions): Json {
  const fork = o.headRepo
    ? { ...REPO, id: 77, full_name: o.headRepo.full_name, owner: { ...OCTOCAT, login: o.headRepo.owner }, fork: true }
    : REPO;
  const closed = o.action === 'closed';
  return webhook(`webhook-pull-request-${o.action}`, {
    action: o.action,
    number: o.number,
    ...(o.action === 'synchronize' ? { before: 'b'.repeat(40), after: o.headSha } : {}),
    pull_request: {
      number: o.number,
      state: closed ? 'closed' : 'open',
      title: 'Add the login form',
      html_url: `https://github.com/octo-org/shop/pull/${o.number}`,
      url: `https://api.github.com/repos/octo-org/shop/pulls/${o.number}`,
      merged: o.merged ?? false,
      ...(closed ? { closed_at: '2026-12-01T12:00:00Z', merged_at: o.merged ? '2026-12-01T12:00:00Z' : null } : {}),
      head: { label: `${fork.owner.login}:feature/login`, ref: 'feature/login', sha: o.headSha, repo: fork, user: OCTOCAT },
      base: { label: 'octo-org:main', ref: 'main', sha: 'b'.repeat(40), repo: REPO, user: OWNER },
      user: OCTOCAT,
    },
    repository: REPO,
    sender: OCTOCAT,
  });
}

/** A push to main whose head is `after`. */
export function pushEvent(after: string): Json {
  return webhook('webhook-push', {
    ref: 'refs/heads/main',
    before: '0'.repeat(40),
    after,
    compare: `https://github.com/octo-org/shop/compare/${'0'.repeat(12)}...${after.slice(0, 12)}`,
    repository: REPO,
    pusher: { name: 'octocat', email: 'octocat@github.com' },
    sender: OCTOCAT,
  });
}

/** A workflow_dispatch with its inputs. */
export function workflowDispatchEvent(inputs: Record<string, string>): Json {
  return webhook('webhook-workflow-dispatch', {
    ref: 'refs/heads/main',
    inputs,
    workflow: '.github/workflows/deploy.yml',
    repository: REPO,
    sender: OCTOCAT,
  });
}
