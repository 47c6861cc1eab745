// The name of a pull request's preview environment or deployment group (pure). The same inputs
// always give the same name, so every push to the PR lands in the same place.

export interface PreviewNameVars {
  number: number;
  application: string;
  group?: string;
  environment?: string;
  branch?: string;
}

export interface NameRules {
  /** Longest name allowed: 40 for Beanstalk environments, 100 for CodeDeploy groups. */
  max: number;
}

export const BEANSTALK_ENV_NAME: NameRules = { max: 40 };
export const CODEDEPLOY_GROUP_NAME: NameRules = { max: 100 };

/**
 * Expands `{application}`, `{group}`, `{environment}`, `{branch}` and `{number}`, then makes the
 * result DNS-safe (lower case letters, digits and single hyphens, no hyphen at either end — a
 * Beanstalk environment name becomes its CNAME prefix) and at most `max` characters. When too
 * long, the text parts are shortened, never `{number}`, so two pull requests never share a name.
 */
export function previewName(template: string, vars: PreviewNameVars, rules: NameRules = BEANSTALK_ENV_NAME): string {
  const number = String(vars.number);
  const values: Record<string, string> = {
    application: dns(vars.application),
    group: dns(vars.group ?? ''),
    environment: dns(vars.environment ?? ''),
    branch: dns(vars.branch ?? ''),
  };
  const parts = template.split(/(\{[a-z]+\})/).filter((p) => p !== '');
  const render = (vals: Record<string, string>) =>
    dns(parts.map((p) => (p === '{number}' ? number : /^\{[a-z]+\}$/.test(p) ? (vals[p.slice(1, -1)] ?? '') : p)).join(''));
  let name = render(values);
  // Shorten the longest variable part until it fits (deterministic: same inputs, same name).
  while (name.length > rules.max) {
    const longest = Object.entries(values)
      .filter(([k, v]) => v.length > 0 && parts.includes(`{${k}}`))
      .sort((a, b) => b[1].length - a[1].length)[0];
    if (!longest) break;
    const [key, value] = longest;
    values[key] = dns(value.slice(0, Math.max(0, value.length - (name.length - rules.max))));
    if (values[key] === value) values[key] = value.slice(0, -1);
    name = render(values);
  }
  // Literal text alone too long: keep the end, which carries the number.
  if (name.length > rules.max) name = dns(name.slice(name.length - rules.max));
  if (name.length < 4) name = name === number ? `pr-${number}` : dns(`pr-${number}-${name}`).slice(0, rules.max);
  return name;
}

/** Lower case letters, digits and single hyphens; no hyphen at either end. */
function dns(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The GitHub Deployment environment of a pull request's preview. */
export function previewEnvironment(number: number): string {
  return `preview/pr-${number}`;
}

/** Application version labels made for a pull request's previews start with this (see preview flow). */
export function previewLabelPrefix(number: number): string {
  return `pr-${number}-`;
}
