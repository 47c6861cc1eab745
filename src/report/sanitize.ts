// Text hookline did not write (hook logs, events, file names, AWS messages) made safe to print.
// GitHub's runner executes `::command::` at the start of a line once leading whitespace is
// trimmed, and the legacy `##[command]` anywhere in a line; terminal escape sequences and control
// characters can rewrite what a person sees. Pure functions; the Reporter applies them.

// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/PM/APC strings (ESC ] … BEL or ST),
// and two-byte escapes; the 8-bit C1 CSI (0x9B) form too.
const ESCAPES = new RegExp(
  [
    '\\u001b\\[[0-?]*[ -/]*[@-~]',
    '\\u009b[0-?]*[ -/]*[@-~]',
    '\\u001b[\\]PX^_][\\s\\S]*?(?:\\u0007|\\u001b\\\\|\\u009c|$)',
    '[\\u0090\\u009d\\u009e\\u009f][\\s\\S]*?(?:\\u0007|\\u001b\\\\|\\u009c|$)',
    '\\u001b[ -/]*[0-~]?',
  ].join('|'),
  'g',
);
// C0 controls but tab and line feed, DEL, C1 controls, and the Unicode characters that reorder or
// break lines when displayed (bidi overrides and isolates, line/paragraph separators).
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Escape sequences and control characters removed; line breaks (\n, \r\n, lone \r) become \n. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(ESCAPES, '').replace(CONTROLS, '');
}

/** One line: cleaned, and any line break shown as ⏎ so it cannot start a new line. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\n/g, '⏎');
}

/**
 * Would GitHub's runner read this line as a workflow command? Conservative: JavaScript's `\s`
 * covers every character .NET's TrimStart removes once control characters are gone.
 */
export function wouldRunCommand(line: string): boolean {
  return /^\s*::/.test(line) || line.includes('##[');
}
