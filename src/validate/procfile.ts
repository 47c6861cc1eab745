// Procfile (and Buildfile): one `name: command` per line, read by the Elastic Beanstalk platform.
import type { Finding } from '../types.js';
import { finding } from './source.js';

const LINE = /^([^:\s#][^:]*?)\s*:\s*(.*)$/;

export function validateProcfile(file: string, text: string): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  const what = file === 'Buildfile' ? 'build command' : 'process';
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const n = i + 1;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const m = LINE.exec(line);
    if (!m) {
      out.push(
        finding(
          file,
          { line: n, column: 1 },
          'error',
          'procfile/syntax',
          `${file} line ${n} is not \`name: command\`; got '${line.trim()}'. Each line declares one ${what}, e.g. \`web: gunicorn app.wsgi\`.`,
        ),
      );
      return;
    }
    const name = m[1] as string;
    const command = (m[2] as string).trim();
    if (/^\s/.test(line)) {
      out.push(
        finding(
          file,
          { line: n, column: 1 },
          'error',
          'procfile/syntax',
          `${file} line ${n} starts with whitespace; ${what} names must start the line.`,
        ),
      );
      return;
    }
    if (!/^[A-Za-z0-9_-]+$/.test(name)) {
      out.push(
        finding(
          file,
          { line: n, column: 1 },
          'error',
          'procfile/process-name',
          `${what[0]?.toUpperCase()}${what.slice(1)} name '${name}' in ${file} line ${n} must be letters and digits (with - or _), e.g. web or worker.`,
        ),
      );
    }
    if (!command) {
      out.push(
        finding(
          file,
          { line: n, column: name.length + 2 },
          'error',
          'procfile/syntax',
          `${file} line ${n}: ${what} '${name}' has no command after the colon.`,
        ),
      );
    }
    const prev = seen.get(name);
    if (prev !== undefined) {
      out.push(
        finding(
          file,
          { line: n, column: 1 },
          'warning',
          'procfile/duplicate',
          `${what[0]?.toUpperCase()}${what.slice(1)} '${name}' is declared twice in ${file} (lines ${prev} and ${n}); only one of them runs.`,
        ),
      );
    } else {
      seen.set(name, n);
    }
  });
  if (/\r\n/.test(text)) {
    out.push(
      finding(
        file,
        { line: 1, column: 1 },
        'warning',
        'procfile/crlf',
        `${file} has Windows (CRLF) line endings; the carriage return can end up in the command's last argument. Save it with LF line endings.`,
      ),
    );
  }
  return out;
}
