// node scripts/changelog-notes.mjs 1.2.3: prints the CHANGELOG.md section of that version (the
// release notes). Exits 1 when the section is missing or empty, so a release never goes out
// without notes.
import { readFileSync } from 'node:fs';

const version = process.argv[2];
if (!version) {
  console.error('usage: node scripts/changelog-notes.mjs VERSION');
  process.exit(2);
}
const text = readFileSync('CHANGELOG.md', 'utf8');
const lines = text.split('\n');
const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
if (start < 0) {
  console.error(`CHANGELOG.md has no "## [${version}]" section`);
  process.exit(1);
}
const end = lines.findIndex((l, i) => i > start && l.startsWith('## ['));
const body = lines
  .slice(start + 1, end < 0 ? undefined : end)
  .filter((l) => !/^\[[^\]]+\]: /.test(l))
  .join('\n')
  .trim();
if (!body) {
  console.error(`CHANGELOG.md's section for ${version} is empty`);
  process.exit(1);
}
console.log(body);
