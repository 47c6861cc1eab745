// File names as bytes: a name that is not UTF-8, or that holds a control character, cannot be
// shown on one log line, annotated, or extracted by the same name on the instance. Such names
// are reported (escaped, so the report itself stays one line) instead of used.

const strict = new TextDecoder('utf-8', { fatal: true });

/** C0 and C1 controls, DEL, and the Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
const CONTROL_G = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControls(s: string): string {
  return s.replace(CONTROL_G, (c) => SHORT[c] ?? `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** A printable one-line form of a name: control characters as \n, \t, \u{…}; bytes that are not UTF-8 as \xNN. */
export function escapeName(name: string | Uint8Array): string {
  if (typeof name === 'string') return escapeControls(name);
  let out = '';
  let i = 0;
  while (i < name.length) {
    let step = 0;
    for (let len = 1; len <= 4 && i + len <= name.length; len++) {
      try {
        out += strict.decode(name.subarray(i, i + len));
        step = len;
        break;
      } catch {
        // not a complete sequence yet
      }
    }
    if (step === 0) {
      out += `\\x${name[i]!.toString(16).padStart(2, '0')}`;
      step = 1;
    }
    i += step;
  }
  return escapeControls(out);
}

export type NameCheck = { ok: true; name: string } | { ok: false; kind: 'name-not-utf8' | 'name-control-character'; shown: string };

/** Decode one path segment (or a whole path) read as bytes. */
export function checkName(raw: Uint8Array): NameCheck {
  let name: string;
  try {
    name = strict.decode(raw);
  } catch {
    return { ok: false, kind: 'name-not-utf8', shown: escapeName(raw) };
  }
  return checkDecodedName(name);
}

/** For names already decoded by a library (tar): U+FFFD marks bytes that were not UTF-8. */
export function checkDecodedName(name: string): NameCheck {
  if (name.includes('\ufffd')) return { ok: false, kind: 'name-not-utf8', shown: escapeName(name) };
  if (CONTROL.test(name)) return { ok: false, kind: 'name-control-character', shown: escapeName(name) };
  return { ok: true, name };
}

export function nameProblemMessage(kind: 'name-not-utf8' | 'name-control-character', shown: string): string {
  return kind === 'name-not-utf8'
    ? `The file name ${shown} is not valid UTF-8 (bytes shown as \\xNN): the instance would extract it under another name, or not at all. Rename it, or leave it out with the ignore file.`
    : `The file name ${shown} holds a control character (shown escaped): it breaks log lines and scripts that read file names. Rename it, or leave it out with the ignore file.`;
}
