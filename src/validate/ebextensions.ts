// Elastic Beanstalk .ebextensions/*.config files (YAML or JSON). Beanstalk reads them with a
// YAML 1.1 parser, merges every file, hands `Resources` to CloudFormation and the rest to
// cfn-init (packages, groups, users, sources, files, commands, services) and its own engine
// (option_settings, container_commands).
import type { Pair } from 'yaml';
import type { Finding } from '../types.js';
import { baseName, dirName, inVendoredDir, TreeIndex } from './paths.js';
import {
  asMap,
  asScalar,
  asSeq,
  describeNode,
  finding,
  getPair,
  isQuoted,
  keyText,
  nodePos,
  pairPos,
  pairs,
  parseSource,
  scalarSource,
  scalarString,
  valuePos,
} from './source.js';
import type { Source } from './source.js';
import { checkHttpSnippet } from './nginx.js';
import { isDocumentedNamespace, KNOWN_NAMESPACES } from './eb-namespaces.js';
import { checkAl1Hooks } from './ebextensions-al1hooks.js';

import { closest, didYouMean } from './suggest.js';

export const EBEXTENSIONS_KEYS = [
  'option_settings',
  'packages',
  'groups',
  'users',
  'sources',
  'files',
  'commands',
  'services',
  'container_commands',
  'Resources',
  'Outputs',
  'Parameters',
  'Mappings',
  'Conditions',
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Transform',
];
const COMMAND_KEYS = ['command', 'env', 'cwd', 'test', 'ignoreErrors', 'waitAfterCompletion'];
const CONTAINER_COMMAND_KEYS = [...COMMAND_KEYS, 'leader_only'];
const FILE_KEYS = ['content', 'source', 'encoding', 'group', 'owner', 'mode', 'authentication', 'context'];
const PACKAGE_MANAGERS = ['yum', 'rpm', 'rubygems', 'python', 'msi', 'apt'];
const OPTION_ITEM_KEYS = ['namespace', 'option_name', 'value', 'resource_name'];

interface Ctx {
  src: Source;
  file: string;
  out: Finding[];
}

function push(ctx: Ctx, pos: { line: number; column: number }, severity: Finding['severity'], rule: string, message: string): void {
  ctx.out.push(finding(ctx.file, pos, severity, rule, message));
}

function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || asScalar(node)?.value === null;
}

/** Authentication names declared anywhere: Resources.<r>.Metadata."AWS::CloudFormation::Authentication".<name>. */
export function authenticationNames(src: Source): string[] {
  const top = asMap(src.doc.contents);
  const resources = asMap(getPair(top, 'Resources')?.value);
  const names: string[] = [];
  for (const r of pairs(resources)) {
    const meta = asMap(getPair(asMap(r.value), 'Metadata')?.value);
    const auth = asMap(getPair(meta, 'AWS::CloudFormation::Authentication')?.value);
    for (const a of pairs(auth)) names.push(keyText(a));
  }
  return names;
}

/** Parse every root .ebextensions/*.config once; validation needs the set of authentication names across files. */
export function parseConfigs(index: TreeIndex, files: string[]): Map<string, { source?: Source; findings: Finding[] }> {
  const out = new Map<string, { source?: Source; findings: Finding[] }>();
  for (const file of files) {
    const text = index.read(file);
    if (text === undefined) {
      out.set(file, {
        findings: [
          finding(
            file,
            { line: 1, column: 1 },
            'error',
            'ebextensions/syntax',
            `${file} could not be read as a text file (binary or larger than 512 KiB).`,
          ),
        ],
      });
      continue;
    }
    out.set(file, parseSource(file, text, { rulePrefix: 'ebextensions', json: text.trimStart().startsWith('{') }));
  }
  return out;
}

export function validateConfig(src: Source, authNames: Set<string>): Finding[] {
  const ctx: Ctx = { src, file: src.file, out: [] };
  const contents = src.doc.contents;
  if (isEmpty(contents)) return ctx.out;
  const top = asMap(contents);
  if (!top) {
    push(
      ctx,
      nodePos(src, contents),
      'error',
      'ebextensions/not-a-mapping',
      `${src.file} must be a mapping of sections (option_settings, packages, files, commands, container_commands, Resources, …); it holds ${describeNode(contents)}.`,
    );
    return ctx.out;
  }
  ctx.out.push(...checkAl1Hooks(src));
  for (const p of pairs(top)) {
    const k = keyText(p);
    switch (k) {
      case 'option_settings':
        checkOptionSettings(ctx, p);
        break;
      case 'commands':
      case 'container_commands':
        checkCommands(ctx, p, k);
        break;
      case 'files':
        checkFiles(ctx, p, authNames);
        break;
      case 'packages':
        checkPackages(ctx, p);
        break;
      case 'sources':
        checkSources(ctx, p);
        break;
      default:
        if (!EBEXTENSIONS_KEYS.includes(k)) {
          const wrongCase = EBEXTENSIONS_KEYS.find((n) => n.toLowerCase() === k.toLowerCase());
          push(
            ctx,
            pairPos(src, p),
            'warning',
            'ebextensions/unknown-key',
            `Unknown top-level key '${k}' in ${src.file}; Elastic Beanstalk ignores it.${wrongCase ? ` Keys are case-sensitive: write '${wrongCase}'.` : didYouMean(k, EBEXTENSIONS_KEYS)}`,
          );
        }
    }
  }
  return ctx.out;
}

function checkNamespace(ctx: Ctx, ns: string, pos: { line: number; column: number }): void {
  if (!ns.startsWith('aws:')) return;
  if (isDocumentedNamespace(ns)) return;
  const near = closest(ns, KNOWN_NAMESPACES, 3).filter((n) => n !== ns);
  push(
    ctx,
    pos,
    'warning',
    'ebextensions/namespace',
    `Option namespace '${ns}' in ${ctx.file} is not in the documented list; unless the environment's platform defines it, the environment update fails with "Invalid option specification".${near[0] ? ` Did you mean '${near[0]}'?` : ''}`,
  );
}

function checkOptionSettings(ctx: Ctx, pair: Pair): void {
  if (isEmpty(pair.value)) return;
  const list = asSeq(pair.value);
  const map = asMap(pair.value);
  if (list) {
    for (const item of list.items) {
      const m = asMap(item);
      if (!m) {
        push(
          ctx,
          nodePos(ctx.src, item),
          'error',
          'ebextensions/option-settings',
          `Each \`option_settings\` list entry in ${ctx.file} must be a mapping with option_name and value (namespace optional); got ${describeNode(item)}.`,
        );
        continue;
      }
      const keys = pairs(m).map(keyText);
      if (!keys.includes('option_name')) {
        const only = pairs(m)[0];
        const shorthand = only && keys.length === 1 && keyText(only).includes(':') && asMap(only.value);
        push(
          ctx,
          nodePos(ctx.src, m),
          'error',
          'ebextensions/option-settings',
          shorthand
            ? `\`option_settings\` in ${ctx.file} mixes the two forms: a list entry holds the namespace '${keyText(only)}' as a key. Either drop the '-' (shorthand: \`namespace:\` then \`Option: value\`), or write \`- namespace: ${keyText(only)}\`, \`option_name: …\`, \`value: …\`.`
            : `An \`option_settings\` entry in ${ctx.file} has no \`option_name\`; the list form is \`- namespace: aws:…\`, \`option_name: Name\`, \`value: …\`.`,
        );
      }
      for (const p of pairs(m)) {
        const k = keyText(p);
        if (!OPTION_ITEM_KEYS.includes(k)) {
          push(
            ctx,
            pairPos(ctx.src, p),
            'warning',
            'ebextensions/option-settings',
            `Unknown key '${k}' in an \`option_settings\` entry of ${ctx.file} (accepted: ${OPTION_ITEM_KEYS.join(', ')}).${didYouMean(k, OPTION_ITEM_KEYS)}`,
          );
        }
      }
      const ns = getPair(m, 'namespace');
      const nsText = ns ? scalarString(ns.value) : undefined;
      if (ns && nsText) checkNamespace(ctx, nsText, valuePos(ctx.src, ns));
      const value = getPair(m, 'value');
      if (value && (asMap(value.value) || asSeq(value.value))) {
        push(
          ctx,
          valuePos(ctx.src, value),
          'error',
          'ebextensions/option-settings',
          `\`value\` of an option in ${ctx.file} must be a single value (write lists as a comma-separated string); got ${describeNode(value.value)}.`,
        );
      }
    }
    return;
  }
  if (!map) {
    push(
      ctx,
      valuePos(ctx.src, pair),
      'error',
      'ebextensions/option-settings',
      `\`option_settings\` in ${ctx.file} must be a list (\`- namespace: …\`, \`option_name: …\`, \`value: …\`) or the shorthand mapping (\`aws:namespace:\` then \`Option: value\`); it holds ${describeNode(pair.value)}.`,
    );
    return;
  }
  for (const nsPair of pairs(map)) {
    const ns = keyText(nsPair);
    const options = asMap(nsPair.value);
    if (!options) {
      const isScalarValue = asScalar(nsPair.value) !== undefined;
      push(
        ctx,
        valuePos(ctx.src, nsPair),
        'error',
        'ebextensions/option-settings',
        isScalarValue && !ns.includes(':')
          ? `\`option_settings\` in ${ctx.file}: in the shorthand form every key is a namespace holding options, so '${ns}' is read as a namespace. For an environment property write \`aws:elasticbeanstalk:application:environment:\` then \`${ns}: …\` below it.`
          : `Namespace '${ns}' in the \`option_settings\` of ${ctx.file} must hold a mapping of \`Option: value\`; it holds ${describeNode(nsPair.value)}.`,
      );
      continue;
    }
    checkNamespace(ctx, ns, pairPos(ctx.src, nsPair));
    for (const opt of pairs(options)) {
      if (asMap(opt.value) || asSeq(opt.value)) {
        push(
          ctx,
          valuePos(ctx.src, opt),
          'error',
          'ebextensions/option-settings',
          `Option '${keyText(opt)}' in namespace '${ns}' of ${ctx.file} must have a single value (write lists as a comma-separated string); got ${describeNode(opt.value)}.`,
        );
      }
    }
  }
}

function checkCommands(ctx: Ctx, pair: Pair, section: 'commands' | 'container_commands'): void {
  if (isEmpty(pair.value)) return;
  const map = asMap(pair.value);
  if (!map) {
    push(
      ctx,
      valuePos(ctx.src, pair),
      'error',
      'ebextensions/command-shape',
      `\`${section}\` in ${ctx.file} must map a name to each command (\`01_migrate:\` then \`command: …\` below it); it holds ${describeNode(pair.value)}.${asSeq(pair.value) ? ' Names also fix the order: commands run in alphabetical order of their names.' : ''}`,
    );
    return;
  }
  const allowed = section === 'commands' ? COMMAND_KEYS : CONTAINER_COMMAND_KEYS;
  for (const entry of pairs(map)) {
    const name = keyText(entry);
    const body = asMap(entry.value);
    if (!body) {
      push(
        ctx,
        valuePos(ctx.src, entry),
        'error',
        'ebextensions/command-missing',
        `${section}.${name} in ${ctx.file} must be a mapping with \`command\`; got ${describeNode(entry.value)}.${asScalar(entry.value) && !isEmpty(entry.value) ? ` Write \`${name}:\` then \`command: ${scalarString(entry.value)}\` on the next line, indented.` : ''}`,
      );
      continue;
    }
    const cmd = getPair(body, 'command');
    if (!cmd || isEmpty(cmd.value)) {
      push(
        ctx,
        cmd ? valuePos(ctx.src, cmd) : pairPos(ctx.src, entry),
        'error',
        'ebextensions/command-missing',
        `${section}.${name} in ${ctx.file} has no \`command\`; the deployment fails. Add \`command: …\` (a string, or a list of arguments).`,
      );
    } else if (asMap(cmd.value)) {
      push(
        ctx,
        valuePos(ctx.src, cmd),
        'error',
        'ebextensions/command-missing',
        `\`command\` of ${section}.${name} in ${ctx.file} must be a string or a list of arguments; got a mapping.`,
      );
    }
    for (const p of pairs(body)) {
      const k = keyText(p);
      if (allowed.includes(k)) continue;
      if (k === 'leader_only' && section === 'commands') {
        push(
          ctx,
          pairPos(ctx.src, p),
          'warning',
          'ebextensions/leader-only-in-commands',
          `\`leader_only\` in commands.${name} of ${ctx.file} has no effect: only container_commands support it, so this command runs on every instance. Move it to container_commands if it must run once (e.g. database migrations).`,
        );
        continue;
      }
      push(
        ctx,
        pairPos(ctx.src, p),
        'warning',
        'ebextensions/command-unknown-key',
        `Unknown key '${k}' in ${section}.${name} of ${ctx.file} (accepted: ${allowed.join(', ')}); it is ignored.${didYouMean(k, allowed)}`,
      );
    }
  }
}

function checkFileMode(ctx: Ctx, path: string, pair: Pair): void {
  const s = asScalar(pair.value);
  if (!s || s.value === null) {
    push(
      ctx,
      valuePos(ctx.src, pair),
      'error',
      'ebextensions/file-mode',
      `\`mode\` of files."${path}" in ${ctx.file} must be a quoted octal string such as "000644"; got ${describeNode(pair.value)}.`,
    );
    return;
  }
  const written = scalarSource(s);
  if (typeof s.value === 'number' && !isQuoted(s)) {
    const digits = written.replace(/^0+/, '') || '0';
    const fix = `mode: "${digits.padStart(6, '0')}"`;
    if (/^0[0-7]+$/.test(written)) {
      const seen = String(s.value);
      push(
        ctx,
        valuePos(ctx.src, pair),
        'error',
        'ebextensions/file-mode',
        `\`mode: ${written}\` of files."${path}" in ${ctx.file} is an unquoted number with a leading 0, which YAML reads as octal (${seen}); cfn-init then reads "${seen}" as octal again and ${/[89]/.test(seen) ? 'fails ("invalid literal")' : `sets mode ${seen}`}. Quote it: \`${fix}\`.`,
      );
    } else {
      push(
        ctx,
        valuePos(ctx.src, pair),
        'warning',
        'ebextensions/file-mode',
        `\`mode: ${written}\` of files."${path}" in ${ctx.file} is an unquoted number; it works only while it has no leading 0. Write it as a quoted string: \`${fix}\`.`,
      );
    }
    return;
  }
  const str = String(s.value).trim();
  if (!/^[0-7]{3,6}$/.test(str)) {
    push(
      ctx,
      valuePos(ctx.src, pair),
      'error',
      'ebextensions/file-mode',
      `\`mode\` of files."${path}" in ${ctx.file} must be octal digits such as "000644" or "000755"; got '${str}'.`,
    );
  }
}

function checkFiles(ctx: Ctx, pair: Pair, authNames: Set<string>): void {
  if (isEmpty(pair.value)) return;
  const map = asMap(pair.value);
  if (!map) {
    push(
      ctx,
      valuePos(ctx.src, pair),
      'error',
      'ebextensions/file-shape',
      `\`files\` in ${ctx.file} must map each target path to its definition (\`"/etc/app.conf":\` then content or source); it holds ${describeNode(pair.value)}.`,
    );
    return;
  }
  for (const entry of pairs(map)) {
    const path = keyText(entry);
    const body = asMap(entry.value);
    if (!body) {
      push(
        ctx,
        valuePos(ctx.src, entry),
        'error',
        'ebextensions/file-shape',
        `files."${path}" in ${ctx.file} must be a mapping with content or source (and mode, owner, group); got ${describeNode(entry.value)}.`,
      );
      continue;
    }
    if (path && !path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(path)) {
      push(
        ctx,
        pairPos(ctx.src, entry),
        'warning',
        'ebextensions/file-shape',
        `files."${path}" in ${ctx.file}: the key is the file's absolute path on the instance (e.g. "/etc/nginx/conf.d/app.conf").`,
      );
    }
    const content = getPair(body, 'content');
    const source = getPair(body, 'source');
    if (!content && !source) {
      push(
        ctx,
        pairPos(ctx.src, entry),
        'error',
        'ebextensions/file-content',
        `files."${path}" in ${ctx.file} has neither \`content\` nor \`source\`; cfn-init has nothing to write. Add \`content: |\` with the text, or \`source:\` with a URL.`,
      );
    } else if (content && source) {
      push(
        ctx,
        pairPos(ctx.src, source),
        'warning',
        'ebextensions/file-content',
        `files."${path}" in ${ctx.file} has both \`content\` and \`source\`; only one is used. Keep one.`,
      );
    }
    for (const p of pairs(body)) {
      const k = keyText(p);
      if (!FILE_KEYS.includes(k)) {
        push(
          ctx,
          pairPos(ctx.src, p),
          'warning',
          'ebextensions/file-shape',
          `Unknown key '${k}' in files."${path}" of ${ctx.file} (accepted: ${FILE_KEYS.join(', ')}); it is ignored.${didYouMean(k, FILE_KEYS)}`,
        );
      }
    }
    const mode = getPair(body, 'mode');
    if (mode) checkFileMode(ctx, path, mode);
    const text = content ? asScalar(content.value) : undefined;
    if (text && typeof text.value === 'string' && /^\/etc\/nginx\/conf\.d\/[^/]+\.conf$/.test(path)) {
      const pos = nodePos(ctx.src, text);
      const block = text.type === 'BLOCK_LITERAL' || text.type === 'BLOCK_FOLDED';
      const firstContentLine = ctx.src.text.split('\n')[pos.line] ?? '';
      const indent = block ? (/^ */.exec(firstContentLine)?.[0].length ?? 0) : pos.column;
      ctx.out.push(...checkHttpSnippet(ctx.file, text.value, `files."${path}"`, 'nginx/context', block ? pos.line : pos.line - 1, indent));
    }
    const auth = getPair(body, 'authentication');
    if (auth) {
      const name = scalarString(auth.value);
      if (!name || !authNames.has(name)) {
        const known = [...authNames];
        push(
          ctx,
          valuePos(ctx.src, auth),
          'error',
          'ebextensions/file-authentication',
          `files."${path}" in ${ctx.file} uses authentication '${name ?? ''}', but no .ebextensions config declares it under Resources → AWSEBAutoScalingGroup → Metadata → AWS::CloudFormation::Authentication${known.length ? ` (declared: ${known.join(', ')})` : ''}; cfn-init cannot fetch the source.${name ? didYouMean(name, known) : ''}`,
        );
      }
    }
  }
}

function checkPackages(ctx: Ctx, pair: Pair): void {
  if (isEmpty(pair.value)) return;
  const map = asMap(pair.value);
  if (!map) {
    push(
      ctx,
      valuePos(ctx.src, pair),
      'error',
      'ebextensions/packages',
      `\`packages\` in ${ctx.file} must map a package manager (yum, rpm, rubygems, python) to its packages; it holds ${describeNode(pair.value)}.`,
    );
    return;
  }
  for (const mgr of pairs(map)) {
    const name = keyText(mgr);
    if (!PACKAGE_MANAGERS.includes(name)) {
      push(
        ctx,
        pairPos(ctx.src, mgr),
        'warning',
        'ebextensions/packages',
        `Unknown package manager '${name}' in ${ctx.file} (supported: yum, rpm, rubygems, python; msi on Windows).${didYouMean(name, PACKAGE_MANAGERS)}`,
      );
      continue;
    }
    if (!isEmpty(mgr.value) && !asMap(mgr.value)) {
      push(
        ctx,
        valuePos(ctx.src, mgr),
        'error',
        'ebextensions/packages',
        `packages.${name} in ${ctx.file} must map package names to versions (\`git: []\` for the latest); it holds ${describeNode(mgr.value)}.`,
      );
    }
  }
}

function checkSources(ctx: Ctx, pair: Pair): void {
  if (isEmpty(pair.value)) return;
  const map = asMap(pair.value);
  if (!map) {
    push(
      ctx,
      valuePos(ctx.src, pair),
      'error',
      'ebextensions/sources',
      `\`sources\` in ${ctx.file} must map a target folder to an archive URL (\`/opt/tool: https://…/tool.tar.gz\`); it holds ${describeNode(pair.value)}.`,
    );
    return;
  }
  for (const p of pairs(map)) {
    if (scalarString(p.value) === undefined) {
      push(
        ctx,
        valuePos(ctx.src, p),
        'error',
        'ebextensions/sources',
        `sources."${keyText(p)}" in ${ctx.file} must be the URL of an archive; got ${describeNode(p.value)}.`,
      );
    }
  }
}

// --- placement -----------------------------------------------------------------------------

/** A data file (e.g. filebeat.yml copied by a command) stays quiet; one written like a config does not. */
function looksLikeConfig(text: string | undefined): boolean {
  if (!text) return false;
  // Keys distinctive enough that a data file (filebeat.yml, log_files.yml with `files:`) will not match.
  const keys = ['option_settings', 'container_commands', 'commands', 'packages', 'Resources'].join('|');
  return new RegExp(`^("?)(${keys})\\1\\s*:`, 'm').test(text) || new RegExp(`"(${keys})"\\s*:`).test(text);
}

const EBEXT_TYPOS = ['ebextensions', '.ebextension', '.ebextentions', '.ebextention', '.eb-extensions', '.ebextenstions', '.ebxtensions'];

/** Where .ebextensions files sit: root configs to validate, and findings for files never read. */
export function locateConfigs(index: TreeIndex, warRoot: boolean): { configs: string[]; findings: Finding[] } {
  const configs: string[] = [];
  const findings: Finding[] = [];
  const nestedRoots = new Set<string>();
  for (const p of index.files()) {
    if (inVendoredDir(p)) continue;
    const parts = p.split('/');
    const base = baseName(p);
    const ebIdx = parts.indexOf('.ebextensions');
    if (ebIdx === 0) {
      if (parts.length === 2) {
        if (base.endsWith('.config')) configs.push(p);
        else if (/\.(ya?ml|json)$/i.test(base) && looksLikeConfig(index.read(p))) {
          findings.push(
            finding(
              p,
              { line: 1, column: 1 },
              'warning',
              'ebextensions/config-extension',
              `${p} is never read: Elastic Beanstalk only reads files ending in .config in .ebextensions/. Rename it to ${p.replace(/\.[^.]+$/, '.config')} if it is a configuration file.`,
            ),
          );
        }
      } else if (base.endsWith('.config')) {
        findings.push(
          finding(
            p,
            { line: 1, column: 1 },
            'warning',
            'ebextensions/config-not-read',
            `${p} is never read: Elastic Beanstalk reads only the .config files directly in .ebextensions/, not in subfolders. Move it to .ebextensions/${base}.`,
          ),
        );
      }
      continue;
    }
    if (ebIdx > 0) {
      nestedRoots.add(parts.slice(0, ebIdx + 1).join('/'));
      continue;
    }
    if (!base.endsWith('.config')) continue;
    const dir = dirName(p);
    if (dir === '.platform') {
      findings.push(
        finding(
          p,
          { line: 1, column: 1 },
          'warning',
          'ebextensions/config-not-read',
          `${p} is never read: configuration files (.config) belong in .ebextensions/ at the bundle root; .platform/ holds hooks, confighooks, nginx and httpd. Move it to .ebextensions/${base}.`,
        ),
      );
    } else if (EBEXT_TYPOS.includes(baseName(dir)) && dirName(dir) === '') {
      findings.push(
        finding(
          p,
          { line: 1, column: 1 },
          'warning',
          'ebextensions/config-not-read',
          `${p} is never read: the folder must be named exactly .ebextensions (with the dot) at the bundle root. Did you mean .ebextensions/${base}?`,
        ),
      );
    }
  }
  for (const dir of [...nestedRoots].sort()) {
    const war = warRoot
      ? ' In a .war the folder must be at the root of the archive (not under WEB-INF/classes): copy it with `from(...) { into(".ebextensions") }` (Gradle) or a webResource with targetPath .ebextensions (Maven).'
      : '';
    findings.push(
      finding(
        dir,
        { line: 1, column: 1 },
        'warning',
        'ebextensions/not-at-root',
        `${dir} is never read: Elastic Beanstalk reads .ebextensions only at the root of the source bundle.${index.isDir('.ebextensions') ? '' : ' Bundle the folder that contains it as the root.'}${war}`,
      ),
    );
  }
  return { configs, findings };
}
