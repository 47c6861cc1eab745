// Checks on the scripts a deployment will run: line endings, the #! line, the executable bit.
import type { Finding, Severity } from '../types.js';
import { finding } from './source.js';

/** The first line that ends in CR, 1-based; 0 when none. */
function firstCrlfLine(text: string): number {
  const i = text.indexOf('\r\n');
  if (i < 0) return 0;
  let line = 1;
  for (let k = 0; k < i; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}

/**
 * CRLF line endings in a script run on Linux. A `#!` line ending in `\r` makes the kernel look for
 * an interpreter named `bash\r` ("bad interpreter: ^M"); CR elsewhere breaks commands
 * (`$'\r': command not found`).
 */
export function checkLineEndings(path: string, text: string, runBy: string): Finding[] {
  const line = firstCrlfLine(text);
  if (!line) return [];
  const firstLine = text.split('\n', 1)[0] ?? '';
  if (firstLine.startsWith('#!') && firstLine.endsWith('\r')) {
    const interp = firstLine.slice(2, -1).trim();
    return [
      finding(
        path,
        { line: 1, column: firstLine.length },
        'error',
        'script/crlf',
        `${path} has Windows (CRLF) line endings: the #! line ends in a carriage return, so ${runBy} fails with "${interp}^M: bad interpreter: No such file or directory". Convert the file to LF line endings (e.g. \`dos2unix ${path}\`, or \`* text=auto eol=lf\` for scripts in .gitattributes).`,
      ),
    ];
  }
  return [
    finding(
      path,
      { line, column: 1 },
      'error',
      'script/crlf',
      `${path} has Windows (CRLF) line endings from line ${line} on: the shell reads the carriage return as part of each command ($'\\r': command not found). Convert the file to LF line endings (e.g. \`dos2unix ${path}\`).`,
    ),
  ];
}

export function isTextScript(text: string): boolean {
  return !text.startsWith('\x7fELF');
}

export function notExecutable(path: string, severity: Severity, rule: string, what: string): Finding {
  return finding(
    path,
    { line: 1, column: 1 },
    severity,
    rule,
    `${path} is not executable in the bundle (no x bit). ${what} Set it with \`chmod +x ${path}\` and commit it (\`git update-index --chmod=+x ${path}\`), and build the bundle with a tool that keeps unix modes.`,
  );
}
