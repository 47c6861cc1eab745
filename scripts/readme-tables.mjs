// README's input/output tables are generated from action.yml. `--check` fails on drift (CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8'));
const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ')
    .trim();
const inputs = [
  '| Input | Default | Description |',
  '|---|---|---|',
  ...Object.entries(action.inputs ?? {}).map(
    ([k, v]) => `| \`${k}\` | ${v.default !== undefined ? `\`${cell(v.default)}\`` : ''} | ${cell(v.description)} |`,
  ),
].join('\n');
const outputs = [
  '| Output | Description |',
  '|---|---|',
  ...Object.entries(action.outputs ?? {}).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} |`),
].join('\n');

const readme = readFileSync('README.md', 'utf8');
const replace = (text, name, table) => {
  const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!re.test(text)) throw new Error(`README.md lacks the <!-- ${name}:start --> / <!-- ${name}:end --> markers`);
  return text.replace(re, `$1\n${table}\n$2`);
};
const next = replace(replace(readme, 'inputs', inputs), 'outputs', outputs);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md input/output tables differ from action.yml: run `npm run readme` and commit.');
    process.exit(1);
  }
  console.log('README tables match action.yml');
} else {
  writeFileSync('README.md', next);
}
