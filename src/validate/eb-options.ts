// Elastic Beanstalk `option_settings` (in .ebextensions/*.config, and `OptionSettings` in saved
// configurations under .elasticbeanstalk/saved_configs/) checked against the options the target
// environment's platform defines, as DescribeConfigurationOptions answers them. Pure: the caller
// fetches the answer; without one (offline) a single notice says names were not checked.
import type { ConfigurationOptionDescription } from '@aws-sdk/client-elastic-beanstalk';
import type { Finding } from '../types.js';
import { FREE_FORM_NAMESPACES, namespaceFamily } from './eb-namespaces.js';
import { locateConfigs, parseConfigs } from './ebextensions.js';
import type { TreeIndex } from './paths.js';
import { asMap, asScalar, asSeq, finding, getPair, keyText, pairPos, pairs, scalarString, valuePos } from './source.js';
import type { Position, Source } from './source.js';
import { closest } from './suggest.js';

/** Where an option without a namespace goes (list form). */
const DEFAULT_NAMESPACE = 'aws:elasticbeanstalk:application:environment';

export interface OptionSetting {
  file: string;
  namespace: string;
  name: string;
  /** The value as Beanstalk receives it (text); undefined for a CloudFormation function or nothing. */
  value?: string;
  namespacePos: Position;
  namePos: Position;
  valuePos: Position;
}

/** A value written as a function (`Fn::GetOptionSetting`, `Ref`) or an inline `{"Ref": …}` is resolved later: not checked. */
function valueText(node: unknown): string | undefined {
  const s = asScalar(node);
  if (!s || s.value === null || s.value === undefined) return undefined;
  const text = String(s.value);
  return /`\{/.test(text) ? undefined : text;
}

function fromShorthand(src: Source, node: unknown, out: OptionSetting[]): void {
  for (const nsPair of pairs(asMap(node))) {
    const ns = keyText(nsPair);
    for (const opt of pairs(asMap(nsPair.value))) {
      out.push({
        file: src.file,
        namespace: ns,
        name: keyText(opt),
        value: valueText(opt.value),
        namespacePos: pairPos(src, nsPair),
        namePos: pairPos(src, opt),
        valuePos: valuePos(src, opt),
      });
    }
  }
}

/** The option settings a config file or saved configuration sets, with their positions. */
export function collectOptionSettings(src: Source): OptionSetting[] {
  const out: OptionSetting[] = [];
  const top = asMap(src.doc.contents);
  const saved = /(^|\/)\.elasticbeanstalk\/saved_configs\//.test(src.file);
  const pair = getPair(top, saved ? 'OptionSettings' : 'option_settings');
  if (!pair) return out;
  const list = asSeq(pair.value);
  if (!list) {
    fromShorthand(src, pair.value, out);
    return out;
  }
  for (const item of list.items) {
    const m = asMap(item);
    const namePair = getPair(m, 'option_name');
    const name = scalarString(namePair?.value);
    if (!m || !namePair || name === undefined) continue;
    const nsPair = getPair(m, 'namespace');
    const valuePair = getPair(m, 'value');
    out.push({
      file: src.file,
      namespace: scalarString(nsPair?.value) ?? DEFAULT_NAMESPACE,
      name,
      value: valuePair ? valueText(valuePair.value) : undefined,
      namespacePos: nsPair ? valuePos(src, nsPair) : valuePos(src, namePair),
      namePos: valuePos(src, namePair),
      valuePos: valuePair ? valuePos(src, valuePair) : valuePos(src, namePair),
    });
  }
  return out;
}

/** The one notice for a bundle checked without a platform to ask. */
export function offlineOptionsNotice(settings: OptionSetting[]): Finding[] {
  const first = settings.find((s) => !FREE_FORM_NAMESPACES.includes(s.namespace));
  if (!first) return [];
  return [
    finding(
      first.file,
      first.namespacePos,
      'notice',
      'ebextensions/options-not-checked',
      `Option names and values in option_settings were not checked against a platform here (namespaces only, against the documented list). With credentials, the action checks them against the target environment's platform (DescribeConfigurationOptions) before it uploads anything.`,
    ),
  ];
}

type Known = Map<string, ConfigurationOptionDescription[]>;

function index(options: ConfigurationOptionDescription[]): Known {
  const known: Known = new Map();
  for (const o of options) {
    if (!o.Namespace || !o.Name) continue;
    const list = known.get(o.Namespace) ?? [];
    list.push(o);
    known.set(o.Namespace, list);
  }
  return known;
}

/** The options a namespace may hold: its own, or its family's (`process:web` uses `process:default`'s). */
function optionsOf(known: Known, ns: string): ConfigurationOptionDescription[] | undefined {
  const own = known.get(ns);
  if (own) return own;
  const family = namespaceFamily(ns);
  if (!family) return undefined;
  const members = [...known.entries()].filter(([k]) => k === family || namespaceFamily(k) === family).flatMap(([, v]) => v);
  return members.length ? members : undefined;
}

const unknownSetting = (s: OptionSetting): string =>
  `"Invalid option specification (Namespace: '${s.namespace}', OptionName: '${s.name}'): Unknown configuration setting."`;

/** Why Beanstalk refuses a value for this option, or undefined when it is accepted. */
export function valueProblem(value: string, o: ConfigurationOptionDescription): string | undefined {
  const allowed = o.ValueOptions ?? [];
  if (allowed.length) {
    const boolean = allowed.every((a) => ['true', 'false'].includes(a));
    const ok = (v: string) => allowed.includes(v) || (boolean && allowed.includes(v.toLowerCase()));
    const items =
      o.ValueType === 'List'
        ? value
            .split(',')
            .map((v) => v.trim())
            .filter(Boolean)
        : [value];
    const bad = items.find((v) => !ok(v));
    if (bad !== undefined) {
      const near = allowed.find((a) => a.toLowerCase() === bad.toLowerCase());
      return `'${bad}' is not one of ${allowed.join(', ')}${near ? ` (values are case-sensitive: '${near}')` : ''}`;
    }
  }
  if (o.MinValue !== undefined || o.MaxValue !== undefined) {
    if (!/^\s*-?\d+\s*$/.test(value))
      return `it must be a whole number${o.MinValue !== undefined ? ` from ${o.MinValue}` : ''}${o.MaxValue !== undefined ? ` to ${o.MaxValue}` : ''}`;
    const n = Number(value);
    if (o.MinValue !== undefined && n < o.MinValue) return `${n} is below the minimum, ${o.MinValue}`;
    if (o.MaxValue !== undefined && n > o.MaxValue) return `${n} is above the maximum, ${o.MaxValue}`;
  }
  if (o.MaxLength !== undefined && value.length > o.MaxLength)
    return `it is ${value.length} characters long; at most ${o.MaxLength} are allowed`;
  if (o.Regex?.Pattern) {
    let re: RegExp | undefined;
    try {
      re = new RegExp(`^(?:${o.Regex.Pattern})$`);
    } catch {
      re = undefined; // A pattern JavaScript cannot compile is left to Beanstalk.
    }
    if (re && !re.test(value))
      return `it does not match ${o.Regex.Label ? `the ${o.Regex.Label} format` : 'the required format'} (${o.Regex.Pattern})`;
  }
  return undefined;
}

/**
 * Check every setting against the platform's options. `environment` names the environment whose
 * platform answered, for the messages. An empty answer checks nothing (no platform to compare with).
 */
export function checkOptionsAgainstPlatform(
  settings: OptionSetting[],
  options: ConfigurationOptionDescription[],
  environment: string,
): Finding[] {
  const known = index(options);
  if (known.size === 0) return [];
  const out: Finding[] = [];
  for (const s of settings) {
    if (FREE_FORM_NAMESPACES.includes(s.namespace)) continue;
    const inNs = optionsOf(known, s.namespace);
    if (!inNs) {
      const near = closest(s.namespace, [...known.keys()], 3)[0];
      out.push(
        finding(
          s.file,
          s.namespacePos,
          'error',
          'ebextensions/option-unknown',
          `Namespace '${s.namespace}' in ${s.file} is not one the platform of ${environment} defines; the environment update would fail with ${unknownSetting(s)}${near ? ` Did you mean '${near}'?` : ''}`,
        ),
      );
      continue;
    }
    const option = inNs.find((o) => o.Name === s.name);
    if (!option) {
      const near =
        inNs.find((o) => o.Name?.toLowerCase() === s.name.toLowerCase())?.Name ??
        closest(
          s.name,
          inNs.map((o) => o.Name ?? ''),
          3,
        )[0];
      out.push(
        finding(
          s.file,
          s.namePos,
          'error',
          'ebextensions/option-unknown',
          `Option '${s.name}' is not in namespace '${s.namespace}' on the platform of ${environment}; the environment update would fail with ${unknownSetting(s)}${near ? ` Did you mean '${near}'?` : ''}`,
        ),
      );
      continue;
    }
    if (s.value === undefined || s.value === '') continue;
    const problem = valueProblem(s.value, option);
    if (problem) {
      out.push(
        finding(
          s.file,
          s.valuePos,
          'error',
          'ebextensions/option-value',
          `Value '${s.value}' for ${s.namespace} ${s.name} in ${s.file} is refused by the platform of ${environment}: ${problem}. The environment update would fail with "Invalid option value".`,
        ),
      );
    }
  }
  return out;
}

/** Every option setting in a bundle: its .ebextensions configs, then EB CLI saved configurations. */
export function bundleOptionSettings(tree: TreeIndex, war = false): OptionSetting[] {
  const { configs } = locateConfigs(tree, war);
  const saved = tree.files().filter((p) => /^\.elasticbeanstalk\/saved_configs\/[^/]+\.cfg\.ya?ml$/.test(p));
  const out: OptionSetting[] = [];
  for (const { source } of parseConfigs(tree, [...configs, ...saved]).values()) if (source) out.push(...collectOptionSettings(source));
  return out;
}
