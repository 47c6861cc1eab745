import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ briefAwsError),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   Sc: () => (/* binding */ isTransientAwsError),
/* harmony export */   UC: () => (/* binding */ awsErrorKind)
/* harmony export */ });
// What went wrong with an AWS call, in words a person can act on. The SDK's own names mislead:
// a 5xx on a HEAD is "UnknownError", a cut-off answer a bare SyntaxError, a cancel "AbortError".
// Pure: looks only at the error's name, message and HTTP metadata.
const THROTTLING = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'SlowDown',
    'RequestThrottled',
    'RequestThrottledException',
]);
const CREDENTIALS = new Set([
    'SignatureDoesNotMatch',
    'InvalidAccessKeyId',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'IncompleteSignature',
    'InvalidSignatureException',
    'ExpiredToken',
    'ExpiredTokenException',
    'InvalidToken',
]);
const NETWORK_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'EPIPE',
    'ETIMEDOUT',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ECONNABORTED',
]);
function nameOf(e) {
    return e.Code ?? e.name ?? '';
}
function awsErrorKind(err) {
    const e = (err ?? {});
    const name = nameOf(e);
    const status = e.$metadata?.httpStatusCode;
    if (name === 'AbortError' || name === 'AbortedError')
        return 'aborted';
    if (THROTTLING.has(name) || status === 429)
        return 'throttled';
    if (CREDENTIALS.has(name))
        return 'credentials';
    if (name === 'TimeoutError' || name === 'RequestTimeout' || name === 'RequestTimeoutException')
        return 'timeout';
    if (name === 'SyntaxError' || /Deserialization error|XML parse error|Unexpected end of JSON|Unterminated string/i.test(e.message ?? ''))
        return 'unparsable';
    if (status !== undefined && status >= 500)
        return 'server';
    if (NETWORK_CODES.has(e.code ?? '') || NETWORK_CODES.has(name))
        return 'network';
    return 'refused';
}
/** Worth polling again until the deadline: the service did not refuse, it failed to answer well. */
function isTransientAwsError(err) {
    const kind = awsErrorKind(err);
    return kind === 'throttled' || kind === 'server' || kind === 'timeout' || kind === 'unparsable' || kind === 'network';
}
/**
 * One sentence about a failed call of `service` ("S3", "CodeDeploy", "Elastic Beanstalk"),
 * or undefined when the error's own message is already the best thing to show (a refusal).
 */
function describeAwsError(err, service = 'AWS') {
    const e = (err ?? {});
    const status = e.$metadata?.httpStatusCode;
    const attempts = e.$metadata?.attempts && e.$metadata.attempts > 1 ? ` after ${e.$metadata.attempts} attempts` : '';
    switch (awsErrorKind(err)) {
        case 'throttled':
            return `${service} throttled the request${attempts} (${nameOf(e)}): too many calls from this account; retry later or lower the poll rate (poll-interval).`;
        case 'server':
            return `${service} answered HTTP ${status}${attempts} (${nameOf(e) === 'Unknown' || !nameOf(e) ? 'a server-side error with no details' : nameOf(e)}): the service or a proxy in front of it failed. Nothing is wrong with your inputs; rerun the job.`;
        case 'timeout':
            return `${service} did not answer in time${attempts}: the network or a proxy between the runner and AWS is slow or dropping requests. Rerun the job; on a self-hosted runner check its proxy and firewall.`;
        case 'unparsable':
            return `${service}'s answer could not be read${status ? ` (HTTP ${status})` : ''}: it was cut off or is not what AWS sends. A proxy or a broken connection between the runner and AWS changed it; rerun the job.`;
        case 'network':
            return `Could not reach ${service}${e.code ? ` (${e.code})` : ''}: ${e.message ?? 'the connection failed'}. Check the runner's network, proxy and the region's endpoint.`;
        case 'credentials':
            return (`${service} rejected the AWS credentials (${nameOf(e)}): ` +
                (nameOf(e) === 'SignatureDoesNotMatch' || nameOf(e) === 'InvalidSignatureException'
                    ? 'the secret access key does not belong to the access key id.'
                    : nameOf(e).startsWith('Expired')
                        ? 'the session token has expired.'
                        : 'the access key id is not known to AWS.') +
                ' Check the AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY secrets or the role aws-actions/configure-aws-credentials assumes; this is not a missing permission.');
        case 'aborted':
            return 'The request was cancelled.';
        default:
            return undefined;
    }
}
/** A few words for a progress line: why a call failed this time ("HTTP 503", "no answer in time"). */
function briefAwsError(err) {
    const e = (err ?? {});
    switch (awsErrorKind(err)) {
        case 'throttled':
            return 'throttled';
        case 'server':
            return `HTTP ${e.$metadata?.httpStatusCode ?? '5xx'}`;
        case 'timeout':
            return 'no answer in time';
        case 'unparsable':
            return 'an answer that could not be read';
        case 'network':
            return `connection failed${e.code ? ` (${e.code})` : ''}`;
        default:
            return nameOf(e) || 'error';
    }
}


/***/ }),

/***/ 1373:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gN: () => (/* binding */ proxyFetchFor),
/* harmony export */   jU: () => (/* binding */ sdkProxyAgents)
/* harmony export */ });
/* unused harmony exports redact, parseNoProxy, readProxyConfig, hasProxy, bypasses, proxyFor */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
// HTTPS_PROXY / HTTP_PROXY / NO_PROXY for every call hookline makes: the AWS SDK v3 reads none of
// them, and Octokit's fetch is given the same decision so both follow one rule.
//
// The rule (documented in the README, "Behind a proxy"):
// - https:// URLs use https_proxy, else HTTPS_PROXY; http:// URLs use http_proxy, else HTTP_PROXY
//   (lower case first, as curl, wget and undici read them). An empty value is unset. A value
//   without a scheme is taken as http://host:port.
// - no_proxy, else NO_PROXY: entries separated by commas or spaces. `*` bypasses every host;
//   `example.com`, `.example.com` and `*.example.com` bypass that host and its subdomains; an IP
//   address bypasses that address; `host:port` only that port. No CIDR ranges.
// - Loopback is not bypassed by itself (neither undici nor curl does): put `localhost,127.0.0.1`
//   in NO_PROXY for local endpoints.
//
// How: for the SDK, NodeHttpHandler takes http(s).Agent instances; ours hand each request to a
// CONNECT tunnel (https-proxy-agent) for https, an absolute-URI request (http-proxy-agent) for
// http, or a direct keep-alive agent when NO_PROXY matches. For fetch,
// undici's fetch with its ProxyAgent as the dispatcher.



/** A proxy URL without its credentials, for messages. */
function redact(u) {
    return `${u.protocol}//${u.username || u.password ? '***@' : ''}${u.host}`;
}
function env1(env, name) {
    const v = env[name.toLowerCase()]?.trim() || env[name.toUpperCase()]?.trim();
    return v || undefined;
}
function parseProxyUrl(name, raw) {
    let url;
    try {
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
    }
    catch {
        throw new Error(`${name} is not a proxy URL (expected http://host:port or https://host:port).`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new Error(`${name} uses ${url.protocol.slice(0, -1)}: hookline speaks to http:// and https:// proxies only.`);
    }
    return url;
}
/** Strip brackets and a trailing dot; lower case. */
function normalizeHost(h) {
    return h
        .replace(/^\[(.*)\]$/, '$1')
        .replace(/\.$/, '')
        .toLowerCase();
}
function parseNoProxy(raw) {
    const out = [];
    for (const item of (raw ?? '').split(/[\s,]+/)) {
        if (!item)
            continue;
        if (item === '*') {
            out.push({ host: '*' });
            continue;
        }
        // host:port, [v6]:port; a bare IPv6 address has colons but no port.
        const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(item);
        const host = m && (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(item) === 0 ? m[1] : item;
        const port = m && (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(item) === 0 ? Number(m[2]) : undefined;
        out.push({ host: normalizeHost(host.replace(/^\*?\./, '')), ...(port !== undefined ? { port } : {}) });
    }
    return out;
}
/** The proxy settings in `env`; throws when a proxy variable is not a URL. */
function readProxyConfig(env) {
    const h = env1(env, 'http_proxy');
    const s = env1(env, 'https_proxy');
    return {
        ...(h ? { http: parseProxyUrl('HTTP_PROXY', h) } : {}),
        ...(s ? { https: parseProxyUrl('HTTPS_PROXY', s) } : {}),
        noProxy: parseNoProxy(env1(env, 'no_proxy')),
    };
}
function hasProxy(c) {
    return c.http !== undefined || c.https !== undefined;
}
function defaultPort(protocol) {
    return protocol === 'https:' ? 443 : 80;
}
/** Whether NO_PROXY sends `host:port` direct. */
function bypasses(entries, host, port) {
    const h = normalizeHost(host);
    return entries.some((e) => {
        if (e.port !== undefined && e.port !== port)
            return false;
        if (e.host === '*')
            return true;
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(h) !== 0 || (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(e.host) !== 0)
            return h === e.host;
        return h === e.host || h.endsWith(`.${e.host}`);
    });
}
/** The proxy for `url`, or undefined when it goes direct. */
function proxyFor(url, c) {
    const proxy = url.protocol === 'https:' ? c.https : url.protocol === 'http:' ? c.http : undefined;
    if (!proxy)
        return undefined;
    return bypasses(c.noProxy, url.hostname, Number(url.port) || defaultPort(url.protocol)) ? undefined : proxy;
}
/**
 * Agents for the SDK's NodeHttpHandler that route each request per the rule above; undefined when
 * no proxy variable is set (the SDK then builds its own agents as always).
 *
 * The choice is made in `addRequest`, synchronously, before Node writes the request head: the
 * http proxy agent must turn the path into an absolute URI before that, and each agent keeps its
 * own pool of kept-alive sockets (a tunnel is reused only for its own target).
 */
async function sdkProxyAgents(env) {
    const c = readProxyConfig(env);
    if (!hasProxy(c))
        return undefined;
    // One after the other: they share agent-base (and jest's ESM linker races on parallel imports).
    const { HttpsProxyAgent } = await Promise.all(/* import() */[__nccwpck_require__.e(642), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1566));
    const { HttpProxyAgent } = await Promise.all(/* import() */[__nccwpck_require__.e(642), __nccwpck_require__.e(947)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8947));
    const options = { keepAlive: true, maxSockets: 50 };
    const direct = { 'http:': new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)(options), 'https:': new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)(options) };
    const viaProxy = new Map();
    const pick = (scheme, opts) => {
        const host = opts.host || 'localhost';
        const url = new URL(`${scheme}//${(0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(host) === 6 ? `[${host}]` : host}:${opts.port || defaultPort(scheme)}`);
        const proxy = proxyFor(url, c);
        if (!proxy)
            return direct[scheme];
        const key = `${scheme}${proxy.href}`;
        let agent = viaProxy.get(key);
        if (!agent) {
            // https: a CONNECT tunnel, TLS end to end; http: requests with the absolute URI.
            agent = scheme === 'https:' ? new HttpsProxyAgent(proxy, options) : new HttpProxyAgent(proxy, options);
            viaProxy.set(key, agent);
        }
        return agent;
    };
    const destroyAll = () => {
        for (const a of [...viaProxy.values(), direct['http:'], direct['https:']])
            a.destroy();
    };
    class HttpSelector extends (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent) {
        addRequest(req, opts) {
            pick('http:', opts).addRequest(req, opts);
        }
        destroy() {
            destroyAll();
            super.destroy();
        }
    }
    class HttpsSelector extends (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent) {
        addRequest(req, opts) {
            pick('https:', opts).addRequest(req, opts);
        }
        destroy() {
            destroyAll();
            super.destroy();
        }
    }
    return { httpAgent: new HttpSelector(options), httpsAgent: new HttpsSelector(options) };
}
/**
 * A fetch that follows the rule for `base` (the one origin a client talks to), or undefined when
 * no proxy variable is set. undici's own fetch takes undici's ProxyAgent as its dispatcher.
 */
async function proxyFetchFor(base, env) {
    const c = readProxyConfig(env);
    if (!hasProxy(c))
        return undefined;
    const { fetch, ProxyAgent } = await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4371, 19));
    const proxy = proxyFor(new URL(base), c);
    const dispatcher = proxy ? new ProxyAgent(proxy.href) : undefined;
    return ((input, init) => fetch(input, {
        ...init,
        ...(dispatcher ? { dispatcher } : {}),
    }));
}


/***/ }),

/***/ 2697:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ inlineRunner),
  F: () => (/* binding */ workerRunner)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(5919);
;// CONCATENATED MODULE: ./src/bundle/deflate-pool.ts
// Read + CRC + deflate of file blocks (and read + sha256 of blocks for the tree digest), off the
// main thread. A worker gets a batch of blocks (many small files, or one 1 MiB block of a large
// file) and does everything synchronously — read, CRC, deflateRawSync — so the per-file cost is a few microseconds of C, not the ~200 µs of
// JavaScript stream machinery that zlib's async API spends on every call (measured: async
// zlib.deflateRaw per file made the whole zip cost 4.4 s of CPU for 70 MB where the deflate
// itself is 2.2 s). Small bundles run the same code inline and start no worker.
//
// The code below is plain JavaScript in a string so it runs unchanged as a worker
// (`eval: true`, no file to ship next to the ncc bundle) and inline.


const TASK_SOURCE = String.raw `
const fs = require('node:fs');
const zlib = require('node:zlib');
const crypto = require('node:crypto');
// One reusable read buffer per thread: reading into fresh buffers left tens of MB of garbage
// per worker between collections (peak RSS +50 MB per worker, measured).
let scratch = Buffer.allocUnsafeSlow(0);
// Reads up to length + 1 bytes at start (one more than expected, to notice a file that grew).
function readInto(file, start, length) {
  if (scratch.length < length + 1) scratch = Buffer.allocUnsafeSlow(Math.max(length + 1, 1088 * 1024));
  const fd = fs.openSync(file, 'r');
  let got = 0;
  try {
    while (got < length + 1) { const n = fs.readSync(fd, scratch, got, length + 1 - got, start + got); if (n === 0) break; got += n; }
  } finally { fs.closeSync(fd); }
  return scratch.subarray(0, got);
}
function runHash(t) {
  try {
    const buf = readInto(t.file, t.offset, t.length);
    const read = Math.min(buf.length, t.length + (t.whole ? 1 : 0));
    const hash = crypto.createHash('sha256').update(buf.subarray(0, Math.min(read, t.length))).digest();
    return { ok: true, hash: new Uint8Array(hash), read };
  } catch (err) {
    return { ok: false, message: String(err && err.message || err), code: err && err.code };
  }
}
function runTask(t) {
  if (t.kind === 'hash') return runHash(t);
  try {
    const dictLen = t.deflate && !t.whole ? t.dictLen : 0;
    const buf = readInto(t.file, t.offset - dictLen, t.length + dictLen);
    const read = Math.min(buf.length - dictLen, t.length + (t.whole ? 1 : 0));
    const raw = buf.subarray(dictLen, dictLen + Math.min(read, t.length));
    const crc = zlib.crc32(raw) >>> 0;
    if (read !== t.length) return { ok: true, crc, data: new Uint8Array(0), deflated: false, read };
    if (t.deflate) {
      const opts = { level: t.level };
      if (!t.whole) opts.finishFlush = t.last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
      if (dictLen > 0) opts.dictionary = buf.subarray(0, dictLen);
      const packed = zlib.deflateRawSync(raw, opts);
      if (!t.whole || packed.length < raw.length) return { ok: true, crc, data: new Uint8Array(packed), deflated: true, read };
    }
    return { ok: true, crc, data: new Uint8Array(raw), deflated: false, read };
  } catch (err) {
    return { ok: false, message: String(err && err.message || err), code: err && err.code };
  }
}
`;
const WORKER_SOURCE = `${TASK_SOURCE}
const { parentPort } = require('node:worker_threads');
// Results hold exact copies (new Uint8Array(view)), moved to the main thread, not cloned.
parentPort.on('message', (m) => {
  const results = m.tasks.map(runTask);
  parentPort.postMessage({ id: m.id, results }, results.filter((r) => r.ok && r.data && r.data.byteLength > 0).map((r) => r.data.buffer));
});
`;
/** Runs blocks on the calling thread (small bundles: no worker start-up). */
function inlineRunner() {
    const require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
    const runTask = new Function('require', `${TASK_SOURCE}\nreturn runTask;`)(require);
    return {
        run: async (tasks) => tasks.map(runTask),
        close: async () => undefined,
    };
}
/**
 * A worker holds one scratch buffer (off the heap) and a batch's results at a time: V8's default
 * young generation (16 MiB semi-spaces) only inflated each worker's resident size.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };
/** Runs blocks on `size` worker threads; each batch goes to the worker with the least queued. */
function workerRunner(size) {
    const pending = new Map();
    let nextId = 0;
    let failed = null;
    const slots = [];
    for (let i = 0; i < Math.max(1, size); i++) {
        const slot = { worker: new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, resourceLimits: WORKER_LIMITS }), queued: 0 };
        slot.worker.on('message', (m) => {
            const p = pending.get(m.id);
            if (!p)
                return;
            pending.delete(m.id);
            slot.queued--;
            p.resolve(m.results);
        });
        slot.worker.on('error', (err) => {
            failed = err;
            for (const [id, p] of pending) {
                if (p.slot === slot) {
                    pending.delete(id);
                    p.reject(err);
                }
            }
        });
        slots.push(slot);
    }
    return {
        run(tasks) {
            if (failed)
                return Promise.reject(failed);
            const slot = slots.reduce((a, b) => (b.queued < a.queued ? b : a));
            const id = nextId++;
            slot.queued++;
            return new Promise((resolve, reject) => {
                pending.set(id, { resolve: (r) => resolve(r), reject, slot });
                slot.worker.postMessage({ id, tasks });
            });
        },
        async close() {
            await Promise.all(slots.map((s) => s.worker.terminate()));
        },
    };
}


/***/ }),

/***/ 6837:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ BundleError)
/* harmony export */ });
/** A bundle that cannot be built or accepted; the message names the file and the accepted form. */
class BundleError extends Error {
    name = 'BundleError';
    /** The path (relative to the bundle root, or the archive) the error is about, when there is one. */
    file;
    constructor(message, file = null, options) {
        super(message, options);
        this.file = file;
    }
}


/***/ }),

/***/ 3276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  rJ: () => (/* reexport */ errors/* BundleError */.r),
  ri: () => (/* reexport */ PLATFORM_HOOK_FILE),
  oV: () => (/* binding */ checkBundlable),
  wR: () => (/* binding */ ignoreFileFor),
  hk: () => (/* binding */ openBundle),
  oI: () => (/* reexport */ readPrebuilt),
  ym: () => (/* reexport */ restoreExecBits),
  Gi: () => (/* binding */ treeDigestOf),
  zy: () => (/* reexport */ zip/* writeZip */.zy)
});

// UNUSED EXPORTS: ARCHIVE_LIMITS, MAX_TEXT_BYTES, RESTORED_MODE, ZIP_FORMAT, ZIP_FORMAT_VERSION, buildBundle, checkAppspec, detectBundleType, directoryModel, escapeName, modelFrom, needsContent, readArchiveModel, sha256File, zipFormat

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./src/bundle/errors.ts
var errors = __nccwpck_require__(6837);
// EXTERNAL MODULE: ./src/bundle/model.ts + 2 modules
var model = __nccwpck_require__(4765);
// EXTERNAL MODULE: ./src/bundle/names.ts
var names = __nccwpck_require__(3492);
;// CONCATENATED MODULE: ./src/bundle/archive.ts
// A prebuilt archive given as the bundle: accepted as-is (its type read from its first bytes),
// and read into the same model a walked folder gives, within fixed limits. Only the listing is
// read in full (zip: the central directory; tar: the headers, streaming past the data); file
// content is read only for the files rules need, each under a size cap, so a zip or tar bomb
// ends in one problem that names the file and the limit instead of exhausting memory.









const ACCEPTED = 'a zip (.zip/.jar/.war), a tar or a gzipped tar (.tgz/.tar.gz)';
const ARCHIVE_LIMITS = {
    maxEntries: 200_000,
    maxExpandedBytes: 4 * 1024 ** 3,
    maxFileBytes: 512 * 1024,
    maxContentBytes: 32 * 1024 ** 2,
};
/** Configuration files any rule reads: AppSpec, .ebextensions, .platform, Procfile and friends. */
function needsContent(p) {
    if (/^([^/]+\/)?appspec\.(ya?ml|json)$/i.test(p))
        return true;
    if (/^(\.ebextensions|\.platform)\//.test(p))
        return true;
    return /^(Procfile|Buildfile|Dockerfile|Dockerrun\.aws\.json|docker-compose\.ya?ml)$/.test(p);
}
/** The bundle type of an archive by its content (magic bytes), or null when it is none of them. */
function detectBundleType(head) {
    if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50)
        return 'zip';
    // An empty zip is only an end-of-central-directory record.
    if (head.length >= 4 && head.readUInt32LE(0) === 0x06054b50)
        return 'zip';
    if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b)
        return 'tgz';
    if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar')
        return 'tar';
    return null;
}
/** Hex sha256 of a file, streamed. */
async function sha256File(file, signal) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(file), hash, signal ? { signal } : {});
    return hash.digest('hex');
}
/** A limit was reached: reading stops, and the model says it is incomplete. */
class LimitReached extends Error {
}
/** What one read of an archive collects; shared by the listing pass and the content pass. */
class Collector {
    name;
    limits;
    entries = new Map();
    contents = new Map();
    problems = [];
    count = 0;
    expanded = 0;
    held = 0;
    constructor(name, limits) {
        this.name = name;
        this.limits = limits;
    }
    stop(message) {
        this.problems.push({ kind: 'archive-limit', path: this.name, message, incomplete: true });
        throw new LimitReached(message);
    }
    /** Count an entry and its expanded size against the limits. */
    count1(size) {
        this.count++;
        this.expanded += size;
        if (this.count > this.limits.maxEntries) {
            this.stop(`${this.name} holds more than ${this.limits.maxEntries.toLocaleString('en-US')} entries, the most hookline reads from an archive; it stopped reading there. Bundle fewer files (exclude dependencies the instance installs), or give the folder instead.`);
        }
        if (this.expanded > this.limits.maxExpandedBytes)
            this.tooLarge();
    }
    /** Bytes streamed out of a tar: the headers and padding count too. */
    streamed(total) {
        if (total > this.limits.maxExpandedBytes + 1024 ** 2)
            this.tooLarge();
    }
    tooLarge() {
        this.stop(`${this.name} expands to more than ${(0,model/* formatLimit */.tW)(this.limits.maxExpandedBytes)}, the most hookline reads from an archive (a bundle this size is usually a mistake, or a zip/tar bomb); it stopped reading there. Check what the archive holds.`);
    }
    /** An entry whose data does not match its header: the archive is corrupt or crafted. */
    overflow(p, declared) {
        this.stop(`${p} in ${this.name} expands beyond the ${declared.toLocaleString('en-US')} bytes its header declares; the archive is corrupt or crafted (a zip bomb). Rebuild it.`);
    }
    /** Accept a name (raw bytes or as decoded), or record why it cannot ship. */
    accept(check) {
        if (!check.ok) {
            this.problems.push({ kind: check.kind, path: check.shown, message: (0,names/* nameProblemMessage */.qg)(check.kind, check.shown) });
            return undefined;
        }
        const raw = check.name.replace(/\\/g, '/');
        const parts = raw.split('/');
        if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw) || parts.includes('..')) {
            const shown = (0,names/* escapeName */.L$)(check.name);
            this.problems.push({
                kind: 'name-unsafe',
                path: shown,
                message: `${shown} in ${this.name} is an absolute path or climbs out with '..': it would be extracted outside the deployment folder, or refused. Rebuild the archive with paths relative to its root.`,
            });
            return undefined;
        }
        return (0,model/* normalizeEntryPath */.h1)(raw);
    }
    add(p, entry) {
        if (p === '')
            return;
        this.entries.set(p, { path: entry.type === 'dir' ? `${p}/` : p, ...entry });
    }
    /** Reserve room for `size` bytes of content (as declared); false when over a content limit. */
    reserve(size) {
        if (size > this.limits.maxFileBytes || this.held + size > this.limits.maxContentBytes)
            return false;
        this.held += size;
        return true;
    }
    keep(p, data) {
        const text = (0,model/* decodeText */.g7)(data);
        if (text !== undefined)
            this.contents.set(p, text);
    }
}
/** Read a stream into memory up to `cap` bytes; null when it holds more (the stream is destroyed). */
async function readCapped(stream, cap) {
    const chunks = [];
    let n = 0;
    for await (const chunk of stream) {
        n += chunk.length;
        if (n > cap) {
            stream.destroy();
            return null;
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
// --- zip -------------------------------------------------------------------------------------
function zipMode(e, isDir) {
    const unix = e.versionMadeBy >> 8 === 3 ? (e.externalFileAttributes >>> 16) & 0xffff : 0;
    if (unix !== 0)
        return (unix & 0o170000) === 0 ? unix | (isDir ? 0o040000 : 0o100000) : unix;
    return isDir ? 0o040755 : 0o100644;
}
async function readZip(file, c, list, wants) {
    const yauzl = await __nccwpck_require__.e(/* import() */ 663).then(__nccwpck_require__.t.bind(__nccwpck_require__, 663, 19));
    const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
    try {
        const toRead = [];
        for await (const e of zip.eachEntry()) {
            const raw = e.fileName;
            const isDir = raw.length > 0 && raw[raw.length - 1] === 0x2f;
            if (list)
                c.count1(e.uncompressedSize);
            const p = list ? c.accept((0,names/* checkName */.I3)(raw)) : (0,model/* normalizeEntryPath */.h1)(raw.toString('utf8'));
            if (p === undefined)
                continue;
            const mode = zipMode(e, isDir);
            const type = (mode & 0o170000) === 0o120000 ? 'symlink' : isDir || (mode & 0o170000) === 0o040000 ? 'dir' : 'file';
            if (list)
                c.add(p, { type, mode, size: type === 'dir' ? 0 : e.uncompressedSize });
            if (type === 'file' && wants(p) && c.reserve(e.uncompressedSize))
                toRead.push({ path: p, entry: e });
        }
        for (const { path: p, entry } of toRead) {
            let data;
            try {
                data = await readCapped(await zip.openReadStreamPromise(entry), c.limits.maxFileBytes);
            }
            catch (err) {
                // yauzl checks the data against the declared size (validateEntrySizes).
                if (/too many bytes|expected \d+ bytes/i.test(err.message))
                    c.overflow(p, entry.uncompressedSize);
                throw err;
            }
            if (data === null)
                c.overflow(p, entry.uncompressedSize);
            c.keep(p, data);
        }
    }
    finally {
        zip.close();
    }
}
// --- tar -------------------------------------------------------------------------------------
const TAR_FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Link']);
/** Record a tar entry in the listing: its type and mode from the header. */
function listTarEntry(c, p, e) {
    const perm = (e.mode ?? 0) & 0o7777;
    if (e.type === 'Directory')
        c.add(p, { type: 'dir', mode: 0o040000 | (perm || 0o755), size: 0 });
    else if (e.type === 'SymbolicLink') {
        c.add(p, { type: 'symlink', mode: 0o120000 | (perm || 0o777), size: 0, ...(e.linkpath ? { linkTarget: e.linkpath } : {}) });
    }
    else if (TAR_FILE_TYPES.has(e.type))
        c.add(p, { type: 'file', mode: 0o100000 | (perm || 0o644), size: e.size ?? 0 });
    else {
        c.problems.push({
            kind: 'not-regular',
            path: p,
            message: `${p} in ${c.name} is a ${e.type} entry; a bundle can hold only files, folders and symlinks. Rebuild the archive without it.`,
        });
    }
}
async function readTar(file, gzipped, c, list, wants) {
    const tar = await __nccwpck_require__.e(/* import() */ 697).then(__nccwpck_require__.bind(__nccwpck_require__, 8697));
    let failure;
    const parser = new tar.Parser({
        strict: false,
        onReadEntry: (e) => {
            try {
                const size = e.size ?? 0;
                if (list)
                    c.count1(size);
                const p = list ? c.accept((0,names/* checkDecodedName */.q_)(e.path)) : (0,model/* normalizeEntryPath */.h1)(e.path);
                if (p !== undefined && list)
                    listTarEntry(c, p, e);
                if (p !== undefined && TAR_FILE_TYPES.has(e.type) && wants(p) && c.reserve(size)) {
                    const chunks = [];
                    e.on('data', (d) => chunks.push(d));
                    e.on('end', () => c.keep(p, Buffer.concat(chunks)));
                }
                else {
                    e.resume();
                }
            }
            catch (err) {
                failure ??= err;
                e.resume();
            }
        },
    });
    parser.on('error', (err) => (failure ??= err));
    const source = (0,external_node_fs_.createReadStream)(file);
    const stream = gzipped ? source.pipe((0,external_node_zlib_.createGunzip)()) : source;
    if (gzipped)
        source.on('error', (err) => stream.destroy(err));
    let total = 0;
    try {
        for await (const chunk of stream) {
            total += chunk.length;
            if (list)
                c.streamed(total);
            if (!parser.write(chunk))
                await new Promise((resolve) => parser.once('drain', resolve));
            if (failure)
                break;
        }
        if (!failure)
            await new Promise((resolve) => parser.end(resolve));
    }
    finally {
        stream.destroy();
        source.destroy();
    }
    if (failure)
        throw failure;
}
// --- the model ---------------------------------------------------------------------------------
async function readHead(file) {
    const st = await (0,promises_.stat)(file);
    if (!st.isFile())
        throw new Error('not a regular file');
    const head = Buffer.alloc(512);
    const fh = await (0,promises_.open)(file, 'r');
    try {
        const { bytesRead } = await fh.read(head, 0, head.length, 0);
        return { size: st.size, head: head.subarray(0, bytesRead) };
    }
    finally {
        await fh.close();
    }
}
function notAnArchive(file, head) {
    const what = head.length === 0 ? 'is empty' : `starts with the bytes ${head.subarray(0, 8).toString('hex')}`;
    return `${external_node_path_default().basename(file)} is not an archive hookline can deploy: it ${what}. Give ${ACCEPTED}, or a directory.`;
}
/**
 * Read a prebuilt archive into the bundle model. Problems (names, limits, not an archive at all)
 * are in `model.problems`; only a file that cannot be opened throws.
 */
async function readArchiveModel(file, opts = {}) {
    const limits = { ...ARCHIVE_LIMITS, ...opts.limits };
    const name = external_node_path_default().basename(file);
    let head;
    try {
        ({ head } = await readHead(file));
    }
    catch (err) {
        throw new errors/* BundleError */.r(`Could not read the archive ${file}: ${err.message}. Give ${ACCEPTED}, or a directory.`, file, {
            cause: err,
        });
    }
    const type = detectBundleType(head);
    const c = new Collector(name, limits);
    const finish = () => (0,model/* modelFrom */.Sn)({
        kind: 'archive',
        root: file,
        archiveType: type ?? undefined,
        entries: [...c.entries.values()],
        problems: c.problems,
        contents: c.contents,
    });
    if (!type) {
        c.problems.push({ kind: 'not-an-archive', path: name, message: notAnArchive(file, head), incomplete: true });
        return finish();
    }
    const pass = (list, wants) => type === 'zip' ? readZip(file, c, list, wants) : readTar(file, type === 'tgz', c, list, wants);
    try {
        opts.signal?.throwIfAborted();
        await pass(true, opts.wants ?? needsContent);
        opts.signal?.throwIfAborted();
        const more = new Set((opts.alsoRead?.(finish()) ?? []).filter((p) => c.entries.get(p)?.type === 'file' && !c.contents.has(p)));
        if (more.size > 0)
            await pass(false, (p) => more.has(p));
    }
    catch (err) {
        if (opts.signal?.aborted)
            throw err;
        if (!(err instanceof LimitReached)) {
            c.problems.push({
                kind: 'not-an-archive',
                path: name,
                message: `${name} looks like a ${type} archive but cannot be read: ${err.message}.`,
                incomplete: true,
            });
        }
    }
    return finish();
}
/** Accept a prebuilt archive as the bundle: its type from its content, not its name. */
async function readPrebuilt(file, signal, model) {
    const m = model ?? (await readArchiveModel(file, { signal }));
    const fatal = m.problems.find((p) => p.kind === 'not-an-archive');
    if (fatal || !m.archiveType)
        throw new errors/* BundleError */.r(fatal?.message ?? `${file} is not an archive`, file);
    const { size } = await (0,promises_.stat)(file);
    const list = m.entries;
    return { file, sha256: await sha256File(file, signal), size, bundleType: m.archiveType, entries: list.length, list, model: m };
}

// EXTERNAL MODULE: ./src/bundle/zip.ts + 1 modules
var zip = __nccwpck_require__(8527);
;// CONCATENATED MODULE: ./src/bundle/exec-bits.ts
// Executable bits for trees that lost them. A checkout on a Windows runner, or a folder restored
// by actions/download-artifact (which zips without unix modes), has no file with an x bit, so
// the scripts a deployment executes would ship 0644: older Beanstalk platforms fail the hook with
// "permission denied", and CodeDeploy chmods only the hook file itself, not what `files` installs.
//
// The rule ("none set", per tree): among the scripts the deployment will execute — the appspec's
// hook locations and the files directly in a `.platform/hooks/<stage>/` or
// `.platform/confighooks/<stage>/` folder — when *none* has any x bit, the modes were lost, and
// every one of them gets 0755 in the model (so the archive, its digest and validation all see
// 0755). When at least one has an x bit the tree kept its modes: nothing changes, and a script left
// without its bit is the validation finding it was before.

/** The permission bits a restored script gets (rwxr-xr-x). */
const RESTORED_MODE = 0o755;
/** A file in a platform hook stage folder (the platform executes exactly those, in name order). */
const PLATFORM_HOOK_FILE = /^\.platform\/(hooks|confighooks)\/(prebuild|predeploy|postdeploy)\/[^/]+$/;
/** Give `scripts` (bundle paths) mode 0755 when none of them has an x bit; see the rule above. */
function restoreExecBits(model, scripts) {
    const wanted = new Set(scripts);
    const targets = model.entries.filter((e) => e.type === 'file' && wanted.has(e.path));
    if (targets.length === 0 || targets.some((e) => (e.mode & 0o111) !== 0))
        return { model, restored: [] };
    const hit = new Set(targets.map((e) => e.path));
    const entries = model.entries.map((e) => (hit.has(e.path) ? { ...e, mode: (e.mode & ~0o7777) | RESTORED_MODE } : e));
    const restored = [...hit].sort();
    const out = { ...model, entries };
    // A digest of the walked tree (when the model has one) names the archive: the restored modes
    // must change it, or a run with restore-exec-bits: false would reuse this archive and its modes.
    const base = model.treeDigest;
    if (base) {
        let digest;
        out.treeDigest = () => (digest ??= base().then((d) => withRestoredModes(d, restored)));
    }
    return { model: out, restored };
}
/** A tree digest that also covers the paths whose mode became 0755. */
function withRestoredModes(treeDigest, restored) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(`${treeDigest}\nrestore-exec-bits ${RESTORED_MODE.toString(8)}\n`);
    for (const p of restored)
        h.update(`${p}\n`);
    return h.digest('hex');
}

;// CONCATENATED MODULE: ./src/bundle/index.ts
// The revision bundle: a directory walked into a deterministic zip, or a prebuilt archive as-is.
// Both are read into one model (model.ts) that validation, the writer and diagnosis share.













/** The bundle at `target` (a folder, or a prebuilt archive) as the model every stage reads. */
async function openBundle(target, opts = {}) {
    const isFile = await (0,promises_.stat)(target).then((st) => st.isFile(), () => false);
    if (isFile)
        return readArchiveModel(target, { alsoRead: opts.alsoRead, limits: opts.limits, signal: opts.signal });
    return (0,model/* directoryModel */.xm)({ root: target, include: opts.include, exclude: opts.exclude, ignoreFile: opts.ignoreFile, digest: opts.digest });
}
/**
 * The ignore file of a folder for a target: .deployignore for CodeDeploy, .ebignore for Beanstalk;
 * 'auto' takes the one present (both: .deployignore when an appspec sits at the root).
 */
function ignoreFileFor(target, root) {
    if (target === 'codedeploy')
        return '.deployignore';
    if (target === 'beanstalk')
        return '.ebignore';
    const exists = (name) => {
        try {
            (0,external_node_fs_.lstatSync)(external_node_path_default().join(root, name));
            return true;
        }
        catch {
            return false;
        }
    };
    const deploy = exists('.deployignore');
    const eb = exists('.ebignore');
    if (deploy && eb)
        return ['appspec.yml', 'appspec.yaml', 'appspec.json'].some(exists) ? '.deployignore' : '.ebignore';
    return deploy ? '.deployignore' : eb ? '.ebignore' : null;
}
const APPSPEC = /^appspec\.(ya?ml|json)$/i;
/** Throw unless appspec.yml (or .yaml/.json) is a file at the root, naming what was found instead. */
async function checkAppspec(root, list) {
    if (list.some((e) => e.type === 'file' && /^appspec\.(yml|yaml|json)$/.test(e.path)))
        return;
    const near = list.filter((e) => e.type !== 'dir' && APPSPEC.test(external_node_path_default().posix.basename(e.path)));
    const atRoot = near.find((e) => !e.path.includes('/'));
    if (atRoot) {
        throw new errors/* BundleError */.r(`${atRoot.path} is at the bundle root but CodeDeploy looks for appspec.yml in lower case: rename it to appspec.yml.`, atRoot.path);
    }
    if (near.length > 0) {
        const first = near[0];
        const dir = external_node_path_default().posix.dirname(first.path);
        const others = near.length > 1
            ? ` (also found: ${near
                .slice(1, 4)
                .map((e) => e.path)
                .join(', ')})`
            : '';
        throw new errors/* BundleError */.r(`appspec.yml must be at the root of the bundle, but it is at ${first.path}${others}; set \`path: ${dir}\` so that folder is the bundle root.`, first.path);
    }
    for (const name of ['appspec.yml', 'appspec.yaml', 'appspec.json']) {
        const exists = await (0,promises_.access)(external_node_path_default().join(root, name)).then(() => true, () => false);
        if (exists) {
            throw new errors/* BundleError */.r(`${name} is in ${root} but the include/exclude globs or the ignore file leave it out of the bundle; CodeDeploy needs it at the root.`, name);
        }
    }
    throw new errors/* BundleError */.r(`No appspec.yml at the root of the bundle (${root}). CodeDeploy needs appspec.yml at the root of the revision: add one, or set \`path\` to the folder that holds it.`, 'appspec.yml');
}
/** A tree with a name, link or file that cannot ship is not bundled: the first problem says why. */
function refuseProblems(model) {
    const [first, ...rest] = model.problems;
    if (!first)
        return;
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}: run \`hookline validate\` to list them)` : '';
    throw new errors/* BundleError */.r(`${first.message}${more}`, first.path);
}
/** Throw unless the walked folder can be bundled: no problems, and (CodeDeploy) an appspec at the root. */
async function checkBundlable(model, requireAppspec) {
    if (model.kind !== 'directory')
        throw new errors/* BundleError */.r(`${model.root} is an archive; it is uploaded as it is, not bundled.`, model.root);
    refuseProblems(model);
    if (requireAppspec)
        await checkAppspec(model.root, model.entries);
}
/** The tree digest of a walked folder (hashed during its walk when it asked to). */
function treeDigestOf(model) {
    if (!model.treeDigest)
        throw new errors/* BundleError */.r(`${model.root} is an archive: it has no tree digest.`, model.root);
    return model.treeDigest();
}
/** Walk `root` and write its deterministic zip to `outFile`, with its sha256 and the tree digest that names it. */
async function buildBundle(opts) {
    const outFile = path.resolve(opts.outFile);
    const partial = `${outFile}.partial-${process.pid}`;
    const model = opts.model ??
        (await directoryModel({
            root: opts.root,
            include: opts.include,
            exclude: opts.exclude,
            ignoreFile: opts.ignoreFile,
            skip: [outFile, partial],
            digest: true,
        }));
    await checkBundlable(model, opts.requireAppspec);
    const { root, entries } = model;
    const digest = treeDigestOf(model);
    await mkdir(path.dirname(outFile), { recursive: true });
    const sink = createWriteStream(partial);
    try {
        const res = await writeZip({ root, entries, sink, concurrency: opts.concurrency, signal: opts.signal });
        const treeDigest = await digest;
        await rename(partial, outFile);
        return { file: outFile, sha256: res.sha256, treeDigest, size: res.size, bundleType: 'zip', entries: res.entries, list: entries, model };
    }
    catch (err) {
        // The stream opens its file asynchronously: wait until it is closed, or an open still pending
        // would create the partial file again after it was removed.
        if (!sink.closed)
            await new Promise((resolve) => sink.once('close', () => resolve()).destroy());
        await rm(partial, { force: true });
        if (err instanceof BundleError || opts.signal?.aborted)
            throw err;
        throw new BundleError(`Could not write the bundle to ${outFile}: ${err.message}`, outFile, { cause: err });
    }
}


/***/ }),

/***/ 4765:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g7: () => (/* binding */ decodeText),
  xm: () => (/* binding */ directoryModel),
  tW: () => (/* binding */ formatLimit),
  Sn: () => (/* binding */ modelFrom),
  h1: () => (/* binding */ normalizeEntryPath)
});

// UNUSED EXPORTS: MAX_TEXT_BYTES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/bundle/deflate-pool.ts + 1 modules
var deflate_pool = __nccwpck_require__(2697);
// EXTERNAL MODULE: ./src/bundle/errors.ts
var errors = __nccwpck_require__(6837);
;// CONCATENATED MODULE: ./src/bundle/digest.ts
// The tree digest: a sha256 over the bundle's entries (path, mode, size, content hash) and the
// archive format. The archive is a pure function of exactly these, so the digest names the
// archive before it is written: the S3 key can be known (and found) without building anything.
//
// Content hashes are computed while the walk runs: each file found is cut into 1 MiB blocks that
// the deflate pool's worker threads read and sha256 (in batches, one scratch buffer per worker),
// so hashing uses every core and never holds more than a block per worker. A file of one block
// is named by the sha256 of its bytes; a larger one by the sha256 of its blocks' sha256s (the
// entry's size fixes how many there are, so the two forms cannot be confused).




/** Bytes per hashed block (also the zip writer's compression block). */
const HASH_BLOCK = 1 << 20;
/** Below this many bytes to hash, hash on the calling thread at the end: no worker start-up. */
const INLINE_BELOW = 4 * 1024 * 1024;
const BATCH_BYTES = 4 * 1024 * 1024;
const BATCH_TASKS = 256;
/**
 * Hashes the files of a tree as the walk finds them. `add` never blocks the walk; `finish` waits
 * for the last block and names each file's content.
 */
class TreeHasher {
    concurrency;
    files = new Map();
    held = [];
    heldBytes = 0;
    totalBytes = 0;
    runner = null;
    running = [];
    failure = null;
    constructor(concurrency = Math.max(1, external_node_os_default().availableParallelism())) {
        this.concurrency = concurrency;
    }
    /** Queue a file entry (found by the walk at `file`) for hashing. */
    add(entry, file) {
        if (entry.type !== 'file')
            return;
        const blocks = Math.max(1, Math.ceil(entry.size / HASH_BLOCK));
        const pending = { entry, blocks: new Array(blocks) };
        this.files.set(entry.path, pending);
        for (let block = 0; block < blocks; block++) {
            const offset = block * HASH_BLOCK;
            const length = Math.min(HASH_BLOCK, entry.size - offset);
            this.held.push({ task: { kind: 'hash', file, offset, length, whole: blocks === 1 }, pending, block });
            this.heldBytes += length;
            this.totalBytes += length;
        }
        if (this.totalBytes >= INLINE_BELOW && (this.heldBytes >= BATCH_BYTES || this.held.length >= BATCH_TASKS))
            this.dispatch();
    }
    dispatch() {
        if (this.held.length === 0)
            return;
        this.runner ??= this.totalBytes >= INLINE_BELOW ? (0,deflate_pool/* workerRunner */.F)(this.concurrency) : (0,deflate_pool/* inlineRunner */.y)();
        const batch = this.held;
        this.held = [];
        this.heldBytes = 0;
        const done = this.runner.run(batch.map((b) => b.task)).then((results) => batch.forEach((b, i) => this.settle(b.pending, b.block, b.task, results[i])), (err) => {
            this.failure ??= err;
        });
        this.running.push(done);
    }
    settle(p, block, task, r) {
        const rel = p.entry.path;
        if (!r || !r.ok) {
            const why = r?.code === 'ENOENT' ? 'it was removed while the tree was read' : (r?.message ?? 'no result');
            this.failure ??= new errors/* BundleError */.r(`Could not read ${rel} to hash it: ${why}.`, rel);
            return;
        }
        if (r.read !== task.length) {
            this.failure ??= new errors/* BundleError */.r(`${rel} changed size while it was being read; bundle a tree nothing is writing to.`, rel);
            return;
        }
        p.blocks[block] = r.hash;
    }
    /** Every file's content hash (hex), once all blocks are read; the workers are stopped. */
    async finish() {
        try {
            this.dispatch();
            // Batches may be added while earlier ones run: wait until none is left.
            for (let i = 0; i < this.running.length; i++)
                await this.running[i];
        }
        finally {
            await this.runner?.close();
        }
        if (this.failure)
            throw this.failure;
        const out = new Map();
        for (const [rel, p] of this.files)
            out.set(rel, contentHash(p.blocks));
        return out;
    }
}
/** A file's content hash from its block hashes: the block's own for one block, else the hash of the list. */
function contentHash(blocks) {
    if (blocks.length === 1)
        return Buffer.from(blocks[0]).toString('hex');
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const b of blocks)
        h.update(b);
    return h.digest('hex');
}
/**
 * The digest of a tree in archive order: the format, then one line per entry of its path, mode,
 * size and content (a file's hash, a link's text; nothing for a folder), JSON-quoted so no path
 * can imitate a line break.
 */
function treeDigest(entries, hashes, format) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    h.update(`hookline-tree/1 ${JSON.stringify(format)}\n`);
    for (const e of entries) {
        const content = e.type === 'file' ? hashes.get(e.path) : e.type === 'symlink' ? (e.linkTarget ?? '') : '';
        if (content === undefined)
            throw new errors/* BundleError */.r(`${e.path} was not hashed.`, e.path);
        h.update(`${JSON.stringify([e.path, e.type, e.mode, e.size, content])}\n`);
    }
    return h.digest('hex');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: ./src/bundle/names.ts
var names = __nccwpck_require__(3492);
;// CONCATENATED MODULE: ./src/bundle/walk.ts







const S_IFLNK = 0o120000;
/** Mode stored for a symlink entry (Info-ZIP's convention). */
const SYMLINK_MODE = S_IFLNK | 0o777;
function isInside(root, p) {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/** The ignore file's rules, each marked with its line (for "excluded by .deployignore line 3"). */
async function loadIgnore(root, file, problems) {
    const abs = external_node_path_default().join(root, file);
    let st;
    try {
        st = await (0,promises_.lstat)(abs);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return null;
        throw new errors/* BundleError */.r(`Could not read ${file}: ${err.message}`, file, { cause: err });
    }
    // Refused before it is read: a link could pull its rules from outside the tree.
    if (st.isSymbolicLink() || !st.isFile()) {
        problems.push({
            kind: st.isSymbolicLink() ? 'ignore-file-symlink' : 'not-regular',
            path: file,
            message: `${file} is ${st.isSymbolicLink() ? 'a symlink' : 'not a regular file'}; hookline reads ignore rules only from a regular file in the bundle root (it never follows a link). Replace it with a regular file.`,
        });
        return null;
    }
    let text;
    try {
        const fh = await (0,promises_.open)(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        try {
            text = await fh.readFile('utf8');
        }
        finally {
            await fh.close();
        }
    }
    catch (err) {
        throw new errors/* BundleError */.r(`Could not read ${file}: ${err.message}`, file, { cause: err });
    }
    return ignore_default()().add(text.split(/\r?\n/).map((pattern, i) => ({ pattern, mark: String(i + 1) })));
}
function unreadable(rel, err) {
    return {
        kind: 'unreadable',
        path: (0,names/* escapeName */.L$)(rel),
        message: `Could not read ${(0,names/* escapeName */.L$)(rel)} while bundling: ${err.message}. Fix its permissions or exclude it.`,
    };
}
function checkSymlink(root, abs, rel) {
    const target = (0,external_node_fs_.readlinkSync)(abs);
    const shownTarget = (0,names/* escapeName */.L$)(target);
    if (external_node_path_default().isAbsolute(target)) {
        const suggestion = isInside(root, target) ? ` Make it relative: ln -sfn ${external_node_path_default().relative(external_node_path_default().dirname(abs), target)} ${rel}` : '';
        return {
            kind: 'symlink-absolute',
            path: rel,
            message: `Symlink ${rel} points to the absolute path ${shownTarget}; on the instance that path is outside the bundle. ` +
                `A bundle may only hold relative symlinks that stay inside it.${suggestion}`,
        };
    }
    const lexical = external_node_path_default().resolve(external_node_path_default().dirname(abs), target);
    let resolved = lexical;
    try {
        resolved = (0,external_node_fs_.realpathSync)(abs);
    }
    catch {
        // A dangling link: judge it by its text alone.
    }
    if (!isInside(root, lexical) || !isInside(root, resolved)) {
        const shown = resolved !== lexical ? `${shownTarget} (resolves to ${(0,names/* escapeName */.L$)(resolved)})` : shownTarget;
        return {
            kind: 'symlink-outside',
            path: rel,
            message: `Symlink ${rel} points outside the bundle root, to ${shown}. ` +
                `hookline never follows a link out of the bundle: copy the target into the bundle, or exclude the link.`,
        };
    }
    return { target };
}
/** Walk `root` into entries sorted by the byte order of their '/'-joined paths. */
async function walk(opts) {
    let root;
    try {
        root = await (0,promises_.realpath)(opts.root);
        if (!(await (0,promises_.stat)(root)).isDirectory())
            throw new Error('not a directory');
    }
    catch (err) {
        throw new errors/* BundleError */.r(`Bundle root ${opts.root} is not a readable directory (${err.message}).`, opts.root, { cause: err });
    }
    const problems = [];
    const includeGlobs = opts.include && opts.include.length > 0 ? opts.include : ['**'];
    const include = picomatch_default()(includeGlobs, { dot: true });
    const excludes = (opts.exclude ?? []).map((g) => [g, picomatch_default()(g, { dot: true })]);
    const isExcluded = (rel) => excludes.find(([, m]) => m(rel))?.[0];
    const ignoreFile = opts.ignoreFile ?? null;
    const ig = ignoreFile ? await loadIgnore(root, ignoreFile, problems) : null;
    const skip = new Set((opts.skip ?? []).map((p) => external_node_path_default().resolve(p)));
    const out = [];
    // The tree is read with synchronous calls, one entry at a time: the asynchronous walk had every
    // lstat of a 20,000-file tree in flight at once, and what those calls kept alive across their
    // awaits grew the heap by ≈ 100 MB (peak RSS, bench web-app tree); read synchronously, the same
    // garbage dies young. Reading metadata from the page cache is no slower this way.
    // Returns whether anything under relDir was kept (so its directory entry is kept too).
    function visit(absDir, relDir) {
        let dirents;
        try {
            dirents = (0,external_node_fs_.readdirSync)(absDir, { withFileTypes: true, encoding: 'buffer' });
        }
        catch (err) {
            problems.push(unreadable(relDir === '' ? '.' : `${relDir}/`, err));
            return false;
        }
        let any = false;
        for (const d of dirents) {
            try {
                if (visitEntry(absDir, relDir, d))
                    any = true;
            }
            catch (err) {
                problems.push(unreadable(relDir === '' ? d.name.toString() : `${relDir}/${d.name.toString()}`, err));
            }
        }
        return any;
    }
    function visitEntry(absDir, relDir, d) {
        const checked = (0,names/* checkName */.I3)(d.name);
        // Matched by its lossy form: a name left out by the rules is no problem, whatever its bytes.
        const name = checked.ok ? checked.name : d.name.toString('utf8');
        if (name === '.git')
            return false;
        const rel = relDir === '' ? name : `${relDir}/${name}`;
        const isDir = d.isDirectory();
        if (ig?.ignores(isDir ? `${rel}/` : rel))
            return false;
        if (isExcluded(rel) !== undefined)
            return false;
        if (!checked.ok) {
            const shown = relDir === '' ? checked.shown : `${relDir}/${checked.shown}`;
            problems.push({ kind: checked.kind, path: shown, message: (0,names/* nameProblemMessage */.qg)(checked.kind, shown) });
            return false;
        }
        const abs = external_node_path_default().join(absDir, name);
        if (skip.has(abs))
            return false;
        if (isDir) {
            const st = (0,external_node_fs_.lstatSync)(abs);
            const any = visit(abs, rel);
            if (!any && !include(rel))
                return false;
            out.push({ path: `${rel}/`, type: 'dir', mode: st.mode & 0o177777, size: 0 });
            return true;
        }
        if (!include(rel))
            return false;
        // A refused ignore file has its problem already.
        if (rel === ignoreFile && !ig)
            return false;
        if (d.isSymbolicLink()) {
            const link = checkSymlink(root, abs, rel);
            if ('kind' in link) {
                problems.push(link);
                return false;
            }
            out.push({ path: rel, type: 'symlink', mode: SYMLINK_MODE, size: Buffer.byteLength(link.target), linkTarget: link.target });
            return true;
        }
        if (!d.isFile()) {
            problems.push({
                kind: 'not-regular',
                path: rel,
                message: `${rel} is not a regular file, directory or symlink; a bundle cannot hold it. Exclude it.`,
            });
            return false;
        }
        const st = (0,external_node_fs_.lstatSync)(abs);
        const entry = { path: rel, type: 'file', mode: st.mode & 0o177777, size: st.size };
        out.push(entry);
        opts.onFile?.(entry, abs);
        return true;
    }
    visit(root, '');
    const keyed = out.map((e) => ({ e, k: Buffer.from(e.path, 'utf8') }));
    keyed.sort((a, b) => Buffer.compare(a.k, b.k));
    const entries = keyed.map((x) => x.e);
    problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const excluded = explainer({ root, entries, ig, ignoreFile, isExcluded, include, includeGlobs });
    return { root, entries, problems, ignoreFile: ig ? ignoreFile : null, excluded };
}
/** Why a path on disk is not among the entries: the first folder (or the path) a rule leaves out. */
function explainer(r) {
    const inBundle = new Set(r.entries.map((e) => (e.type === 'dir' ? e.path.slice(0, -1) : e.path)));
    const isDirOnDisk = (sub) => {
        try {
            return (0,external_node_fs_.lstatSync)(external_node_path_default().join(r.root, ...sub.split('/'))).isDirectory();
        }
        catch {
            return undefined;
        }
    };
    return (relPath) => {
        const rel = relPath
            .split('/')
            .filter((p) => p !== '' && p !== '.')
            .join('/');
        if (rel === '' || rel.split('/').includes('..') || inBundle.has(rel))
            return undefined;
        const leafIsDir = isDirOnDisk(rel);
        if (leafIsDir === undefined)
            return undefined;
        const parts = rel.split('/');
        for (let i = 1; i <= parts.length; i++) {
            const sub = parts.slice(0, i).join('/');
            const leaf = i === parts.length;
            const via = leaf ? {} : { via: `${sub}/` };
            if (parts[i - 1] === '.git')
                return { by: '.git', ...via };
            const test = r.ig?.test(leaf && !leafIsDir ? sub : `${sub}/`);
            if (test?.ignored && test.rule && r.ignoreFile)
                return { by: r.ignoreFile, pattern: test.rule.pattern, line: Number(test.rule.mark), ...via };
            const glob = r.isExcluded(sub);
            if (glob !== undefined)
                return { by: 'exclude', pattern: glob, ...via };
        }
        if (!leafIsDir && !r.include(rel))
            return { by: 'include', pattern: r.includeGlobs.join(', ') };
        return undefined;
    };
}

// EXTERNAL MODULE: ./src/bundle/zip.ts + 1 modules
var zip = __nccwpck_require__(8527);
;// CONCATENATED MODULE: ./src/bundle/model.ts
// The bundle model every stage reads: entries from one walk of a folder (ignore rules applied),
// or from one bounded read of an archive, with file text on demand.





/** Files larger than this are never read (configuration files and scripts are far smaller). */
const MAX_TEXT_BYTES = 512 * 1024;
/** '/'-separated, no leading './' or '/', no trailing '/'. */
function normalizeEntryPath(p) {
    return p
        .replace(/\\/g, '/')
        .split('/')
        .filter((part) => part !== '' && part !== '.')
        .join('/');
}
/** Text of a small file, without a BOM; undefined for binary content or over the size limit. */
function decodeText(buf) {
    if (buf.length > MAX_TEXT_BYTES)
        return undefined;
    if (buf.subarray(0, 8000).includes(0))
        return undefined;
    const text = buf.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function formatLimit(bytes) {
    for (const [unit, size] of [
        ['GiB', 1024 ** 3],
        ['MiB', 1024 ** 2],
        ['KiB', 1024],
    ]) {
        if (bytes >= size && bytes % size === 0)
            return `${bytes / size} ${unit}`;
    }
    return `${bytes} bytes`;
}
function sortEntries(entries) {
    return entries
        .map((e) => ({ e, k: Buffer.from(e.path, 'utf8') }))
        .sort((a, b) => Buffer.compare(a.k, b.k))
        .map((x) => x.e);
}
/** A model over entries whose text is already held (an archive read, or a test). */
function modelFrom(spec) {
    return {
        kind: spec.kind,
        root: spec.root,
        ...(spec.archiveType ? { archiveType: spec.archiveType } : {}),
        entries: sortEntries(spec.entries),
        problems: spec.problems,
        ignoreFile: null,
        read: (p) => spec.contents.get(normalizeEntryPath(p)),
        excluded: () => undefined,
    };
}
/** Read a file of the tree without following a link, at most MAX_TEXT_BYTES + 1 bytes. */
function readSmallFile(abs) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(abs, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch {
        return undefined;
    }
    try {
        if (!(0,external_node_fs_.fstatSync)(fd).isFile())
            return undefined;
        const buf = Buffer.alloc(MAX_TEXT_BYTES + 1);
        let n = 0;
        for (;;) {
            const got = (0,external_node_fs_.readSync)(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n === buf.length)
                return undefined;
        }
        return buf.subarray(0, n);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Walk a folder into the model: the entries are exactly what the archive writer bundles. */
async function directoryModel(opts) {
    const hasher = opts.digest ? new TreeHasher() : null;
    const w = await walk({ ...opts, ...(hasher ? { onFile: (e, abs) => hasher.add(e, abs) } : {}) });
    const files = new Map(w.entries.filter((e) => e.type === 'file').map((e) => [e.path, e]));
    const cache = new Map();
    const digestOf = async (h) => treeDigest(w.entries, await h.finish(), zip/* ZIP_FORMAT */.er);
    let digest;
    const start = (h) => {
        const p = digestOf(h);
        p.catch(() => undefined); // its reader handles a failure; a run that stops earlier must not crash on it
        return p;
    };
    if (hasher)
        digest = start(hasher);
    const later = () => {
        const h = new TreeHasher();
        for (const e of files.values())
            h.add(e, external_node_path_default().join(w.root, ...e.path.split('/')));
        return start(h);
    };
    return {
        treeDigest: () => (digest ??= later()),
        kind: 'directory',
        root: w.root,
        entries: w.entries,
        problems: w.problems,
        ignoreFile: w.ignoreFile,
        read(p) {
            const key = normalizeEntryPath(p);
            if (cache.has(key))
                return cache.get(key);
            const e = files.get(key);
            const buf = e && e.size <= MAX_TEXT_BYTES ? readSmallFile(external_node_path_default().join(w.root, ...key.split('/'))) : undefined;
            const text = buf === undefined ? undefined : decodeText(buf);
            cache.set(key, text);
            return text;
        },
        excluded: (p) => w.excluded(p),
    };
}


/***/ }),

/***/ 3492:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   L$: () => (/* binding */ escapeName),
/* harmony export */   q_: () => (/* binding */ checkDecodedName),
/* harmony export */   qg: () => (/* binding */ nameProblemMessage)
/* harmony export */ });
// File names as bytes: a name that is not UTF-8, or that holds a control character, cannot be
// shown on one log line, annotated, or extracted by the same name on the instance. Such names
// are reported (escaped, so the report itself stays one line) instead of used.
const strict = new TextDecoder('utf-8', { fatal: true });
/** C0 and C1 controls, DEL, and the Unicode line/paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
const CONTROL_G = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;
const SHORT = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeControls(s) {
    return s.replace(CONTROL_G, (c) => SHORT[c] ?? `\\u{${c.codePointAt(0).toString(16)}}`);
}
/** A printable one-line form of a name: control characters as \n, \t, \u{…}; bytes that are not UTF-8 as \xNN. */
function escapeName(name) {
    if (typeof name === 'string')
        return escapeControls(name);
    let out = '';
    let i = 0;
    while (i < name.length) {
        let step = 0;
        for (let len = 1; len <= 4 && i + len <= name.length; len++) {
            try {
                out += strict.decode(name.subarray(i, i + len));
                step = len;
                break;
            }
            catch {
                // not a complete sequence yet
            }
        }
        if (step === 0) {
            out += `\\x${name[i].toString(16).padStart(2, '0')}`;
            step = 1;
        }
        i += step;
    }
    return escapeControls(out);
}
/** Decode one path segment (or a whole path) read as bytes. */
function checkName(raw) {
    let name;
    try {
        name = strict.decode(raw);
    }
    catch {
        return { ok: false, kind: 'name-not-utf8', shown: escapeName(raw) };
    }
    return checkDecodedName(name);
}
/** For names already decoded by a library (tar): U+FFFD marks bytes that were not UTF-8. */
function checkDecodedName(name) {
    if (name.includes('\ufffd'))
        return { ok: false, kind: 'name-not-utf8', shown: escapeName(name) };
    if (CONTROL.test(name))
        return { ok: false, kind: 'name-control-character', shown: escapeName(name) };
    return { ok: true, name };
}
function nameProblemMessage(kind, shown) {
    return kind === 'name-not-utf8'
        ? `The file name ${shown} is not valid UTF-8 (bytes shown as \\xNN): the instance would extract it under another name, or not at all. Rename it, or leave it out with the ignore file.`
        : `The file name ${shown} holds a control character (shown escaped): it breaks log lines and scripts that read file names. Rename it, or leave it out with the ignore file.`;
}


/***/ }),

/***/ 8527:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  er: () => (/* binding */ ZIP_FORMAT),
  zy: () => (/* binding */ writeZip)
});

// UNUSED EXPORTS: STORED_EXTENSIONS, ZIP_FORMAT_VERSION, shouldDeflate, zipFormat

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/bundle/crc32-combine.ts
// CRC-32 of two blocks joined, from their CRCs (zlib's crc32_combine), so the blocks of one file
// can be checksummed on different threads. The CRCs themselves come from node:zlib's native
// crc32 (Node >= 20.15), which Node does not pair with a combine.
function gf2Times(mat, vec) {
    let sum = 0;
    for (let i = 0; vec !== 0; i++, vec >>>= 1)
        if (vec & 1)
            sum ^= mat[i];
    return sum >>> 0;
}
function gf2Square(square, mat) {
    for (let n = 0; n < 32; n++)
        square[n] = gf2Times(mat, mat[n]);
}
/**
 * CRC-32 of A‖B from crc(A), crc(B) and B's length (zlib's crc32_combine), so blocks of one file
 * can be checksummed on different threads.
 */
function crc32Combine(crcA, crcB, lengthB) {
    if (lengthB <= 0)
        return crcA >>> 0;
    const even = new Uint32Array(32);
    const odd = new Uint32Array(32);
    odd[0] = 0xedb88320;
    for (let n = 1, row = 1; n < 32; n++, row <<= 1)
        odd[n] = row;
    gf2Square(even, odd); // operator for two zero bits
    gf2Square(odd, even); // four zero bits
    let crc = crcA >>> 0;
    let len = lengthB;
    for (;;) {
        gf2Square(even, odd);
        if (len % 2 === 1)
            crc = gf2Times(even, crc);
        len = Math.floor(len / 2);
        if (len === 0)
            break;
        gf2Square(odd, even);
        if (len % 2 === 1)
            crc = gf2Times(odd, crc);
        len = Math.floor(len / 2);
        if (len === 0)
            break;
    }
    return (crc ^ crcB) >>> 0;
}

// EXTERNAL MODULE: ./src/bundle/deflate-pool.ts + 1 modules
var deflate_pool = __nccwpck_require__(2697);
// EXTERNAL MODULE: ./src/bundle/errors.ts
var errors = __nccwpck_require__(6837);
;// CONCATENATED MODULE: ./src/bundle/zip.ts
// Deterministic, streaming zip writer with parallel deflate.
//
// Why not yazl (measured, see the commit that added this file): yazl compresses one entry at a
// time from a stream, or — through addBuffer — in parallel but without backpressure, with a
// JavaScript CRC on the main thread and an O(n²) scan over its entries on every write (20,000
// entries: 1.3 s of overhead before any compression). It cannot take pre-compressed data, so
// parallel compression needs a writer of its own. This one is small and only writes: local
// header, data, central directory, end record (ZIP64 where sizes need it).
//
// How it goes fast with bounded memory: every file is cut into blocks (1 MiB). Blocks are read
// and deflated as independent jobs on worker threads (deflate-pool.ts), in batches, a bounded
// number of bytes ahead of the writer. A block after the first is compressed with the previous 32 KiB as its
// preset dictionary and ends on a sync flush, the last block on Z_FINISH, so the blocks
// concatenate into one valid deflate stream that compresses as well as a single pass (pigz's
// method). The writer takes blocks in archive order, combines their CRCs and streams them out with
// backpressure, hashing (sha256) as it writes.
//
// Deterministic: entries in the given (sorted) order, one fixed timestamp (1980-01-01 00:00,
// DOS format, no extra timestamp fields), no extra fields except ZIP64 where required, and
// compression decided by the content's name and size alone.









/** Extensions whose content is already compressed: stored, not deflated again. */
const STORED_EXTENSIONS = new Set([
    'zip',
    'jar',
    'war',
    'ear',
    'apk',
    'aar',
    'whl',
    'egg',
    'nupkg',
    'docx',
    'xlsx',
    'pptx',
    'odt',
    'gz',
    'tgz',
    'bz2',
    'tbz2',
    'xz',
    'txz',
    'lz',
    'lzma',
    'lz4',
    'zst',
    'br',
    '7z',
    'rar',
    'z',
    'jpg',
    'jpeg',
    'png',
    'gif',
    'webp',
    'avif',
    'heic',
    'ico',
    'jp2',
    'mp3',
    'mp4',
    'm4a',
    'm4v',
    'aac',
    'ogg',
    'oga',
    'ogv',
    'opus',
    'webm',
    'mkv',
    'mov',
    'avi',
    'flac',
    'woff',
    'woff2',
    'pdf',
    'swf',
]);
const DEFAULT_BLOCK = 1 << 20;
const DEFAULT_LEVEL = 6;
/**
 * Version of the bytes this writer produces for given entries. Bump it with any change that
 * alters them (headers, flags, the stored list, block or dictionary handling, descriptor use):
 * the tree digest includes it, so an S3 key never names two different archives.
 */
const ZIP_FORMAT_VERSION = 1;
/**
 * What the archive's bytes depend on besides the entries: this writer's version, its level and
 * block size, and zlib's version (another deflate implementation may encode the same block
 * differently). Part of the tree digest (digest.ts).
 */
function zipFormat(level = DEFAULT_LEVEL, blockSize = DEFAULT_BLOCK, version = ZIP_FORMAT_VERSION) {
    return `zip/${version} level=${level} block=${blockSize} zlib=${process.versions.zlib}`;
}
/** The format the action and the CLI write (the defaults). */
const ZIP_FORMAT = zipFormat();
/** Below this many bytes to deflate, compress on the calling thread: no worker start-up. */
const INLINE_BELOW = 4 * 1024 * 1024;
const BATCH_BYTES = 256 * 1024;
const BATCH_UNITS = 256;
const MAX_UNITS_AHEAD = 1024;
const DICT = 32 * 1024;
/** Entries smaller than this are stored: deflate cannot gain on them. */
const MIN_DEFLATE = 32;
/** A streamed entry at least this large gets ZIP64 sizes in its local header and data descriptor. */
const ZIP64_STREAMED = 0xf0000000;
const U32 = 0xffffffff;
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const MADE_BY_UNIX = (3 << 8) | 30;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
/** Whether an entry of this path and size is deflated (otherwise stored). */
function shouldDeflate(p, size) {
    if (size < MIN_DEFLATE)
        return false;
    const ext = external_node_path_default().posix.extname(p).slice(1).toLowerCase();
    return !STORED_EXTENSIONS.has(ext);
}
function* unitsOf(entries, blockSize) {
    for (const entry of entries) {
        if (entry.type !== 'file' || entry.size <= blockSize) {
            yield {
                entry,
                block: 0,
                blocks: 1,
                offset: 0,
                length: entry.size,
                deflate: entry.type === 'file' && shouldDeflate(entry.path, entry.size),
            };
            continue;
        }
        const blocks = Math.ceil(entry.size / blockSize);
        const deflate = shouldDeflate(entry.path, entry.size);
        for (let block = 0; block < blocks; block++) {
            const offset = block * blockSize;
            yield { entry, block, blocks, offset, length: Math.min(blockSize, entry.size - offset), deflate };
        }
    }
}
function changed(entry) {
    return new errors/* BundleError */.r(`${entry.path} changed size while it was being bundled; bundle a tree nothing is writing to.`, entry.path);
}
function taskOf(root, u, level) {
    return {
        file: external_node_path_default().join(root, u.entry.path),
        offset: u.offset,
        length: u.length,
        dictLen: Math.min(DICT, u.offset),
        whole: u.blocks === 1,
        deflate: u.deflate,
        last: u.block === u.blocks - 1,
        level,
    };
}
function doneOf(u, r) {
    if (!r)
        throw new errors/* BundleError */.r(`No result for ${u.entry.path}.`, u.entry.path);
    if (!r.ok) {
        const why = r.code === 'ENOENT' ? 'it was removed while being bundled' : r.message;
        throw new errors/* BundleError */.r(`Could not read ${u.entry.path} for the bundle: ${why}.`, u.entry.path);
    }
    if (r.read !== u.length)
        throw changed(u.entry);
    return { crc: r.crc, data: Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength), deflated: r.deflated };
}
function isAscii(s) {
    return /^[\x00-\x7f]*$/.test(s);
}
function zip64Extra(values) {
    const b = Buffer.alloc(4 + 8 * values.length);
    b.writeUInt16LE(0x0001, 0);
    b.writeUInt16LE(8 * values.length, 2);
    values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
    return b;
}
function localHeader(r, streamedZip64) {
    const extra = streamedZip64 ? zip64Extra([0, 0]) : Buffer.alloc(0);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(streamedZip64 ? 45 : 20, 4);
    h.writeUInt16LE(r.flags, 6);
    h.writeUInt16LE(r.method, 8);
    h.writeUInt16LE(DOS_TIME, 10);
    h.writeUInt16LE(DOS_DATE, 12);
    const streamed = (r.flags & FLAG_DESCRIPTOR) !== 0;
    h.writeUInt32LE(streamed ? 0 : r.crc, 14);
    h.writeUInt32LE(streamedZip64 ? U32 : streamed ? 0 : r.csize, 18);
    h.writeUInt32LE(streamedZip64 ? U32 : streamed ? 0 : r.usize, 22);
    h.writeUInt16LE(r.name.length, 26);
    h.writeUInt16LE(extra.length, 28);
    return Buffer.concat([h, r.name, extra]);
}
function dataDescriptor(r, zip64) {
    const b = Buffer.alloc(zip64 ? 24 : 16);
    b.writeUInt32LE(0x08074b50, 0);
    b.writeUInt32LE(r.crc, 4);
    if (zip64) {
        b.writeBigUInt64LE(BigInt(r.csize), 8);
        b.writeBigUInt64LE(BigInt(r.usize), 16);
    }
    else {
        b.writeUInt32LE(r.csize, 8);
        b.writeUInt32LE(r.usize, 12);
    }
    return b;
}
function centralRecord(r) {
    const big = [];
    if (r.usize >= U32)
        big.push(r.usize);
    if (r.csize >= U32)
        big.push(r.csize);
    if (r.offset >= U32)
        big.push(r.offset);
    const extra = big.length > 0 ? zip64Extra(big) : Buffer.alloc(0);
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(MADE_BY_UNIX, 4);
    h.writeUInt16LE(big.length > 0 ? 45 : 20, 6);
    h.writeUInt16LE(r.flags, 8);
    h.writeUInt16LE(r.method, 10);
    h.writeUInt16LE(DOS_TIME, 12);
    h.writeUInt16LE(DOS_DATE, 14);
    h.writeUInt32LE(r.crc, 16);
    h.writeUInt32LE(Math.min(r.csize, U32), 20);
    h.writeUInt32LE(Math.min(r.usize, U32), 24);
    h.writeUInt16LE(r.name.length, 28);
    h.writeUInt16LE(extra.length, 30);
    // comment length, disk number start, internal attributes: 0
    h.writeUInt32LE(r.external >>> 0, 38);
    h.writeUInt32LE(Math.min(r.offset, U32), 42);
    return Buffer.concat([h, r.name, extra]);
}
function endRecords(count, cdOffset, cdSize) {
    const parts = [];
    const zip64 = count >= 0xffff || cdOffset >= U32 || cdSize >= U32;
    if (zip64) {
        const rec = Buffer.alloc(56);
        rec.writeUInt32LE(0x06064b50, 0);
        rec.writeBigUInt64LE(44n, 4);
        rec.writeUInt16LE(MADE_BY_UNIX, 12);
        rec.writeUInt16LE(45, 14);
        // disk numbers: 0
        rec.writeBigUInt64LE(BigInt(count), 24);
        rec.writeBigUInt64LE(BigInt(count), 32);
        rec.writeBigUInt64LE(BigInt(cdSize), 40);
        rec.writeBigUInt64LE(BigInt(cdOffset), 48);
        const loc = Buffer.alloc(20);
        loc.writeUInt32LE(0x07064b50, 0);
        loc.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
        loc.writeUInt32LE(1, 16);
        parts.push(rec, loc);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, 0xffff), 8);
    end.writeUInt16LE(Math.min(count, 0xffff), 10);
    end.writeUInt32LE(Math.min(cdSize, U32), 12);
    end.writeUInt32LE(Math.min(cdOffset, U32), 16);
    parts.push(end);
    return Buffer.concat(parts);
}
/** Write `entries` (files read from `root`) as a zip archive to `sink`. */
async function writeZip(opts) {
    const { root, entries, sink, signal } = opts;
    const level = opts.level ?? DEFAULT_LEVEL;
    const blockSize = opts.blockSize ?? DEFAULT_BLOCK;
    const maxBytesAhead = opts.maxBytesAhead ?? 8 * 1024 * 1024;
    let deflateBytes = 0;
    for (const e of entries)
        if (e.type === 'file' && shouldDeflate(e.path, e.size))
            deflateBytes += e.size;
    const runner = deflateBytes < INLINE_BELOW ? (0,deflate_pool/* inlineRunner */.y)() : (0,deflate_pool/* workerRunner */.F)(opts.concurrency ?? Math.max(1, external_node_os_default().availableParallelism()));
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let written = 0;
    let sinkError = null;
    sink.on('error', (err) => {
        sinkError = err;
    });
    const write = async (buf) => {
        if (sinkError)
            throw sinkError;
        if (buf.length === 0)
            return;
        hash.update(buf);
        written += buf.length;
        if (!sink.write(buf))
            await (0,external_node_events_.once)(sink, 'drain', signal ? { signal } : {});
    };
    // Blocks ahead of the writer, in archive order, dispatched to the runner in batches.
    const units = unitsOf(entries, blockSize);
    const ahead = [];
    let bytesAhead = 0;
    let exhausted = false;
    let batch = [];
    let batchBytes = 0;
    const dispatch = () => {
        if (batch.length === 0)
            return;
        const these = batch;
        batch = [];
        batchBytes = 0;
        runner.run(these.map((b) => taskOf(root, b.unit, level))).then((results) => these.forEach((b, i) => {
            try {
                b.resolve(doneOf(b.unit, results[i]));
            }
            catch (err) {
                b.reject(err);
            }
        }), (err) => these.forEach((b) => b.reject(err)));
    };
    const fill = () => {
        // Refill in large steps (below half the budget) so batches stay large.
        if (!exhausted && ahead.length > 0 && bytesAhead > maxBytesAhead / 2)
            return;
        while (!exhausted && (ahead.length === 0 || (bytesAhead < maxBytesAhead && ahead.length < MAX_UNITS_AHEAD))) {
            const next = units.next();
            if (next.done) {
                exhausted = true;
                break;
            }
            const unit = next.value;
            const { entry } = unit;
            if (entry.type !== 'file') {
                const data = entry.type === 'symlink' ? Buffer.from(entry.linkTarget ?? '', 'utf8') : Buffer.alloc(0);
                ahead.push({ unit, done: Promise.resolve({ crc: (0,external_node_zlib_.crc32)(data) >>> 0, data, deflated: false }) });
                continue;
            }
            const done = new Promise((resolve, reject) => batch.push({ unit, resolve, reject }));
            done.catch(() => undefined); // awaited in order below; not unhandled meanwhile
            ahead.push({ unit, done });
            bytesAhead += unit.length;
            batchBytes += unit.length;
            if (batchBytes >= BATCH_BYTES || batch.length >= BATCH_UNITS)
                dispatch();
        }
        dispatch();
    };
    const central = [];
    let current = null;
    let currentZip64 = false;
    try {
        fill();
        while (ahead.length > 0) {
            signal?.throwIfAborted();
            const { unit, done: pending } = ahead.shift();
            const done = await pending;
            bytesAhead -= unit.length;
            fill();
            const { entry } = unit;
            if (unit.block === 0) {
                const streamed = unit.blocks > 1;
                current = {
                    name: Buffer.from(entry.path, 'utf8'),
                    flags: (streamed ? FLAG_DESCRIPTOR : 0) | (isAscii(entry.path) ? 0 : FLAG_UTF8),
                    method: done.deflated ? 8 : 0,
                    crc: streamed ? 0 : done.crc,
                    csize: streamed ? 0 : done.data.length,
                    usize: streamed ? 0 : unit.length,
                    offset: written,
                    external: ((entry.mode << 16) | (entry.type === 'dir' ? 0x10 : 0)) >>> 0,
                };
                currentZip64 = streamed && entry.size >= ZIP64_STREAMED;
                await write(localHeader(current, currentZip64));
            }
            const rec = current;
            if (unit.blocks > 1) {
                rec.crc = unit.block === 0 ? done.crc : crc32Combine(rec.crc, done.crc, unit.length);
                rec.usize += unit.length;
                rec.csize += done.data.length;
            }
            await write(done.data);
            if (unit.block === unit.blocks - 1) {
                if (unit.blocks > 1)
                    await write(dataDescriptor(rec, currentZip64));
                central.push(rec);
            }
        }
        const cdOffset = written;
        let cd = [];
        let cdBytes = 0;
        for (const r of central) {
            const b = centralRecord(r);
            cd.push(b);
            cdBytes += b.length;
            if (cdBytes >= 64 * 1024) {
                await write(Buffer.concat(cd));
                cd = [];
                cdBytes = 0;
            }
        }
        await write(Buffer.concat(cd));
        await write(endRecords(central.length, cdOffset, written - cdOffset));
        sink.end();
        await (0,promises_.finished)(sink);
    }
    catch (err) {
        for (const a of ahead)
            a.done.catch(() => undefined);
        sink.destroy();
        throw sinkError && !(err instanceof errors/* BundleError */.r) ? sinkError : err;
    }
    finally {
        await runner.close();
    }
    return { sha256: hash.digest('hex'), size: written, entries: central.length };
}


/***/ }),

/***/ 948:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ editableAppSpec),
/* harmony export */   _$: () => (/* binding */ lineStarts),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   q$: () => (/* binding */ appSpecRevision),
/* harmony export */   uj: () => (/* binding */ hooksOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8815);
// ECS and Lambda revisions are the AppSpec itself (AppSpecContent: content + its sha256): nothing
// is bundled or uploaded. The hooks it names are kept for the diagnosis (event → function, line).


function appSpecRevision(content) {
    return {
        revisionType: 'AppSpecContent',
        appSpecContent: { content, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content, 'utf8').digest('hex') },
    };
}
/** The hooks of an AppSpec text (YAML or JSON), with their lines; [] when it does not parse. */
function hooksOf(text) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { keepSourceTokens: false });
    if (doc.errors.length)
        return [];
    const hooks = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(doc.contents) ? doc.contents.get('Hooks', true) : undefined;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(hooks))
        return [];
    const lines = lineStarts(text);
    const out = [];
    for (const item of hooks.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(item))
            continue;
        for (const pair of item.items) {
            const key = pair.key?.value;
            const value = pair.value?.value;
            const offset = pair.key?.range?.[0] ?? 0;
            if (typeof key === 'string' && typeof value === 'string')
                out.push({ event: key, functionName: value, line: lineAt(lines, offset) });
        }
    }
    return out;
}
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    return starts;
}
function lineAt(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
/** Parses an AppSpec for editing; throws a message naming the file when it is not YAML/JSON. */
function editableAppSpec(text, shown) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text);
    if (doc.errors.length)
        throw new Error(`${shown} is not valid YAML or JSON: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`);
    return doc;
}


/***/ }),

/***/ 7242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DG: () => (/* binding */ States),
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   iO: () => (/* binding */ DOCS_BASE_URL),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/* unused harmony export ACTION_NAME */
// Input, output and state names in one place: action.yml, settings, run() and the post step
// must agree on them, and the README tables are generated from action.yml.
const Inputs = {
    Mode: 'mode',
    Target: 'target',
    Path: 'path',
    Include: 'include',
    Exclude: 'exclude',
    RestoreExecBits: 'restore-exec-bits',
    Application: 'application',
    DeploymentGroup: 'deployment-group',
    S3Bucket: 's3-bucket',
    S3Prefix: 's3-prefix',
    Region: 'region',
    DeploymentConfig: 'deployment-config',
    Description: 'description',
    FileExistsBehavior: 'file-exists-behavior',
    IgnoreApplicationStopFailures: 'ignore-application-stop-failures',
    AutoRollback: 'auto-rollback',
    OnActiveDeployment: 'on-active-deployment',
    ContinueBlueGreen: 'continue-blue-green',
    OnCancel: 'on-cancel',
    Validate: 'validate',
    Timeout: 'timeout',
    PollInterval: 'poll-interval',
    Environment: 'environment',
    VersionLabel: 'version-label',
    ReuseVersion: 'reuse-version',
    Health: 'health',
    PruneVersions: 'prune-versions',
    Strategy: 'strategy',
    IdleEnvironment: 'idle-environment',
    ProductionCname: 'production-cname',
    GithubToken: 'github-token',
    PreviewName: 'preview-name',
    PreviewTemplateEnvironment: 'preview-template-environment',
    PreviewSavedConfiguration: 'preview-saved-configuration',
    PreviewTemplateGroup: 'preview-template-group',
    Revision: 'revision',
    AllowForks: 'allow-forks',
    PreviewInstanceTags: 'preview-instance-tags',
    Bake: 'bake',
    OnBakeFailure: 'on-bake-failure',
    TaskDefinition: 'task-definition',
    ContainerName: 'container-name',
    ContainerPort: 'container-port',
    Appspec: 'appspec',
    FunctionName: 'function-name',
    Alias: 'alias',
    FunctionVersion: 'function-version',
    Retries: 'retries',
    OutdatedInstancesOnly: 'outdated-instances-only',
};
const Outputs = {
    DeploymentId: 'deployment-id',
    Status: 'status',
    RevisionS3Uri: 'revision-s3-uri',
    RevisionEtag: 'revision-etag',
    BundleSha256: 'bundle-sha256',
    TreeDigest: 'tree-digest',
    Uploaded: 'uploaded',
    FailedInstances: 'failed-instances',
    Findings: 'findings',
    VersionLabel: 'version-label',
    EnvironmentUrl: 'environment-url',
    EnvironmentId: 'environment-id',
    Health: 'health',
    PreviewEnvironment: 'preview-environment',
    GithubDeploymentId: 'github-deployment-id',
    TaskDefinitionArn: 'task-definition-arn',
    FunctionVersion: 'function-version',
    Attempts: 'attempts',
};
/** What the main step leaves for the post step (GITHUB_STATE). */
const States = {
    /** JSON InFlight record while a deployment or environment update runs; empty once it ended. */
    InFlight: 'in-flight',
    /** Why the main step ended: succeeded, failed, timed-out, cancelled or crashed (see in-flight.ts). */
    Outcome: 'outcome',
    OnCancel: 'on-cancel',
    Region: 'region',
    PollInterval: 'poll-interval',
    /** JSON OpenDeployment while this run's GitHub Deployment has no final status (github/deployments.ts). */
    GithubDeployment: 'github-deployment',
};
const ACTION_NAME = 'hookline';
const DOCS_BASE_URL = 'https://github.com/hookline/hookline/blob/main/docs';


/***/ }),

/***/ 2009:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ unique),
/* harmony export */   DT: () => (/* binding */ stripPrefixes),
/* harmony export */   EH: () => (/* binding */ evidenceList),
/* harmony export */   IL: () => (/* binding */ normaliseMessage),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   ND: () => (/* binding */ listInstances),
/* harmony export */   QL: () => (/* binding */ arr),
/* harmony export */   WL: () => (/* binding */ obj),
/* harmony export */   Yu: () => (/* binding */ showLine),
/* harmony export */   aJ: () => (/* binding */ stripAnsi),
/* harmony export */   gx: () => (/* binding */ str)
/* harmony export */ });
// Small text helpers shared by the CodeDeploy and Beanstalk readers: reading loosely typed SDK
// objects, splitting log tails into lines, stripping the prefixes the agents put on lines, and
// normalising messages so identical failures on different instances compare equal.
/** A plain object field as a string, or '' (SDK responses are mostly optional fields). */
function str(obj, key) {
    if (obj === null || typeof obj !== 'object')
        return '';
    const v = obj[key];
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return '';
}
function obj(o, key) {
    if (o === null || typeof o !== 'object')
        return undefined;
    const v = o[key];
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function arr(o, key) {
    if (o === null || typeof o !== 'object')
        return [];
    const v = o[key];
    return Array.isArray(v) ? v.filter((x) => x !== null && typeof x === 'object') : [];
}
// ANSI escape sequences (colours, cursor moves, OSC titles). The Rust agent 2.0 strips them from
// hook output; the Ruby agent 1.x passes them through, so both shapes reach the rules.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
/** The text without ANSI escape sequences (a `\r` is kept: it is evidence of CRLF scripts). */
function stripAnsi(text) {
    return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}
/** Split text into lines, dropping trailing `\n` but keeping a `\r` (it is evidence of CRLF scripts). */
function lines(text) {
    if (!text)
        return [];
    return text.split('\n').filter((l) => l.trim() !== '');
}
// Prefixes seen in front of the meaningful part of a line:
//  - Rust agent logTail entries: `2024-05-01 10:00:00 [stderr]…`
//  - Ruby agent logTail entries: `[stderr]…` / `[stdout]…`
//  - agent / eb-engine / cfn-init log lines: `2021/08/05 15:54:15.735201 [ERROR] …`,
//    `2022-08-01 08:51:13,354 [ERROR] …`, `2024-01-01T10:00:00Z ERROR [codedeploy-agent(123)]: …`
const TIMESTAMP = /^\s*(?:\[?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?\s*)/;
const LEVEL = /^(?:\[(?:ERROR|WARN|WARNING|INFO|DEBUG)\]|(?:ERROR|WARN|INFO|DEBUG)(?=\s))\s*(?:\[[^\]]*\]:\s*)?/;
const STREAM = /^\[(?:stdout|stderr)\]\s?/;
const CFN_PID = /^P\d+\s+/;
/** The line without timestamps, level tags, `[stdout]`/`[stderr]` markers (any order, any count). */
function stripPrefixes(line) {
    let s = line;
    for (let i = 0; i < 4; i++) {
        const before = s;
        s = s.replace(TIMESTAMP, '').replace(CFN_PID, '').replace(LEVEL, '').replace(STREAM, '');
        if (s === before)
            break;
    }
    return s.trimEnd();
}
/** Render a line for people: prefixes removed, a visible `^M` for a carriage return, bounded length. */
function showLine(line, max = 300) {
    const s = stripPrefixes(line).replace(/\r/g, '^M').trim();
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
const INSTANCE_ID = /\bi-[0-9a-f]{8,17}\b/g;
const DEPLOYMENT_ID = /\bd-[A-Z0-9]{9}\b/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
const ANY_TIMESTAMP = /\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g;
const EPOCH = /\b1\d{9}(?:\d{3})?\b/g;
/** A message with instance ids, deployment ids, UUIDs and timestamps replaced, for grouping. */
function normaliseMessage(message) {
    return message
        .replace(ANY_TIMESTAMP, '<time>')
        .replace(INSTANCE_ID, '<instance>')
        .replace(DEPLOYMENT_ID, '<deployment>')
        .replace(UUID, '<uuid>')
        .replace(EPOCH, '<epoch>')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Unique, in order of first appearance. */
function unique(items) {
    return [...new Set(items)];
}
/** Keep evidence short: unique non-empty lines, at most `max`. */
function evidenceList(items, max = 8) {
    const out = [];
    for (const item of items) {
        if (!item)
            continue;
        const s = showLine(item);
        if (s && !out.includes(s))
            out.push(s);
        if (out.length >= max)
            break;
    }
    return out;
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** "i-1, i-2 and 3 more" */
function listInstances(ids, max = 5) {
    if (ids.length === 0)
        return 'no instance';
    const head = ids.slice(0, max).join(', ');
    return ids.length > max ? `${head} and ${ids.length - max} more` : head;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NZ: () => (/* binding */ DeploymentTimedOut),
/* harmony export */   Nr: () => (/* binding */ DeploymentFailed),
/* harmony export */   kc: () => (/* binding */ errorText)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9378);
// Errors shared by both release paths; run() reports these by their message alone.

/** The release ran and failed: deployment Failed/Stopped, environment update failed, timeout. */
class DeploymentFailed extends Error {
    constructor(message) {
        super(message);
        this.name = 'DeploymentFailed';
    }
}
/** The release was still running when the step's `timeout` was reached (the post step may stop it, per on-cancel). */
class DeploymentTimedOut extends DeploymentFailed {
}
/** "Name: message" for SDK and other errors, without a stack; a sentence for 5xx, timeouts, cut-off answers and bad credentials. */
function errorText(err) {
    const kind = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorKind */ .UC)(err);
    if (kind !== 'refused' && kind !== 'aborted')
        return (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(err) ?? String(err);
    if (err instanceof Error)
        return `${err.name && err.name !== 'Error' ? `${err.name}: ` : ''}${err.message}`;
    return String(err);
}


/***/ }),

/***/ 8219:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  sB: () => (/* binding */ BEANSTALK_MAX_BUNDLE_BYTES),
  YC: () => (/* binding */ capBytes),
  ad: () => (/* binding */ oversized),
  FB: () => (/* binding */ refuseOversizedSourceBundle),
  lu: () => (/* binding */ refuseWindowsZip)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./src/bundle/index.ts + 2 modules
var bundle = __nccwpck_require__(3276);
// EXTERNAL MODULE: ./src/bundle/model.ts + 2 modules
var model = __nccwpck_require__(4765);
// EXTERNAL MODULE: ./src/bundle/names.ts
var names = __nccwpck_require__(3492);
;// CONCATENATED MODULE: ./src/bundle/zip-origin.ts
// What a prebuilt zip says about the system that made it, from its central directory alone: names
// written with backslashes (PowerShell 5's Compress-Archive and .NET Framework's ZipFile do that),
// and entries without unix modes (version-made-by host other than 3, unix: Windows tools, and
// Java's jar). Linux extracts a backslash name as one file called `scripts\start.sh`, and an
// entry without a mode as 0644.


/** The host byte of version-made-by that carries unix modes in the external attributes. */
const UNIX_HOST = 3;
/** Read the central directory of `file` (a zip): nothing is decompressed. */
async function readZipOrigin(file) {
    const yauzl = await __nccwpck_require__.e(/* import() */ 663).then(__nccwpck_require__.t.bind(__nccwpck_require__, 663, 19));
    const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false });
    const out = { backslashNames: [], withoutUnixMode: new Set(), hosts: [] };
    try {
        for await (const e of zip.eachEntry()) {
            const raw = e.fileName;
            if (raw.includes(0x5c))
                out.backslashNames.push((0,names/* escapeName */.L$)(raw));
            const host = e.versionMadeBy >> 8;
            if (host !== UNIX_HOST) {
                out.withoutUnixMode.add((0,model/* normalizeEntryPath */.h1)(raw.toString('utf8')));
                if (!out.hosts.includes(host))
                    out.hosts.push(host);
            }
        }
    }
    finally {
        zip.close();
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(2011);
// EXTERNAL MODULE: ./src/flows/exec-bits.ts
var exec_bits = __nccwpck_require__(9717);
;// CONCATENATED MODULE: ./src/flows/artifact-checks.ts
// Prebuilt archives and bundle sizes that would fail on AWS after the upload, refused before it:
// a zip written with backslash paths or without unix modes (made on Windows), and a Beanstalk
// source bundle over the size Beanstalk accepts.






/**
 * Beanstalk's source bundle limit: "Not exceed 500 MB" (docs.aws.amazon.com/elasticbeanstalk/latest/dg/
 * applications-sourcebundle.html); the console's upload form says 512 MB (applications-versions.html).
 * 500 MiB keeps within both readings.
 */
const BEANSTALK_MAX_BUNDLE_BYTES = 500 * 1024 ** 2;
const LISTED = 3;
function list(items) {
    const more = items.length > LISTED ? ` and ${items.length - LISTED} more` : '';
    return items.slice(0, LISTED).join(', ') + more;
}
/** An appspec for Windows instances: modes mean nothing there. */
function forWindows(model) {
    const text = ['appspec.yml', 'appspec.yaml', 'appspec.json'].map((n) => model.read(n)).find((t) => t !== undefined);
    return text !== undefined && /^\s*"?os"?\s*:\s*["']?windows/im.test(text);
}
/**
 * Refuse a prebuilt zip made on Windows, with the fix: any name with a backslash; and entries
 * without unix modes when they are scripts the release executes on Linux (a .war or .jar from
 * Java's tools has no modes either, and deploys fine: it runs no script of its own).
 */
async function refuseWindowsZip(model) {
    if (model.kind !== 'archive' || model.archiveType !== 'zip')
        return;
    const name = external_node_path_default().basename(model.root);
    const origin = await readZipOrigin(model.root);
    const rebuild = 'or give the folder as `path` so hookline bundles it (restoring executable bits, see `restore-exec-bits`).';
    if (origin.backslashNames.length > 0) {
        throw new bundle/* BundleError */.rJ(`${name} uses backslashes as path separators (${list(origin.backslashNames)}), as PowerShell 5's Compress-Archive writes them. ` +
            'Linux extracts each such entry as one file with a backslash in its name, so the folders and scripts the release expects are not there; it was not deployed. ' +
            `Rebuild it with forward slashes (PowerShell 7's Compress-Archive, 7-Zip, \`zip -r\`), ${rebuild}`, model.root);
    }
    if (origin.withoutUnixMode.size === 0 || forWindows(model))
        return;
    const scripts = (0,exec_bits/* executedScripts */.IV)(model).filter((p) => origin.withoutUnixMode.has(p));
    if (scripts.length === 0)
        return;
    throw new bundle/* BundleError */.rJ(`${name} was made without unix file modes (zip host ${origin.hosts.join(', ')}, not unix), so its scripts extract without their executable bit on Linux: ` +
        `${list(scripts)} would fail with "permission denied" or lose the bit; it was not deployed. ` +
        `Rebuild it where modes are kept (\`zip -r\` on Linux or macOS, e.g. in a step on ubuntu-latest), ${rebuild}`, model.root);
}
/** Refuse a Beanstalk source bundle Beanstalk would reject, before its upload. */
function refuseOversizedSourceBundle(size, file) {
    if (size <= BEANSTALK_MAX_BUNDLE_BYTES)
        return;
    throw oversized(size, file);
}
/** The refusal of a source bundle of `size` bytes (`cut`: at least that many, stopped while streaming). */
function oversized(size, file, cut = false) {
    return new bundle/* BundleError */.rJ(`The source bundle is ${cut ? 'over ' : ''}${(0,format/* formatBytes */.z)(size)} (${size.toLocaleString('en-US')} bytes); Elastic Beanstalk accepts at most 500 MB (hookline allows ${BEANSTALK_MAX_BUNDLE_BYTES.toLocaleString('en-US')} bytes), so it was not uploaded. ` +
        'Leave out what the instances do not need (`exclude` or .ebignore: dependencies the platform installs, tests, build caches), or ship large assets from S3.', file);
}
/**
 * A sink that passes at most `limit` bytes on to `sink` and fails with `tooLarge(bytes)` past it:
 * the writer fails, so a streamed upload is aborted before an archive over the limit is stored.
 */
function capBytes(sink, limit, tooLarge) {
    let bytes = 0;
    return new external_node_stream_.Writable({
        write(chunk, _enc, done) {
            bytes += chunk.length;
            if (bytes > limit)
                return done(tooLarge(bytes));
            if (sink.write(chunk))
                return done();
            sink.once('drain', () => done());
        },
        // On failure the sink is left to its owner, which aborts the upload (it never sees an end).
        final(done) {
            sink.end(() => done());
        },
    });
}


/***/ }),

/***/ 4821:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ bundleModelFor)
/* harmony export */ });
/* harmony import */ var _bundle_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3276);
/* harmony import */ var _validate_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2609);
/* harmony import */ var _artifact_checks_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8219);
/* harmony import */ var _exec_bits_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9717);
// The bundle model of a run, read once: pre-flight validation and the upload stage ask for the
// same folder with the same rules and get the same walk (or the same archive read), so what was
// validated is what is uploaded.




const models = new Map();
/** The model of `s.path` with the ignore file `target` reads; one walk per distinct request. */
function bundleModelFor(s, target) {
    const ignoreFile = (0,_bundle_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ignoreFileFor */ .wR)(target, s.path);
    const key = JSON.stringify([s.path, s.include, s.exclude, ignoreFile, s.restoreExecBits]);
    let model = models.get(key);
    if (!model) {
        model = (0,_validate_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openBundleModel */ .IO)(s.path, { include: s.include, exclude: s.exclude, ignoreFile, digest: s.mode !== 'validate' }).then(async (m) => {
            await (0,_artifact_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .refuseWindowsZip */ .lu)(m);
            return s.restoreExecBits ? (0,_exec_bits_js__WEBPACK_IMPORTED_MODULE_3__/* .withExecBits */ .aC)(m) : m;
        });
        models.set(key, model);
        // A failed read is not cached: the caller reports it, a later caller may try again.
        model.catch(() => models.delete(key));
    }
    return model;
}


/***/ }),

/***/ 9717:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IV: () => (/* binding */ executedScripts),
/* harmony export */   aC: () => (/* binding */ withExecBits),
/* harmony export */   h7: () => (/* binding */ noticeRestored)
/* harmony export */ });
/* harmony import */ var _bundle_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3276);
/* harmony import */ var _validate_appspec_reader_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(540);
// restore-exec-bits: which scripts a release executes, and the notice that lists the ones whose
// executable bit was restored (the rule itself is in bundle/exec-bits.ts).


/** Bundle paths the deployment executes: appspec hook locations and platform hook files. */
function executedScripts(model) {
    const files = model.entries.filter((e) => e.type === 'file').map((e) => e.path);
    const hooks = (0,_validate_appspec_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .hookScriptPaths */ .To)(files, (p) => model.read(p));
    return [...new Set([...hooks, ...files.filter((p) => _bundle_index_js__WEBPACK_IMPORTED_MODULE_0__/* .PLATFORM_HOOK_FILE */ .ri.test(p))])];
}
/** Paths of a model whose mode restore-exec-bits set (what the notice lists). */
const restoredBy = new WeakMap();
/** The model with exec bits restored per the "none set" rule; folders only (an archive ships as it is). */
function withExecBits(model) {
    if (model.kind !== 'directory')
        return model;
    const { model: out, restored } = (0,_bundle_index_js__WEBPACK_IMPORTED_MODULE_0__/* .restoreExecBits */ .ym)(model, executedScripts(model));
    if (restored.length > 0)
        restoredBy.set(out, restored);
    return out;
}
const LISTED = 10;
/** One notice naming the scripts that got 0755, when any did. */
function noticeRestored(model, report) {
    const restored = restoredBy.get(model);
    if (!restored?.length)
        return;
    const more = restored.length > LISTED ? ` and ${restored.length - LISTED} more` : '';
    report.notice(`Gave ${restored.length} script${restored.length === 1 ? '' : 's'} the deployment runs mode 0755 in the bundle: ${restored.slice(0, LISTED).join(', ')}${more}. ` +
        'None of them was executable in the tree (a checkout on Windows or a folder from actions/download-artifact loses the bits). ' +
        'Set `restore-exec-bits: false` to ship the modes as they are.', { title: 'hookline: executable bits restored' });
}


/***/ }),

/***/ 7935:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  n: () => (/* binding */ ValidationFailed),
  M: () => (/* binding */ preflight)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: ./src/validate/index.ts + 11 modules
var validate = __nccwpck_require__(2609);
// EXTERNAL MODULE: ./src/flows/bundle-model.ts
var bundle_model = __nccwpck_require__(4821);
;// CONCATENATED MODULE: ./src/flows/findings-output.ts
/** Bytes of JSON the output holds at most. */
const FINDINGS_OUTPUT_LIMIT = 60 * 1024;
const TRUNCATED_RULE = 'hookline/findings-truncated';
function truncationNotice(left, limit) {
    const count = (s) => left.filter((f) => f.severity === s).length;
    return {
        file: '',
        line: 0,
        column: 0,
        severity: 'notice',
        rule: TRUNCATED_RULE,
        message: `${left.length} more finding${left.length === 1 ? '' : 's'} (${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s)) left out to keep this output under ${Math.round(limit / 1024)} KB; the step's log lists every finding.`,
    };
}
/** JSON array of `findings` (already sorted, most important first) in at most `limit` bytes. */
function findingsOutput(findings, limit = FINDINGS_OUTPUT_LIMIT) {
    const all = JSON.stringify(findings);
    if (Buffer.byteLength(all) <= limit)
        return all;
    // Room for the notice at its longest (counts are at most the number of findings).
    const reserve = Buffer.byteLength(JSON.stringify(truncationNotice(findings, limit))) + 1;
    const kept = [];
    let size = 2; // the brackets
    let i = 0;
    for (; i < findings.length; i++) {
        const item = JSON.stringify(findings[i]);
        const add = Buffer.byteLength(item) + (kept.length > 0 ? 1 : 0);
        if (size + add + reserve > limit)
            break;
        kept.push(item);
        size += add;
    }
    kept.push(JSON.stringify(truncationNotice(findings.slice(i), limit)));
    return `[${kept.join(',')}]`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/compute/revision.ts
var revision = __nccwpck_require__(948);
// EXTERNAL MODULE: ./src/validate/suggest.ts
var suggest = __nccwpck_require__(3504);
;// CONCATENATED MODULE: ./src/validate/compute-appspec.ts
// Pre-flight checks of an ECS or Lambda AppSpec (the `appspec` input), with lines: the resource
// (Type, TaskDefinition, LoadBalancerInfo), and hooks that name Lambda functions at the lifecycle
// events the platform has. Pure: text in, findings out.
// Reference: CodeDeploy user guide, reference-appspec-file-structure-resources.html and
// reference-appspec-file-structure-hooks.html (ECS and Lambda sections).



const HOOK_EVENTS = {
    ECS: ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic'],
    Lambda: ['BeforeAllowTraffic', 'AfterAllowTraffic'],
};
const RESOURCE_TYPE = { ECS: 'AWS::ECS::Service', Lambda: 'AWS::Lambda::Function' };
const TOP_KEYS = ['version', 'Resources', 'Hooks'];
const FUNCTION = /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9$_-]+)?$/;
function validateComputeAppSpec(text, file, platform) {
    const starts = (0,revision/* lineStarts */._$)(text);
    const out = [];
    const at = (node, severity, rule, message) => {
        const offset = node?.range?.[0] ?? 0;
        const line = (0,revision/* lineAt */.mh)(starts, offset);
        out.push({ file, line, column: offset - (starts[line - 1] ?? 0) + 1, severity, rule, message });
    };
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true });
    if (doc.errors.length) {
        for (const e of doc.errors.slice(0, 3)) {
            const [line, col] = e.linePos?.[0] ? [e.linePos[0].line, e.linePos[0].col] : [1, 1];
            out.push({
                file,
                line,
                column: col,
                severity: 'error',
                rule: 'appspec/yaml',
                message: `${file} is not valid YAML: ${e.message.split('\n')[0]}`,
            });
        }
        return out;
    }
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        at(root, 'error', 'appspec/structure', `${file} must be a mapping with version, Resources and (optionally) Hooks.`);
        return out;
    }
    for (const pair of root.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        if (!TOP_KEYS.includes(key)) {
            at(pair.key, 'error', 'appspec/compute-key', `'${key}' does not belong in an ${platform} AppSpec (it has version, Resources and Hooks only${['files', 'permissions', 'os'].includes(key) ? `; '${key}' is for EC2/on-premises deployments` : ''}).`);
        }
    }
    const version = root.get('version', true);
    if (!version)
        at(root, 'error', 'appspec/version', `${file} needs 'version: 0.0'.`);
    else if (!(0,dist/* isScalar */.jn)(version) || Number(version.value) !== 0)
        at(version, 'error', 'appspec/version', `'version' must be 0.0.`);
    checkResources(root.get('Resources', true), platform, root, at);
    checkHooks(root.get('Hooks', true), platform, at);
    return out;
}
function checkResources(resources, platform, root, at) {
    const type = RESOURCE_TYPE[platform];
    if (!(0,dist/* isSeq */.oP)(resources) || resources.items.length === 0) {
        at(resources ?? root, 'error', 'appspec/resources', `'Resources' must list the ${type} to deploy, as - <name>: { Type: ${type}, Properties: … }.`);
        return;
    }
    if (resources.items.length > 1)
        at(resources.items[1], 'error', 'appspec/resources', `An ${platform} AppSpec names exactly one resource; this one has ${resources.items.length}.`);
    const item = resources.items[0];
    const body = (0,dist/* isMap */.jh)(item) ? item.items[0]?.value : undefined;
    if (!(0,dist/* isMap */.jh)(body)) {
        at(item, 'error', 'appspec/resources', `Each resource is a name mapped to its Type and Properties.`);
        return;
    }
    const t = body.get('Type', true);
    if (!(0,dist/* isScalar */.jn)(t) || t.value !== type) {
        at(t ?? body, 'error', 'appspec/resource-type', `The resource's Type must be ${type} for an ${platform} deployment${(0,dist/* isScalar */.jn)(t) ? `, not ${String(t.value)}` : ''}.`);
    }
    if (platform !== 'ECS')
        return;
    const props = body.get('Properties', true);
    if (!(0,dist/* isMap */.jh)(props)) {
        at(body, 'error', 'appspec/ecs-properties', `The ECS service resource needs Properties with TaskDefinition and LoadBalancerInfo.`);
        return;
    }
    if (!props.has('TaskDefinition')) {
        at(props, 'notice', 'appspec/ecs-task-definition', `TaskDefinition is missing: hookline sets it to the task definition it deploys (or write TaskDefinition: <TASK_DEFINITION>).`);
    }
    const lb = props.get('LoadBalancerInfo', true);
    if (!lb) {
        at(props, 'notice', 'appspec/ecs-load-balancer', `LoadBalancerInfo is missing: hookline takes ContainerName and ContainerPort from the service's load balancer (or the container-name and container-port inputs).`);
        return;
    }
    if (!(0,dist/* isMap */.jh)(lb)) {
        at(lb, 'error', 'appspec/ecs-load-balancer', `LoadBalancerInfo must be a mapping with ContainerName and ContainerPort.`);
        return;
    }
    if (!(0,dist/* isScalar */.jn)(lb.get('ContainerName', true)))
        at(lb, 'error', 'appspec/ecs-load-balancer', `LoadBalancerInfo needs ContainerName: the container that receives traffic.`);
    const port = lb.get('ContainerPort', true);
    if (!(0,dist/* isScalar */.jn)(port) || !Number.isInteger(Number(port.value)) || Number(port.value) < 1 || Number(port.value) > 65535) {
        at(port ?? lb, 'error', 'appspec/ecs-load-balancer', `LoadBalancerInfo needs ContainerPort: a port number (1-65535) the container listens on.`);
    }
}
function checkHooks(hooks, platform, at) {
    if (hooks === undefined || hooks === null)
        return;
    const events = HOOK_EVENTS[platform];
    if (!(0,dist/* isSeq */.oP)(hooks)) {
        at(hooks, 'error', 'appspec/compute-hooks', `'Hooks' must be a list of - <LifecycleEvent>: <Lambda function name or ARN>.`);
        return;
    }
    const seen = new Set();
    for (const item of hooks.items) {
        const pair = (0,dist/* isMap */.jh)(item) ? item.items[0] : undefined;
        if (!pair || !(0,dist/* isScalar */.jn)(pair.key)) {
            at(item, 'error', 'appspec/compute-hooks', `Each hook is one line: - <LifecycleEvent>: <Lambda function name or ARN>.`);
            continue;
        }
        const event = String(pair.key.value);
        if (!events.includes(event)) {
            const close = (0,suggest/* closest */.kp)(event, events)[0];
            at(pair.key, 'error', 'appspec/compute-hook-event', `${event} is not a lifecycle event with hooks in ${platform} deployments${close ? ` — did you mean ${close}?` : ''} (${events.join(', ')}).`);
            continue;
        }
        if (seen.has(event))
            at(pair.key, 'error', 'appspec/compute-hook-event', `${event} is listed twice; each event runs one function.`);
        seen.add(event);
        const value = pair.value;
        if (!(0,dist/* isScalar */.jn)(value) || typeof value.value !== 'string') {
            at(value ?? pair.key, 'error', 'appspec/compute-hook-function', `${event} must name a Lambda function (name or ARN)${(0,dist/* isSeq */.oP)(value) ? ': ECS and Lambda hooks run functions, not scripts with location' : ''}.`);
        }
        else if (!FUNCTION.test(value.value)) {
            at(value, 'error', 'appspec/compute-hook-function', `'${value.value}' is not a Lambda function name or ARN.`);
        }
    }
}

;// CONCATENATED MODULE: ./src/flows/compute-preflight.ts
// Pre-flight for ECS and Lambda releases: there is no bundle, only the AppSpec file the `appspec`
// input names (findings carry its workspace-relative path). Without one, hookline writes the
// AppSpec itself and there is nothing to check.




function computeFindings(c, workspace) {
    if (!c.appspec)
        return [];
    const file = (0,external_node_path_.relative)(workspace, c.appspec);
    return (0,validate/* sortFindings */.Tc)(validateComputeAppSpec((0,external_node_fs_.readFileSync)(c.appspec, 'utf8'), file, c.kind === 'ecs' ? 'ECS' : 'Lambda'));
}

;// CONCATENATED MODULE: ./src/flows/preflight.ts
// Pre-flight validation stage: read the bundle model (the same one the upload stage bundles),
// run the rules, annotate findings on the workspace files, set the `findings` output, and stop
// the release before anything is uploaded when asked to.






class ValidationFailed extends Error {
    findings;
    constructor(findings) {
        const errors = findings.filter((f) => f.severity === 'error');
        super(`Pre-flight validation found ${errors.length} error${errors.length === 1 ? '' : 's'} in the bundle; nothing was uploaded. ` +
            `Fix the annotated lines, or set validate: warn to release anyway.`);
        this.findings = findings;
        this.name = 'ValidationFailed';
    }
}
/** One log line per finding (printed through the Reporter, which keeps bundle text inert). */
function logLine(f) {
    return `- ${f.file}:${f.line}:${f.column} ${f.severity} [${f.rule}] ${f.message}`;
}
/** Annotations point at workspace-relative files; inside an archive, at the archive. */
function annotationsOf(findings, base, isArchive, level) {
    return findings.map((f) => ({
        // An error that will not stop the release (validate: warn) is shown as a warning.
        level: f.severity === 'error' && level === 'warn' ? 'warning' : f.severity,
        title: `hookline: ${f.rule}`,
        // Inside an archive the line is in the archive's file, which GitHub cannot show: annotate the archive.
        ...(isArchive
            ? { file: base, message: `${f.file}:${f.line}: ${f.message}` }
            : { file: (0,external_node_path_.join)(base, f.file), startLine: f.line, startColumn: f.column, message: f.message }),
    }));
}
async function preflight(s, level, report) {
    if (level === 'off') {
        report.setOutput(constants/* Outputs */.tY.Findings, '[]');
        return { findings: [], errors: 0, warnings: 0 };
    }
    const compute = s.compute && s.compute.kind !== 'server' ? s.compute : undefined;
    const model = compute ? undefined : await (0,bundle_model/* bundleModelFor */.H)(s, s.target);
    const isArchive = model?.kind === 'archive';
    const findings = compute ? computeFindings(compute, s.workspace) : (0,validate/* validateBundle */.T_)((0,validate/* treeFromModel */.Eq)(model), s.target);
    // Set before a failure is thrown: a later step reads it exactly when validation failed.
    report.setOutput(constants/* Outputs */.tY.Findings, findingsOutput(findings));
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    if (findings.length === 0)
        report.info('Pre-flight validation: no findings.');
    else {
        await report.group(`Pre-flight validation: ${errors} error(s), ${warnings} warning(s), ${findings.length - errors - warnings} notice(s)`, async () => report.block(findings.map(logLine)));
    }
    report.annotate(annotationsOf(findings, compute ? '' : (0,external_node_path_.relative)(s.workspace, s.path), isArchive, level));
    if (level === 'error' && errors > 0)
        throw new ValidationFailed(findings);
    return { findings, errors, warnings };
}


/***/ }),

/***/ 4080:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z$: () => (/* binding */ bestEffort),
  Mc: () => (/* binding */ githubApi)
});

// UNUSED EXPORTS: MAX_RATE_LIMIT_RETRIES, WRITE_SPACING_MS, httpStatus, shouldWait

// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __nccwpck_require__(1373);
;// CONCATENATED MODULE: ./src/github/failure.ts
// What went wrong with a GitHub call, told apart (pure): a rate limit, a missing permission, a
// bad token, a missing resource, a body GitHub refused, or anything else — and the one warning
// sentence for each. GitHub answers 403 both for "no permission" and for a secondary rate limit,
// so the headers and the message decide, never the status alone.
function classifyFailure(err, nowMs) {
    const e = (err ?? {});
    const status = typeof e.status === 'number' ? e.status : undefined;
    const headers = e.response?.headers ?? {};
    const header = (name) => (typeof headers[name] === 'string' ? headers[name] : undefined);
    const message = typeof e.message === 'string' ? e.message : String(err);
    const accepted = header('x-accepted-github-permissions');
    const rateLimited = status === 429 || (status === 403 && (/\brate limit\b/i.test(message) || header('x-ratelimit-remaining') === '0'));
    const retryAfter = rateLimited ? waitSeconds(header('retry-after'), header('x-ratelimit-reset'), nowMs) : undefined;
    const kind = rateLimited
        ? 'rate-limit'
        : status === 401
            ? 'bad-token'
            : status === 403
                ? 'permission'
                : status === 404
                    ? 'not-found'
                    : status === 422
                        ? 'invalid'
                        : 'other';
    return { kind, status, accepted, retryAfter, message };
}
/** retry-after (seconds) wins; else the seconds until x-ratelimit-reset (epoch seconds). */
function waitSeconds(retryAfter, reset, nowMs) {
    const after = Number(retryAfter);
    if (retryAfter !== undefined && Number.isFinite(after) && after >= 0)
        return Math.ceil(after);
    const at = Number(reset);
    if (reset !== undefined && Number.isFinite(at) && at > 0)
        return Math.max(0, Math.ceil(at - nowMs / 1000));
    return undefined;
}
/**
 * The permission a job's `permissions:` block spells, from GitHub's header: alternatives are
 * separated by `;` (`issues=write; pull_requests=write`); the one hookline documents wins.
 */
function permissionFromHeader(accepted, documented) {
    const spelled = (accepted ?? '')
        .split(';')
        .map((alt) => /^\s*([a-z_]+)=([a-z]+)\s*$/.exec(alt.split(',')[0] ?? ''))
        .filter((m) => m !== null)
        .map((m) => `${m[1].replace(/_/g, '-')}: ${m[2]}`);
    return spelled.includes(documented) ? documented : spelled[0];
}
/** The one warning for a failed GitHub call: what could not be done, why, and what to change. */
function failureWarning(what, f, permission) {
    const unaffected = 'The release itself is not affected.';
    switch (f.kind) {
        case 'rate-limit':
            return {
                title: 'GitHub rate limit',
                text: `Could not ${what}: GitHub's rate limit refused it (HTTP ${f.status}${f.retryAfter !== undefined ? `, retry after ${f.retryAfter} s` : ''}) ` +
                    `and waiting longer would pass the step's deadline. Nothing to change in the workflow; fewer writes per minute (or a later re-run) avoid it. ${unaffected}`,
            };
        case 'permission': {
            const needed = permissionFromHeader(f.accepted, permission) ?? permission;
            return {
                title: `GitHub permission ${needed}`,
                text: `Could not ${what}: the token lacks a permission (HTTP 403${f.accepted ? `, GitHub accepts ${f.accepted}` : ''}). ` +
                    `Give the job \`permissions: ${needed}\` (a pull request from a fork only ever gets a read-only token). ${unaffected}`,
            };
        }
        case 'bad-token':
            return {
                title: 'GitHub token refused',
                text: `Could not ${what}: GitHub refused the token (HTTP 401: expired, revoked or mistyped). Keep github-token at its default, \${{ github.token }}, or give a valid token. ${unaffected}`,
            };
        case 'not-found':
            return {
                title: 'GitHub resource not found',
                text: `Could not ${what}: GitHub answered 404 — the repository, pull request or deployment does not exist for this token ` +
                    `(a token of another repository, or one without read access, sees 404 rather than 403). ${unaffected}`,
            };
        default:
            return { title: 'GitHub API', text: `Could not ${what}: ${f.message}. ${unaffected}` };
    }
}

;// CONCATENATED MODULE: ./src/github/api.ts


/** Gap between two writes: at most 5 a second, serially (GitHub: "make requests serially, not concurrently"). */
const WRITE_SPACING_MS = 200;
/** Rate-limit waits honoured per request before giving up (each within the deadline). */
const MAX_RATE_LIMIT_RETRIES = 4;
/** Whether to wait `retryAfter` seconds and retry, per GitHub's answer and the deadline (pure). */
function shouldWait(retryAfter, retryCount, limits) {
    const now = (limits.now ?? Date.now)();
    return retryCount < MAX_RATE_LIMIT_RETRIES && now + retryAfter * 1000 <= limits.deadline;
}
/** Octokit for GITHUB_API_URL (GitHub Enterprise Server too); undefined when there is no token or repository. */
async function githubApi(token, env, report, limits) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!token || !owner || !repo)
        return undefined;
    report.setSecret(token);
    const [{ getOctokit }, { throttling }, { retry }, { default: Bottleneck }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(752), __nccwpck_require__.e(758)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1758)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)),
        __nccwpck_require__.e(/* import() */ 251).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3251, 23)),
    ]);
    const baseUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    // The same proxy rule as the AWS calls (aws/proxy.ts), instead of @actions/github's own.
    const fetch = await (0,proxy/* proxyFetchFor */.gN)(baseUrl, env);
    const onLimit = (kind) => (retryAfter, options, _o, retryCount) => {
        const wait = shouldWait(retryAfter, retryCount, limits);
        report.info(`GitHub ${kind} on ${options.method ?? ''} ${options.url ?? ''}: ${wait ? `waiting ${retryAfter} s as asked, then retrying` : 'not waiting (it would pass the deadline)'}.`);
        return wait;
    };
    const octokit = getOctokit(token, {
        baseUrl,
        userAgent: 'hookline',
        ...(fetch ? { request: { fetch } } : {}),
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: WRITE_SPACING_MS }),
        },
        // 4xx are answers, not accidents; rate limits (403/429) are the throttling plugin's.
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    }, retry, throttling);
    return { octokit, owner, repo, report };
}
/** HTTP status of an Octokit RequestError (undefined for anything else). */
function httpStatus(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}
const warned = new Set();
/**
 * Runs a GitHub call that must not decide the run. A failure becomes one warning per kind and
 * permission (rate limit, missing permission, bad token, not found, other). Returns undefined
 * when it failed.
 */
async function bestEffort(report, what, permission, fn) {
    try {
        return await fn();
    }
    catch (err) {
        const failure = classifyFailure(err, Date.now());
        const key = `${failure.kind}:${failure.kind === 'permission' ? (failure.accepted ?? permission) : ''}`;
        if (!warned.has(key)) {
            warned.add(key);
            const { title, text } = failureWarning(what, failure, permission);
            report.warning(text, { title });
        }
        if (err instanceof Error && err.stack)
            report.debug(err.stack);
        return undefined;
    }
}


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ releaseDescription),
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
// Who and what this run is, from the runner's environment (pure).
function runContext(env) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || 'local/repository';
    const runId = env.GITHUB_RUN_ID || String(process.pid);
    return {
        repository,
        ref: env.GITHUB_REF_NAME || env.GITHUB_REF || 'local',
        sha: env.GITHUB_SHA || '',
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        runUrl: `${server}/${repository}/actions/runs/${runId}`,
        eventName: env.GITHUB_EVENT_NAME || 'local',
        eventPath: env.GITHUB_EVENT_PATH,
        actor: env.GITHUB_ACTOR || '',
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    };
}
/** What a deployment or version says about where it came from. */
function releaseDescription(ctx, extra) {
    const sha = ctx.sha ? ` ${ctx.sha.slice(0, 7)}` : '';
    const base = `${ctx.repository}@${ctx.ref}${sha} by hookline, ${ctx.runUrl}`;
    return extra ? `${extra} — ${base}` : base;
}


/***/ }),

/***/ 1839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ saveInFlight),
/* harmony export */   Go: () => (/* binding */ saveOutcome),
/* harmony export */   sG: () => (/* binding */ outcomeOf)
/* harmony export */ });
/* unused harmony exports parseInFlight, postDecision */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6043);
// What the main step leaves for the post step: the release it started (recorded *before* the
// request that starts it, so a cancel in mid-request still finds it) and why the main step
// ended. The post step acts only on a cancellation, or on a timeout when on-cancel says stop;
// never after an error of hookline's own, which leaves a healthy release alone.



const str = (v) => typeof v === 'string' && v !== '';
function parseInFlight(raw) {
    if (!raw.trim())
        return undefined;
    let v;
    try {
        v = JSON.parse(raw);
    }
    catch {
        return undefined; // not ours or truncated: nothing we can act on safely
    }
    if (!v || typeof v !== 'object' || !str(v.region))
        return undefined;
    if (v.service === 'codedeploy' && (str(v.id) || (str(v.token) && str(v.application) && str(v.group))))
        return v;
    if (v.service === 'beanstalk' && str(v.id))
        return v;
    return undefined;
}
function saveInFlight(report, record) {
    report.saveState(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .States */ .DG.InFlight, record ? JSON.stringify(record) : '');
}
function outcomeOf(err) {
    if (err === undefined)
        return 'succeeded';
    if (err instanceof _util_time_js__WEBPACK_IMPORTED_MODULE_2__/* .AbortedError */ .oM)
        return 'cancelled';
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DeploymentTimedOut */ .NZ)
        return 'timed-out';
    const name = err?.name ?? '';
    // The release ran and AWS said no (failed, stopped, refused to start), or the inputs were wrong.
    if (['DeploymentFailed', 'ReleaseError', 'BeanstalkError', 'InputError', 'ValidationFailed', 'BundleError', 'UploadError'].includes(name))
        return 'failed';
    return 'crashed';
}
function saveOutcome(report, outcome) {
    report.saveState(_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .States */ .DG.Outcome, outcome);
}
/**
 * What the post step does about a release still recorded in flight (pure). An empty outcome means
 * the main step was killed before it could say why (the runner's cancel or timeout-minutes).
 */
function postDecision(outcome, onCancel) {
    const why = outcome === 'timed-out' ? 'timed-out' : outcome === 'cancelled' || outcome === '' ? 'cancelled' : undefined;
    if (!why)
        return { act: 'leave', why: 'own-error' };
    return onCancel === 'leave' ? { act: 'leave', why: 'on-cancel' } : { act: 'stop', why };
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1392);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1392:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: failureMessage

// NAMESPACE OBJECT: ./src/runner-io.ts
var runner_io_namespaceObject = {};
__nccwpck_require__.r(runner_io_namespaceObject);
__nccwpck_require__.d(runner_io_namespaceObject, {
  fe: () => (appendSummary),
  uf: () => (escapeData),
  Bn: () => (escapeProperty),
  V4: () => (getInput),
  LZ: () => (saveState),
  uH: () => (setOutput),
  Pq: () => (setSecret)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(7242);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/runner-io.ts
// How the action talks to the Actions runner: inputs and state from the environment, outputs and
// state through the GITHUB_OUTPUT / GITHUB_STATE files (heredoc with a random delimiter), masks
// on stdout, the job summary appended to GITHUB_STEP_SUMMARY — the same protocol @actions/core
// writes. Not importing @actions/core keeps its HTTP client out of the step's start-up: core
// imports @actions/http-client for OIDC, which loads all of undici (≈ 0.8 MB of JavaScript,
// compiled and evaluated before the first AWS request, for a feature hookline never uses).




/** INPUT_<NAME> (upper-cased, spaces to `_`), trimmed; '' when unset — as core.getInput. */
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/** STATE_<name> saved by the main step; '' when unset — as core.getState. */
function getState(name, env = process.env) {
    return env[`STATE_${name}`] ?? '';
}
// The runner's escaping of command data and property values (actions/runner ActionCommand).
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** `name<<DELIM`, the value, `DELIM`: a multi-line value cannot end the entry early. */
function keyValueEntry(name, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`${name}: the value holds the file command's delimiter`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
function keyValue(kind, legacy, name, value, env, write) {
    const file = env[`GITHUB_${kind}`];
    if (file) {
        if (!(0,external_node_fs_.existsSync)(file))
            throw new Error(`GITHUB_${kind} names a file that does not exist: ${file}`);
        (0,external_node_fs_.appendFileSync)(file, keyValueEntry(name, value), 'utf8');
        return;
    }
    // A runner without the file commands (older than 2.297) still reads the stdout command.
    write(`${external_node_os_.EOL}::${legacy} name=${escapeProperty(name)}::${escapeData(value)}${external_node_os_.EOL}`);
}
function setOutput(name, value, write, env = process.env) {
    keyValue('OUTPUT', 'set-output', name, value, env, write);
}
function saveState(name, value, write, env = process.env) {
    keyValue('STATE', 'save-state', name, value, env, write);
}
/** Hide `value` in the log from here on. */
function setSecret(value, write) {
    write(`::add-mask::${escapeData(value)}${external_node_os_.EOL}`);
}
/** Appends markdown to the step's job summary file. */
async function appendSummary(markdown, env = process.env) {
    const file = env.GITHUB_STEP_SUMMARY;
    if (!file)
        throw new Error('GITHUB_STEP_SUMMARY is not set: this runner does not support job summaries.');
    await (0,promises_.access)(file, promises_.constants.R_OK | promises_.constants.W_OK);
    await (0,promises_.appendFile)(file, markdown, 'utf8');
}

// EXTERNAL MODULE: ./src/settings/parse.ts
var parse = __nccwpck_require__(6894);
// EXTERNAL MODULE: ./src/settings/compute.ts
var settings_compute = __nccwpck_require__(3400);
;// CONCATENATED MODULE: ./src/settings/index.ts
// Every input read once into one typed object, checked before any AWS call. Pure: takes an
// input reader and the environment, so tests need neither @actions/core nor a runner.






const MODES = ['deploy', 'validate', 'preview', 'cleanup', 'redeploy'];
const TARGETS = ['auto', 'codedeploy', 'beanstalk'];
const VALIDATE_LEVELS = ['error', 'warn', 'off'];
const ON_ACTIVE = ['wait', 'fail', 'stop'];
const ON_CANCEL = ['stop', 'leave'];
const FILE_EXISTS = ['DISALLOW', 'OVERWRITE', 'RETAIN'];
const HEALTH_GATES = ['green', 'green-or-yellow', 'any'];
const STRATEGIES = ['in-place', 'blue-green'];
const ON_BAKE_FAILURE = ['fail', 'redeploy-previous'];
// Standard, China, GovCloud, ISO and EU sovereign partitions: xx-[gov-|iso…-]name-N.
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?|-isob)?-[a-z]+-\d{1,2}$/;
const NAME_100 = /^[A-Za-z0-9._+@=,-]{1,100}$/;
// Bucket naming rules (the common subset AWS enforces for new buckets).
const BUCKET = /^(?!xn--)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{2,38}[A-Za-z0-9]$/;
function readSettings(read, env) {
    const mode = (0,parse/* parseEnum */.nL)(constants/* Inputs */.G0.Mode, read(constants/* Inputs */.G0.Mode), MODES, 'deploy');
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const common = {
        mode,
        workspace,
        path: readPath(read(constants/* Inputs */.G0.Path), workspace),
        include: (0,parse/* parseList */.E1)(read(constants/* Inputs */.G0.Include)),
        exclude: (0,parse/* parseList */.E1)(read(constants/* Inputs */.G0.Exclude)),
        restoreExecBits: (0,parse/* parseBoolean */.yG)(constants/* Inputs */.G0.RestoreExecBits, read(constants/* Inputs */.G0.RestoreExecBits), true),
        validate: (0,parse/* parseEnum */.nL)(constants/* Inputs */.G0.Validate, read(constants/* Inputs */.G0.Validate), VALIDATE_LEVELS, 'error'),
        timeoutMs: (0,parse/* parseDuration */.E9)(constants/* Inputs */.G0.Timeout, read(constants/* Inputs */.G0.Timeout), 30 * 60_000, { minMs: 1000, maxMs: 6 * 3_600_000 }),
        pollIntervalMs: (0,parse/* parseDuration */.E9)(constants/* Inputs */.G0.PollInterval, read(constants/* Inputs */.G0.PollInterval), 15_000, { minMs: 10, maxMs: 5 * 60_000 }),
        onCancel: (0,parse/* parseEnum */.nL)(constants/* Inputs */.G0.OnCancel, read(constants/* Inputs */.G0.OnCancel), ON_CANCEL, 'stop'),
        description: read(constants/* Inputs */.G0.Description).trim(),
    };
    const target = (0,parse/* parseEnum */.nL)(constants/* Inputs */.G0.Target, read(constants/* Inputs */.G0.Target), TARGETS, 'auto');
    if (mode === 'validate')
        return { ...common, mode, target, compute: (0,settings_compute/* readCompute */._V)(read, workspace) };
    const resolvedTarget = resolveTarget(target, read, mode);
    const deploy = {
        ...common,
        mode,
        region: readRegion(read(constants/* Inputs */.G0.Region), env),
        application: required(read, constants/* Inputs */.G0.Application, NAME_100, 'an application name of 1-100 letters, digits or ._+@=,-'),
        s3Bucket: optional(read, constants/* Inputs */.G0.S3Bucket, BUCKET, 'an S3 bucket name (3-63 lowercase letters, digits, dots or hyphens)'),
        s3Prefix: readPrefix(read(constants/* Inputs */.G0.S3Prefix)),
        githubToken: read(constants/* Inputs */.G0.GithubToken).trim() || undefined,
        preview: readPreview(read, resolvedTarget, mode),
        revision: readRevision(read, resolvedTarget, mode),
        allowForks: (0,parse/* parseBoolean */.yG)(constants/* Inputs */.G0.AllowForks, read(constants/* Inputs */.G0.AllowForks), false),
        bakeMs: readBake(read(constants/* Inputs */.G0.Bake)),
        onBakeFailure: (0,parse/* parseEnum */.nL)(constants/* Inputs */.G0.OnBakeFailure, read(constants/* Inputs */.G0.OnBakeFailure), ON_BAKE_FAILURE, 'fail'),
    };
    if (resolvedTarget === 'codedeploy') {
        const compute = mode === 'deploy' ? (0,settings_compute/* readCompute */._V)(read, workspace) : { kind: 'server', appspec: undefined };
        // ECS and Lambda revisions are AppSpec content: nothing is uploaded.
        const s3Bucket = deploy.s3Bucket ?? (mode === 'redeploy' || mode === 'cleanup' || compute.kind !== 'server' ? '' : undefined);
        if (s3Bucket === undefined) {
            throw new parse/* InputError */.dz(constants/* Inputs */.G0.S3Bucket, `Input '${constants/* Inputs */.G0.S3Bucket}' is required for CodeDeploy: the S3 bucket the revision is uploaded to.`);
        }
        return {
            ...deploy,
            target: 'codedeploy',
            s3Bucket,
            // A preview names its own group; deployment-group is then the template's default.
            deploymentGroup: mode === 'preview' || mode === 'cleanup'
                ? (optional(read, constants/* Inputs */.G0.DeploymentGroup, NAME_100, 'a deployment group name of 1-100 letters, digits or ._+@=,-') ??
                    deploy.preview.templateGroup ??
                    '')
                : required(read, constants/* Inputs */.G0.DeploymentGroup, NAME_100, 'a deployment group name of 1-100 letters, digits or ._+@=,-'),
            deploymentConfig: optional(read, constants/* Inputs */.G0.DeploymentConfig, NAME_100, 'a deployment configuration name such as CodeDeployDefault.OneAtATime'),
            fileExistsBehavior: read(constants/* Inputs */.G0.FileExistsBehavior).trim()
                ? (0,parse/* parseEnum */.nL)(constants/* Inputs */.G0.FileExistsBehavior, read(constants/* Inputs */.G0.FileExistsBehavior), FILE_EXISTS, 'DISALLOW')
                : undefined,
            ignoreApplicationStopFailures: (0,parse/* parseBoolean */.yG)(constants/* Inputs */.G0.IgnoreApplicationStopFailures, read(constants/* Inputs */.G0.IgnoreApplicationStopFailures), false),
            autoRollback: (0,parse/* parseBoolean */.yG)(constants/* Inputs */.G0.AutoRollback, read(constants/* Inputs */.G0.AutoRollback), false),
            onActiveDeployment: (0,parse/* parseEnum */.nL)(constants/* Inputs */.G0.OnActiveDeployment, read(constants/* Inputs */.G0.OnActiveDeployment), ON_ACTIVE, 'wait'),
            continueBlueGreen: (0,parse/* parseBoolean */.yG)(constants/* Inputs */.G0.ContinueBlueGreen, read(constants/* Inputs */.G0.ContinueBlueGreen), false),
            compute,
            retries: readCount(read(constants/* Inputs */.G0.Retries), constants/* Inputs */.G0.Retries, MAX_RETRIES),
            outdatedInstancesOnly: (0,parse/* parseBoolean */.yG)(constants/* Inputs */.G0.OutdatedInstancesOnly, read(constants/* Inputs */.G0.OutdatedInstancesOnly), false),
        };
    }
    onlyForCodeDeploy(read);
    return {
        ...deploy,
        target: 'beanstalk',
        // Previews name their own environment from the pull request; `environment` is then optional.
        environment: mode === 'preview' || mode === 'cleanup'
            ? (optional(read, constants/* Inputs */.G0.Environment, ENV_NAME, 'an environment name of 4-40 letters, digits or hyphens') ?? '')
            : required(read, constants/* Inputs */.G0.Environment, ENV_NAME, 'an environment name of 4-40 letters, digits or hyphens'),
        versionLabel: optional(read, constants/* Inputs */.G0.VersionLabel, /^.{1,100}$/, 'a version label of at most 100 characters'),
        reuseVersion: (0,parse/* parseBoolean */.yG)(constants/* Inputs */.G0.ReuseVersion, read(constants/* Inputs */.G0.ReuseVersion), false),
        health: (0,parse/* parseEnum */.nL)(constants/* Inputs */.G0.Health, read(constants/* Inputs */.G0.Health), HEALTH_GATES, 'green-or-yellow'),
        pruneVersions: readCount(read(constants/* Inputs */.G0.PruneVersions), constants/* Inputs */.G0.PruneVersions, 1000),
        ...readBlueGreen(read, mode),
    };
}
/** Each retry is a whole new deployment within the same `timeout`. */
const MAX_RETRIES = 5;
/** CodeDeploy-only inputs refuse a Beanstalk release instead of being silently ignored. */
function onlyForCodeDeploy(read) {
    for (const input of [constants/* Inputs */.G0.Retries, constants/* Inputs */.G0.OutdatedInstancesOnly]) {
        const value = read(input).trim();
        if (value !== '' && value !== '0' && value.toLowerCase() !== 'false') {
            throw new parse/* InputError */.dz(input, `Input '${input}' applies to CodeDeploy releases only; remove it for Elastic Beanstalk (got '${(0,parse/* clip */.$Q)(value)}').`);
        }
    }
}
const PREVIEW_NAME = /^[A-Za-z0-9{}._-]{1,200}$/;
function readPreview(read, target, mode) {
    const raw = read(constants/* Inputs */.G0.PreviewName).trim();
    if (raw && (!PREVIEW_NAME.test(raw) || !raw.includes('{number}'))) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.PreviewName, `Input '${constants/* Inputs */.G0.PreviewName}' must be a name template containing {number}, such as {application}-pr-{number}; got '${(0,parse/* clip */.$Q)(raw)}'.`);
    }
    const codedeploy = target === 'codedeploy';
    const preview = {
        nameTemplate: raw || (codedeploy ? '{group}-pr-{number}' : '{application}-pr-{number}'),
        templateEnvironment: optional(read, constants/* Inputs */.G0.PreviewTemplateEnvironment, ENV_NAME, 'an environment name of 4-40 letters, digits or hyphens'),
        savedConfiguration: optional(read, constants/* Inputs */.G0.PreviewSavedConfiguration, /^[A-Za-z0-9._+@=,-]{1,100}$/, 'a saved configuration name'),
        // Never defaults to deployment-group: copying production's instance selection would deploy a PR onto production.
        templateGroup: codedeploy
            ? optional(read, constants/* Inputs */.G0.PreviewTemplateGroup, NAME_100, 'a deployment group name of 1-100 letters, digits or ._+@=,-')
            : undefined,
        instanceTags: codedeploy ? readInstanceTags(read(constants/* Inputs */.G0.PreviewInstanceTags)) : [],
    };
    if ((mode === 'preview' || mode === 'cleanup') && codedeploy && !preview.templateGroup && !read(constants/* Inputs */.G0.DeploymentGroup).trim()) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.PreviewTemplateGroup, `Input '${constants/* Inputs */.G0.PreviewTemplateGroup}' or '${constants/* Inputs */.G0.DeploymentGroup}' is required for a CodeDeploy preview: '${constants/* Inputs */.G0.DeploymentGroup}' names the preview group ({group}-pr-{number}), '${constants/* Inputs */.G0.PreviewTemplateGroup}' is the group a new preview group copies its settings from.`);
    }
    if (mode === 'preview' &&
        target === 'beanstalk' &&
        !preview.templateEnvironment &&
        !preview.savedConfiguration &&
        !read(constants/* Inputs */.G0.Environment).trim()) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.PreviewTemplateEnvironment, `Input '${constants/* Inputs */.G0.PreviewTemplateEnvironment}' or '${constants/* Inputs */.G0.PreviewSavedConfiguration}' is required for a Beanstalk preview: ` +
            `the environment (or saved configuration) a new preview environment copies its settings from.`);
    }
    return preview;
}
const TAG_LINE = /^([^=\s][^=]{0,127})=(.{0,256})$/;
/** preview-instance-tags: one `Key=Value` per line (or comma), `{number}` allowed in values. */
function readInstanceTags(raw) {
    return (0,parse/* parseList */.E1)(raw).map((line) => {
        const m = TAG_LINE.exec(line);
        if (!m) {
            throw new parse/* InputError */.dz(constants/* Inputs */.G0.PreviewInstanceTags, `Input '${constants/* Inputs */.G0.PreviewInstanceTags}' must be lines of Key=Value (the EC2 tags of this pull request's instances, {number} allowed), such as Preview=pr-{number}; got '${(0,parse/* clip */.$Q)(line)}'.`);
        }
        return { key: m[1].trim(), value: m[2].trim() };
    });
}
const DEPLOYMENT_ID = /^d-[A-Z0-9]{9}$/;
const S3_URI = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.+$/;
function readRevision(read, target, mode) {
    const value = read(constants/* Inputs */.G0.Revision).trim() || undefined;
    if (mode !== 'redeploy')
        return value;
    if (target === 'codedeploy') {
        if (!value || !(DEPLOYMENT_ID.test(value) || S3_URI.test(value))) {
            throw new parse/* InputError */.dz(constants/* Inputs */.G0.Revision, `Input '${constants/* Inputs */.G0.Revision}' is required for redeploy: an s3:// URI of a revision (s3://bucket/key.zip) or a previous deployment id (d-XXXXXXXXX)` +
                `${value ? `; got '${(0,parse/* clip */.$Q)(value)}'` : ''}.`);
        }
        return value;
    }
    const label = value ?? (read(constants/* Inputs */.G0.VersionLabel).trim() || undefined);
    if (!label || label.length > 100) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.Revision, `Input '${constants/* Inputs */.G0.Revision}' (or '${constants/* Inputs */.G0.VersionLabel}') is required for redeploy: the label of an existing application version${label ? `; got '${(0,parse/* clip */.$Q)(label)}'` : ''}.`);
    }
    return label;
}
function readBlueGreen(read, mode) {
    const strategy = (0,parse/* parseEnum */.nL)(constants/* Inputs */.G0.Strategy, read(constants/* Inputs */.G0.Strategy), STRATEGIES, 'in-place');
    if (strategy === 'blue-green' && mode !== 'deploy') {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.Strategy, `Input '${constants/* Inputs */.G0.Strategy}: blue-green' applies to mode deploy only; mode ${mode} updates one environment in place.`);
    }
    const environment = read(constants/* Inputs */.G0.Environment).trim();
    const idleEnvironment = optional(read, constants/* Inputs */.G0.IdleEnvironment, ENV_NAME, 'an environment name of 4-40 letters, digits or hyphens') ??
        `${environment.slice(0, 35).replace(/-+$/, '')}-idle`;
    if (strategy === 'blue-green' && idleEnvironment === environment) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.IdleEnvironment, `Input '${constants/* Inputs */.G0.IdleEnvironment}' must name the other environment of the blue/green pair, not '${environment}' itself.`);
    }
    const productionCname = optional(read, constants/* Inputs */.G0.ProductionCname, /^[A-Za-z0-9][A-Za-z0-9-]{2,62}$/, 'a CNAME prefix such as shop-prod (the part before .<region>.elasticbeanstalk.com)') ?? environment;
    return { strategy, idleEnvironment, productionCname };
}
function resolveTarget(target, read, mode) {
    if (target !== 'auto')
        return target;
    const group = read(constants/* Inputs */.G0.DeploymentGroup).trim() || (mode === 'preview' || mode === 'cleanup' ? read(constants/* Inputs */.G0.PreviewTemplateGroup).trim() : '');
    const previewBeanstalk = mode === 'preview' || mode === 'cleanup'
        ? read(constants/* Inputs */.G0.PreviewTemplateEnvironment).trim() || read(constants/* Inputs */.G0.PreviewSavedConfiguration).trim()
        : '';
    const environment = read(constants/* Inputs */.G0.Environment).trim() || previewBeanstalk;
    if (group && environment) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.Target, `Both '${constants/* Inputs */.G0.DeploymentGroup}' and '${constants/* Inputs */.G0.Environment}' are set; set '${constants/* Inputs */.G0.Target}' to codedeploy or beanstalk to say which to release to.`);
    }
    if (group)
        return 'codedeploy';
    if (environment)
        return 'beanstalk';
    throw new parse/* InputError */.dz(constants/* Inputs */.G0.DeploymentGroup, `Input '${constants/* Inputs */.G0.DeploymentGroup}' (CodeDeploy) or '${constants/* Inputs */.G0.Environment}' (Elastic Beanstalk) is required to deploy.`);
}
function required(read, input, pattern, form) {
    const value = read(input).trim();
    if (value === '')
        throw new parse/* InputError */.dz(input, `Input '${input}' is required: ${form}.`);
    if (!pattern.test(value))
        throw new parse/* InputError */.dz(input, `Input '${input}' must be ${form}; got '${(0,parse/* clip */.$Q)(value)}'.`);
    return value;
}
function optional(read, input, pattern, form) {
    const value = read(input).trim();
    if (value === '')
        return undefined;
    if (!pattern.test(value))
        throw new parse/* InputError */.dz(input, `Input '${input}' must be ${form}; got '${(0,parse/* clip */.$Q)(value)}'.`);
    return value;
}
/** bake: empty, `off` or `0` turn it off; otherwise a duration of 1 s to 6 h. */
function readBake(raw) {
    const value = raw.trim();
    if (value === '' || value === '0' || value.toLowerCase() === 'off')
        return 0;
    return (0,parse/* parseDuration */.E9)(constants/* Inputs */.G0.Bake, value, 0, { minMs: 1000, maxMs: 6 * 3_600_000 });
}
function readCount(raw, input, max) {
    const value = raw.trim();
    if (value === '')
        return 0;
    if (!/^\d+$/.test(value) || Number(value) > max) {
        throw new parse/* InputError */.dz(input, `Input '${input}' must be a whole number from 0 to ${max}; got '${(0,parse/* clip */.$Q)(value)}'.`);
    }
    return Number(value);
}
function readRegion(raw, env) {
    const fromInput = raw.trim();
    const value = fromInput || env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim() || '';
    const source = fromInput ? `Input '${constants/* Inputs */.G0.Region}'` : 'AWS_REGION';
    if (value === '') {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.Region, `Input '${constants/* Inputs */.G0.Region}' is required when AWS_REGION is not set (for example us-east-1; aws-actions/configure-aws-credentials sets AWS_REGION).`);
    }
    if (!REGION.test(value)) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.Region, `${source} must be an AWS region such as us-east-1 or eu-west-2; got '${(0,parse/* clip */.$Q)(value)}'.`);
    }
    return value;
}
function readPrefix(raw) {
    const value = raw.trim().replace(/^\/+|\/+$/g, '');
    if (value === '')
        return 'hookline';
    if (value.length > 200 || /[\\{}^%`\]["<>~#|]|\.\.|[\u0000-\u001f]/.test(value)) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.S3Prefix, `Input '${constants/* Inputs */.G0.S3Prefix}' must be an S3 key prefix such as releases/my-app; got '${(0,parse/* clip */.$Q)(value)}'.`);
    }
    return value;
}
/** The bundle path must exist inside the workspace (symlinks resolved), never outside it. */
function readPath(raw, workspace) {
    const value = raw.trim() || '.';
    const full = (0,external_node_path_.resolve)(workspace, value);
    if (!(0,external_node_fs_.existsSync)(full)) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.Path, `Input '${constants/* Inputs */.G0.Path}' must be a folder or archive inside the workspace; '${(0,parse/* clip */.$Q)(value)}' does not exist.`);
    }
    const real = (0,external_node_fs_.realpathSync)(full);
    const realWorkspace = (0,external_node_fs_.existsSync)(workspace) ? (0,external_node_fs_.realpathSync)(workspace) : workspace;
    const rel = (0,external_node_path_.relative)(realWorkspace, real);
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel)) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.Path, `Input '${constants/* Inputs */.G0.Path}' must be inside the workspace (${workspace}); '${(0,parse/* clip */.$Q)(value)}' resolves outside it.`);
    }
    const st = (0,external_node_fs_.statSync)(real);
    if (!st.isDirectory() && !st.isFile()) {
        throw new parse/* InputError */.dz(constants/* Inputs */.G0.Path, `Input '${constants/* Inputs */.G0.Path}' must be a folder or an archive file; '${(0,parse/* clip */.$Q)(value)}' is neither.`);
    }
    return real;
}

// EXTERNAL MODULE: ./src/github/context.ts
var context = __nccwpck_require__(9556);
;// CONCATENATED MODULE: ./src/github/event.ts
// The event payload the run was triggered by (GITHUB_EVENT_PATH), reduced to what previews and
// GitHub Deployments need. Parsing is pure; only readEvent touches the file system.

const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : undefined);
const str = (v) => (typeof v === 'string' ? v : '');
/** Reads and parses the payload; a missing or unreadable file is an empty payload. */
function readEvent(env) {
    let payload = {};
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    return parseEvent(env.GITHUB_EVENT_NAME || '', payload, env.GITHUB_SHA || '');
}
function parseEvent(name, payload, fallbackSha) {
    const p = obj(payload) ?? {};
    const pullRequest = parsePullRequest(p);
    const after = str(p.after);
    const sha = pullRequest?.headSha || (/^[0-9a-f]{40}$/.test(after) && !/^0+$/.test(after) ? after : '') || fallbackSha;
    return { name, pullRequest, sha };
}
function parsePullRequest(p) {
    const pr = obj(p.pull_request);
    if (!pr)
        return undefined;
    const number = typeof pr.number === 'number' ? pr.number : typeof p.number === 'number' ? p.number : NaN;
    if (!Number.isInteger(number) || number <= 0)
        return undefined;
    const head = obj(pr.head) ?? {};
    const base = obj(pr.base) ?? {};
    const headRepoObj = obj(head.repo);
    const headRepo = str(headRepoObj?.full_name);
    const baseRepo = str(obj(base.repo)?.full_name);
    return {
        number,
        action: str(p.action),
        headSha: str(head.sha),
        headRef: str(head.ref),
        headRepo,
        baseRepo,
        // A deleted fork has head.repo null: still not this repository. Either sign makes it a fork.
        fork: headRepoObj?.fork === true || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
        merged: pr.merged === true,
        url: str(pr.html_url),
    };
}
/** Whether AWS credentials can be had in this job: static keys, a web identity token, or an OIDC token request. */
function hasAwsCredentialSource(env) {
    return Boolean(env.AWS_ACCESS_KEY_ID ||
        env.AWS_WEB_IDENTITY_TOKEN_FILE ||
        env.ACTIONS_ID_TOKEN_REQUEST_URL ||
        env.AWS_PROFILE ||
        env.AWS_CONTAINER_CREDENTIALS_FULL_URI ||
        env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI);
}
/** The one notice a fork's pull request run ends with: why nothing was deployed, and what to do. */
function forkNotice(pr, mode) {
    return (`Pull request #${pr.number} comes from the fork ${pr.headRepo || '(deleted)'}: hookline never deploys a fork's code ` +
        `unless the workflow sets allow-forks: true, because that code would run with this repository's AWS access. ` +
        `${mode === 'cleanup' ? 'There is no preview to remove. ' : 'Nothing was deployed; the bundle was validated. '}` +
        `To deploy it, push the branch to this repository (or have a maintainer do so) and open the pull request from there.`);
}

;// CONCATENATED MODULE: ./src/aws/secrets.ts
// The AWS secrets a run can see in its environment are masked before any request is made: an
// error message echoing request headers (a proxy, a misbehaving endpoint) must show *** instead.
const SECRET_VARIABLES = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN'];
/** Registers every AWS secret in `env` with `setSecret` (core.setSecret in the action). */
function maskAwsSecrets(env, setSecret) {
    for (const name of SECRET_VARIABLES) {
        const value = env[name]?.trim();
        if (value)
            setSecret(value);
    }
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __nccwpck_require__(9378);
// EXTERNAL MODULE: ./src/in-flight.ts
var in_flight = __nccwpck_require__(1839);
// EXTERNAL MODULE: ./src/github/api.ts + 1 modules
var github_api = __nccwpck_require__(4080);
// EXTERNAL MODULE: ./src/flows/preflight.ts + 3 modules
var preflight = __nccwpck_require__(7935);
// EXTERNAL MODULE: ./src/report/summary.ts
var report_summary = __nccwpck_require__(7994);
;// CONCATENATED MODULE: ./src/report/endings.ts

const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** Every finding with its place, rule and message; what happened to the release. */
function preflightSection(p) {
    const count = (s) => p.findings.filter((f) => f.severity === s).length;
    const [errors, warnings, notices] = [count('error'), count('warning'), count('notice')];
    const out = [];
    if (p.findings.length === 0)
        return 'Pre-flight validation: no findings.';
    out.push(`**Pre-flight validation** found ${plural(errors, 'error')}, ${plural(warnings, 'warning')} and ${plural(notices, 'notice')}` +
        `${p.omitted ? ` (${plural(p.omitted, 'annotation')} left out of GitHub's 10-per-kind budget: all are listed here)` : ''}.`);
    if (p.stopped)
        out.push('**Not done:** nothing was bundled or uploaded, and no deployment was started. ' +
            'Fix the lines below, or set `validate: warn` to release anyway.');
    out.push([
        '| | Where | Rule | Finding |',
        '|---|---|---|---|',
        ...p.findings.map((f) => `| ${SEVERITY_ICON[f.severity]} | ${(0,report_summary/* tableCode */.KH)(`${p.root ? `${p.root.replace(/\/+$/, '')}/` : ''}${f.file}:${f.line}`)} | ${(0,report_summary/* tableCode */.KH)(f.rule)} | ${(0,report_summary/* tableCell */.xR)(f.message)} |`),
    ].join('\n'));
    return out.join('\n\n');
}
const ENDING_ICON = { failed: '❌', cancelled: '⏹️', input: '❌', fork: 'ℹ️' };
const ENDING_WORD = { failed: 'Failed', cancelled: 'Cancelled', input: 'Not started', fork: 'Not deployed' };
/** The result line at the bottom of the summary: what ended the run, in hookline's words. */
function endingSection(kind, message, notDone) {
    const lines = [`${ENDING_ICON[kind]} **${ENDING_WORD[kind]}:** ${(0,report_summary/* tableCell */.xR)(message)}`];
    if (notDone)
        lines.push(`**Not done:** ${(0,report_summary/* tableCell */.xR)(notDone)}`);
    return lines.join('\n\n');
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/report/timings.ts
// Per-phase wall time for the job summary.
class Timings {
    now;
    phases = [];
    constructor(now = () => Date.now()) {
        this.now = now;
    }
    async measure(name, fn) {
        const start = this.now();
        try {
            return await fn();
        }
        finally {
            this.phases.push({ name, ms: this.now() - start });
        }
    }
    entries() {
        return this.phases;
    }
    markdown() {
        if (this.phases.length === 0)
            return '';
        const cells = this.phases.map((p) => `${p.name} ${p.ms < 1000 ? `${p.ms} ms` : `${(p.ms / 1000).toFixed(1)} s`}`);
        return `⏱ ${cells.join(' · ')}`;
    }
}

// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __nccwpck_require__(856);
// EXTERNAL MODULE: ./src/report/sanitize.ts
var sanitize = __nccwpck_require__(1211);
;// CONCATENATED MODULE: ./src/report/job-summary.ts
// The job summary as markdown, written through the Reporter. Headings are markdown, not the
// `<h2>` of core.summary.addHeading: CommonMark reads a line that starts with `<h2>` as an HTML
// block running to the next blank line, so the markdown after it showed as raw text.


class JobSummary {
    append;
    pending = '';
    written = false;
    /** `append` adds markdown to the step's summary file (core.summary in a run). */
    constructor(append) {
        this.append = append;
    }
    /** A heading of plain text (escaped): `## hookline · CodeDeploy shop/prod`. */
    addHeading(text, level = 2) {
        return this.addRaw(`${'#'.repeat(Math.min(6, Math.max(1, level)))} ${(0,report_summary/* escapeMarkdown */.FV)((0,sanitize/* oneLine */.TN)(text))}\n\n`);
    }
    /** Markdown hookline composed (foreign parts already escaped or fenced). */
    addRaw(markdown) {
        this.pending += markdown;
        return this;
    }
    /** Nothing written or pending yet: the ending still owes the page a summary. */
    get empty() {
        return !this.written && this.pending.trim() === '';
    }
    /** Appends what is pending; every block ends with a blank line so the next one starts fresh. */
    async write() {
        if (this.pending.trim() !== '') {
            await this.append(this.pending.replace(/\n*$/, '\n\n'));
            this.written = true;
        }
        this.pending = '';
        return this;
    }
}

;// CONCATENATED MODULE: ./src/report/reporter.ts
// The one writer of everything a run shows: log lines, groups, annotations, outputs, state and the
// job summary. One Reporter per step (created in run() and in the post step) and passed down, so
// no text reaches stdout without passing here. Text hookline did not write is data: a single line
// is cleaned and, when the runner would read it as a command, printed inside a stop-commands
// block; a block of foreign lines is always wrapped in one. The annotation budget is per step, so
// it lives here too.








const stdout = (text) => void process.stdout.write(text);
const coreSink = {
    write: stdout,
    setOutput: (name, value) => setOutput(name, value, stdout),
    saveState: (name, value) => saveState(name, value, stdout),
    setSecret: (value) => setSecret(value, stdout),
    appendSummary: (markdown) => appendSummary(markdown),
    markFailed: () => void (process.exitCode = 1),
};
/** A whole line in red, yellow or grey (SGR 31, 33, 90) and reset. */
const TONE = /^(\u001b\[(?:31|33|90)m)([\s\S]*)\u001b\[0m$/;
// The runner's escaping for command data and property values (actions/toolkit command.ts).
const { /* escapeData */ "uf": reporter_escapeData, /* escapeProperty */ "Bn": reporter_escapeProperty } = runner_io_namespaceObject;
class Reporter {
    sink;
    budget;
    reserveErrors;
    used = { error: 0, warning: 0, notice: 0, total: 0 };
    emitted = new Set();
    left = [];
    finished = false;
    /** The job summary; flows add to it and write it, finish() writes what is left. */
    summary;
    diagnosesSeen = [];
    /**
     * `reserveErrors` keeps error annotations back for the run's own failure line, which must
     * show even when diagnoses used the rest of the budget.
     */
    constructor(sink = coreSink, budget = annotations/* DEFAULT_BUDGET */.su, reserveErrors = 1) {
        this.sink = sink;
        this.budget = budget;
        this.reserveErrors = reserveErrors;
        this.summary = new JobSummary((markdown) => this.sink.appendSummary(markdown));
    }
    // ── log ──────────────────────────────────────────────────────────────────────────────────────
    /** One log line; foreign values inside it are made inert (no command, no escape, no line break). */
    info(text) {
        // hookline colours whole lines (Beanstalk events by severity): that colour is kept, every
        // escape sequence inside the line is removed.
        const tone = TONE.exec(text);
        const inner = (0,sanitize/* oneLine */.TN)(tone ? tone[2] : text);
        const line = tone ? `${tone[1]}${inner}\u001b[0m` : inner;
        if ((0,sanitize/* wouldRunCommand */.Wi)(line))
            this.shielded([line]);
        else
            this.sink.write(`${line}\n`);
    }
    /** Lines written by someone else (hook output, tail logs, events): printed as they are, never executed. */
    block(lines) {
        const all = (typeof lines === 'string' ? [lines] : [...lines]).flatMap((l) => (0,sanitize/* cleanText */.X5)(l).split('\n'));
        if (all.length === 0)
            return;
        this.shielded(all);
    }
    debug(text) {
        this.command('debug', {}, (0,sanitize/* cleanText */.X5)(text));
    }
    async group(title, fn) {
        this.command('group', {}, (0,sanitize/* oneLine */.TN)(title));
        try {
            return await fn();
        }
        finally {
            this.command('endgroup', {}, '');
        }
    }
    /** `info` as a function value, for the stages that take a `log` callback. */
    log = (text) => this.info(text);
    // ── annotations ──────────────────────────────────────────────────────────────────────────────
    error(message, props = {}) {
        this.annotate([{ level: 'error', message, title: props.title ?? '', ...reporter_location(props) }]);
    }
    warning(message, props = {}) {
        this.annotate([{ level: 'warning', message, title: props.title ?? '', ...reporter_location(props) }]);
    }
    notice(message, props = {}) {
        this.annotate([{ level: 'notice', message, title: props.title ?? '', ...reporter_location(props) }]);
    }
    /** The run's failure: one error annotation that the budget always has room for. */
    fail(message) {
        this.emit({ level: 'error', message, title: '' });
        this.sink.markFailed();
    }
    /**
     * Emits what fits in what is left of the step's budget, most useful first (the caller's order);
     * identical annotations are grouped, also across calls. What does not fit is counted and
     * announced once by `finish()`, in a notice slot kept for it.
     */
    annotate(items) {
        for (const a of (0,annotations/* groupAnnotations */.k4)(items)) {
            const key = (0,annotations/* keyOf */.TN)(a);
            if (this.emitted.has(key))
                continue;
            if (!this.fits(a.level)) {
                this.left.push(a);
                continue;
            }
            this.emitted.add(key);
            this.used[a.level]++;
            this.used.total++;
            this.emit(a);
        }
    }
    /** Annotations left out of the budget so far (the summary says where they are). */
    get omitted() {
        return this.left.length;
    }
    /** Ends the step's reporting: one notice counts what the budget left out; the summary is written. */
    async finish() {
        if (this.left.length && !this.finished)
            this.emit((0,annotations/* omittedNotice */.L3)(this.left));
        this.finished = true;
        await this.summary.write();
    }
    fits(level) {
        // Kept back: errors for the run's failure line, one notice (and one slot) for finish().
        const reserved = { error: this.reserveErrors, warning: 0, notice: 1 };
        return this.used[level] < this.budget[level] - reserved[level] && this.used.total < this.budget.total - this.reserveErrors - 1;
    }
    /**
     * Diagnoses go three ways: annotations (budgeted, on the responsible line), the job summary
     * (every diagnosis with its evidence), and the log (full evidence in collapsed groups).
     * `annotationRoot` is the bundle root relative to the workspace, so file paths land in the repo.
     */
    diagnoses(diagnoses, annotationRoot, summary = this.summary) {
        this.diagnosesSeen.push(...diagnoses);
        for (const d of diagnoses) {
            const n = d.instances.length;
            this.command('group', {}, (0,sanitize/* oneLine */.TN)(`Diagnosis: ${d.title}${n ? ` (${n} instance${n > 1 ? 's' : ''})` : ''}`));
            this.info(d.message);
            this.block(d.evidence.map((line) => `  ${line}`));
            if (n)
                this.info(`Instances: ${d.instances.join(', ')}`);
            this.info(`Fix: ${d.fix}`);
            this.command('endgroup', {}, '');
        }
        this.annotate(diagnoses.map((d) => {
            const a = (0,annotations/* diagnosisToAnnotation */.aH)(d, constants/* DOCS_BASE_URL */.iO);
            if (!a.file)
                return a;
            // Inside a prebuilt archive a file cannot be annotated: keep the text, drop the location.
            if (annotationRoot === null)
                return { ...a, file: undefined, startLine: undefined, message: `${d.file}${d.line ? `:${d.line}` : ''}: ${a.message}` };
            return { ...a, file: (0,external_node_path_.join)(annotationRoot, a.file) };
        }));
        if (diagnoses.length)
            summary.addRaw((0,report_summary/* renderDiagnosesMarkdown */.PI)(diagnoses) + '\n\n');
    }
    /** Every diagnosis this run reported so far, in order (the sticky PR comment repeats them). */
    get reported() {
        return this.diagnosesSeen;
    }
    // ── outputs, state, summary ──────────────────────────────────────────────────────────────────
    setOutput(name, value) {
        this.sink.setOutput(name, value);
    }
    saveState(name, value) {
        this.sink.saveState(name, value);
    }
    setSecret(value) {
        this.sink.setSecret(value);
    }
    // ── workflow commands ────────────────────────────────────────────────────────────────────────
    emit(a) {
        const props = {};
        if (a.title)
            props.title = (0,sanitize/* oneLine */.TN)(a.title);
        if (a.file)
            props.file = (0,sanitize/* oneLine */.TN)(a.file);
        if (a.startLine)
            props.line = a.startLine;
        if (a.startColumn && a.startLine)
            props.col = a.startColumn;
        this.command(a.level, props, (0,sanitize/* cleanText */.X5)(a.message));
    }
    command(name, props, data) {
        const p = Object.entries(props)
            .map(([k, v]) => `${k}=${reporter_escapeProperty(String(v))}`)
            .join(',');
        this.sink.write(`::${name}${p ? ` ${p}` : ''}::${reporter_escapeData(data)}\n`);
    }
    /** Lines between `::stop-commands::TOKEN` and `::TOKEN::`: the runner shows them and runs none. */
    shielded(lines) {
        // A fresh token each time: the text inside cannot know it, so it cannot end the block.
        const token = `hookline-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
        this.sink.write(`::stop-commands::${token}\n${lines.join('\n')}\n::${token}::\n`);
    }
}
function reporter_location(p) {
    return { file: p.file, startLine: p.startLine, startColumn: p.startColumn };
}

// EXTERNAL MODULE: ./src/util/time.ts
var time = __nccwpck_require__(6043);
;// CONCATENATED MODULE: ./src/main.ts
// run(): reads settings, runs pre-flight validation, then the release for the chosen target.
// It is the single place that fails the step: any thrown value becomes one setFailed.















async function run() {
    // One Reporter for the whole step: every line, annotation, output and summary goes through it.
    const report = new Reporter();
    // A cancelled job sends SIGINT (then SIGTERM): stop waiting promptly and let the post step
    // stop what is still in flight.
    const controller = new AbortController();
    const onSignal = (signal) => {
        report.info(`Received ${signal}: cancelling.`);
        controller.abort();
    };
    process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
    // Before any request: an endpoint or proxy that echoes headers must not print them.
    maskAwsSecrets(process.env, (value) => report.setSecret(value));
    let settings;
    const seen = {};
    try {
        settings = readSettings((name) => getInput(name), process.env);
        await release(settings, controller.signal, report, seen);
        summarizeFindings(report, settings, seen);
        (0,in_flight/* saveOutcome */.Go)(report, 'succeeded');
    }
    catch (err) {
        // Why the step ended decides what the post step may stop (in-flight.ts).
        (0,in_flight/* saveOutcome */.Go)(report, (0,in_flight/* outcomeOf */.sG)(err));
        const message = failureMessage(err, report);
        report.fail(message);
        summarizeEnding(report, settings, err, message);
        if (!(err instanceof preflight/* ValidationFailed */.n) && settings)
            summarizeFindings(report, settings, seen);
    }
    finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
        await report.finish();
    }
}
/** Every ending writes a summary: a heading when the flow wrote none, then what ended the run. */
function summarizeEnding(report, settings, err, message) {
    const summary = report.summary;
    if (summary.empty)
        summary.addHeading(settings ? runTitle(settings) : 'hookline');
    if (err instanceof preflight/* ValidationFailed */.n && settings) {
        const root = (0,external_node_path_.relative)(settings.workspace, settings.path);
        summary.addRaw(preflightSection({ findings: err.findings, root, stopped: true, omitted: report.omitted }) + '\n\n');
        return;
    }
    const kind = err instanceof time/* AbortedError */.oM ? 'cancelled' : err instanceof parse/* InputError */.dz ? 'input' : 'failed';
    summary.addRaw(endingSection(kind, message, kind === 'input' ? 'nothing was bundled, uploaded or deployed.' : undefined) + '\n\n');
}
/** Findings of a release that went ahead anyway (validate: warn, or notices) close its summary. */
function summarizeFindings(report, settings, seen) {
    const p = seen.preflight;
    if (!p || (p.findings.length === 0 && settings.mode !== 'validate'))
        return;
    if (report.summary.empty)
        report.summary.addHeading(runTitle(settings));
    const root = (0,external_node_path_.relative)(settings.workspace, settings.path);
    report.summary.addRaw(preflightSection({ findings: p.findings, root, stopped: false, omitted: report.omitted }) + '\n\n');
}
/** The summary's heading when no flow wrote one. */
function runTitle(s) {
    if (s.mode === 'validate')
        return `hookline · pre-flight validation (${s.target === 'codedeploy' ? 'CodeDeploy' : 'Elastic Beanstalk'})`;
    const where = s.target === 'codedeploy' ? `CodeDeploy ${s.application}/${s.deploymentGroup}` : `Elastic Beanstalk ${s.application}/${s.environment}`;
    return `hookline · ${where}${s.mode === 'deploy' ? '' : ` · ${s.mode}`}`;
}
async function release(settings, signal, report, seen) {
    const ctx = (0,context/* runContext */.p)(process.env);
    const timings = new Timings();
    if (settings.mode === 'validate') {
        const result = await timings.measure('Validate', () => (0,preflight/* preflight */.M)(settings, settings.validate === 'off' ? 'error' : settings.validate, report));
        seen.preflight = result;
        return;
    }
    const event = readEvent(process.env);
    let pr;
    if (settings.mode === 'preview' || settings.mode === 'cleanup') {
        pr = event.pullRequest;
        if (!pr) {
            throw new parse/* InputError */.dz(constants/* Inputs */.G0.Mode, `mode: ${settings.mode} runs on pull_request events (it needs the pull request number); this run is a '${ctx.eventName}' event.`);
        }
    }
    // A fork's code is never released unless the workflow opts in (allow-forks), whatever
    // credentials this runner happens to have: decided from the event payload alone.
    const fork = event.pullRequest;
    if (fork?.fork && !settings.allowForks) {
        if (settings.mode !== 'cleanup')
            seen.preflight = await timings.measure('Validate', () => (0,preflight/* preflight */.M)(settings, settings.validate, report));
        report.notice(forkNotice(fork, settings.mode), { title: 'Not deployed: pull request from a fork' });
        report.summary.addHeading(runTitle(settings)).addRaw(endingSection('fork', forkNotice(fork, settings.mode)) + '\n\n');
        return;
    }
    report.saveState(constants/* States */.DG.OnCancel, settings.onCancel);
    report.saveState(constants/* States */.DG.Region, settings.region);
    report.saveState(constants/* States */.DG.PollInterval, String(settings.pollIntervalMs));
    if (settings.mode === 'deploy' || settings.mode === 'preview') {
        seen.preflight = await timings.measure('Validate', () => (0,preflight/* preflight */.M)(settings, settings.validate, report));
    }
    const deps = { clock: time/* systemClock */.ml, signal, timings, report };
    const api = await (0,github_api/* githubApi */.Mc)(settings.githubToken, process.env, report, { deadline: Date.now() + settings.timeoutMs });
    // Each target loads only its own SDK client (cold start).
    if (pr && (settings.mode === 'preview' || settings.mode === 'cleanup')) {
        if (settings.target === 'codedeploy') {
            const { previewCodeDeploy, cleanupCodeDeploy } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(507), __nccwpck_require__.e(644), __nccwpck_require__.e(224), __nccwpck_require__.e(901)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7901));
            return settings.mode === 'preview'
                ? previewCodeDeploy(settings, ctx, deps, pr, api)
                : cleanupCodeDeploy(settings, ctx, deps, pr, api);
        }
        if (settings.mode === 'preview') {
            const { previewBeanstalk } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(114), __nccwpck_require__.e(462), __nccwpck_require__.e(224), __nccwpck_require__.e(967)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6541));
            return previewBeanstalk(settings, ctx, deps, pr, api);
        }
        const { cleanupBeanstalk } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(114), __nccwpck_require__.e(462), __nccwpck_require__.e(224), __nccwpck_require__.e(83)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2517));
        return cleanupBeanstalk(settings, ctx, deps, pr, api);
    }
    // deploy and redeploy: a GitHub Deployment per environment when a token is given (best effort).
    const { tracked, trackingFor } = await __nccwpck_require__.e(/* import() */ 79).then(__nccwpck_require__.bind(__nccwpck_require__, 3079));
    const url = async () => settings.target === 'beanstalk' ? (await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(114), __nccwpck_require__.e(535), __nccwpck_require__.e(462), __nccwpck_require__.e(104), __nccwpck_require__.e(608)]).then(__nccwpck_require__.bind(__nccwpck_require__, 104))).releasedUrl(settings, signal) : undefined;
    const result = await tracked(api, trackingFor(settings, ctx, event), () => releaseTo(settings, ctx, deps), url);
    if (!result.ok)
        throw result.error;
}
async function releaseTo(settings, ctx, deps) {
    if (settings.target === 'codedeploy') {
        if (settings.mode === 'redeploy') {
            const { redeployCodeDeploy } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(114), __nccwpck_require__.e(507), __nccwpck_require__.e(535), __nccwpck_require__.e(462), __nccwpck_require__.e(104), __nccwpck_require__.e(148), __nccwpck_require__.e(644), __nccwpck_require__.e(989)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3));
            return redeployCodeDeploy(settings, ctx, deps);
        }
        const { releaseCodeDeploy } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(507), __nccwpck_require__.e(535), __nccwpck_require__.e(148), __nccwpck_require__.e(644), __nccwpck_require__.e(227)]).then(__nccwpck_require__.bind(__nccwpck_require__, 148));
        return releaseCodeDeploy(settings, ctx, deps);
    }
    if (settings.mode === 'redeploy') {
        const { redeployBeanstalk } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(114), __nccwpck_require__.e(507), __nccwpck_require__.e(535), __nccwpck_require__.e(462), __nccwpck_require__.e(104), __nccwpck_require__.e(148), __nccwpck_require__.e(644), __nccwpck_require__.e(989)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3));
        return redeployBeanstalk(settings, ctx, deps);
    }
    const { releaseBeanstalk } = await Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(114), __nccwpck_require__.e(535), __nccwpck_require__.e(462), __nccwpck_require__.e(104), __nccwpck_require__.e(608)]).then(__nccwpck_require__.bind(__nccwpck_require__, 104));
    return releaseBeanstalk(settings, ctx, deps);
}
/** One line a person can act on; never a stack trace (that goes to the debug log). */
function failureMessage(err, report) {
    if (err instanceof parse/* InputError */.dz || err instanceof preflight/* ValidationFailed */.n || err instanceof time/* AbortedError */.oM)
        return err.message;
    if (err instanceof Error) {
        if (err.stack)
            report?.debug(err.stack);
        const known = ['DeploymentFailed', 'ReleaseError', 'BundleError', 'UploadError', 'BeanstalkError'];
        if (known.includes(err.name))
            return err.message;
        const aws = (0,errors/* awsErrorKind */.UC)(err);
        if (aws !== 'refused' && aws !== 'aborted')
            return (0,errors/* describeAwsError */.Pp)(err) ?? err.message;
        if (err.name === 'CredentialsProviderError') {
            return `No AWS credentials were found: add aws-actions/configure-aws-credentials before hookline (${err.message}).`;
        }
        return err.name && err.name !== 'Error' ? `${err.name}: ${err.message}` : err.message;
    }
    return `hookline failed: ${String(err)}`;
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L3: () => (/* binding */ omittedNotice),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   aH: () => (/* binding */ diagnosisToAnnotation),
/* harmony export */   fs: () => (/* binding */ docsUrl),
/* harmony export */   k4: () => (/* binding */ groupAnnotations),
/* harmony export */   su: () => (/* binding */ DEFAULT_BUDGET)
/* harmony export */ });
/* unused harmony export planAnnotations */
/* harmony import */ var _diagnose_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2009);
// Annotations within GitHub's budget: at most 10 error, 10 warning and 10 notice annotations are
// shown per step (50 per job). Identical annotations are grouped, the caller's order is the
// priority, and when anything is left out one final notice says how many more are in the job
// summary — that notice itself fits the budget. Pure: the caller emits.

/** GitHub's limits for one step (the job-wide limit is 50). */
const DEFAULT_BUDGET = { error: 10, warning: 10, notice: 10, total: 50 };
function keyOf(a) {
    return JSON.stringify([a.level, a.title, a.message, a.file ?? '', a.startLine ?? 0, a.startColumn ?? 0]);
}
/** Identical annotations collapse into one (noting how many times it was reported), in first-seen order. */
function groupAnnotations(items) {
    const groups = new Map();
    for (const a of items) {
        const k = keyOf(a);
        const g = groups.get(k);
        if (g)
            g.n++;
        else
            groups.set(k, { a, n: 1 });
    }
    return [...groups.values()].map(({ a, n }) => (n > 1 ? { ...a, message: `${a.message}\n(reported ${n} times)` } : a));
}
function select(groups, limits) {
    const used = { error: 0, warning: 0, notice: 0 };
    let total = 0;
    const shown = [];
    for (const a of groups) {
        if (total >= limits.total)
            break;
        if (used[a.level] >= limits[a.level])
            continue;
        used[a.level]++;
        total++;
        shown.push(a);
    }
    return shown;
}
function omittedNotice(omitted) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const a of omitted)
        counts[a.level]++;
    const parts = ['error', 'warning', 'notice']
        .filter((l) => counts[l] > 0)
        .map((l) => `${counts[l]} ${l === 'error' ? 'error' : l}${counts[l] === 1 ? '' : 's'}`);
    const n = omitted.length;
    return {
        level: 'notice',
        title: 'hookline: more in the job summary',
        message: `${n} more annotation${n === 1 ? '' : 's'} (${parts.join(', ')}) not shown here — GitHub shows at most 10 of each kind per step. All of them are in the job summary.`,
    };
}
/**
 * Choose what to show. Every group is either shown or counted in `omitted` (and announced by the
 * final notice, which needs one notice slot and one total slot; with a zero notice or total
 * budget nothing can be announced, and the count is only returned).
 */
function planAnnotations(items, budget = DEFAULT_BUDGET) {
    const b = {
        error: Math.max(0, Math.floor(budget.error)),
        warning: Math.max(0, Math.floor(budget.warning)),
        notice: Math.max(0, Math.floor(budget.notice)),
        total: Math.max(0, Math.floor(budget.total)),
    };
    const groups = groupAnnotations(items);
    const all = select(groups, b);
    if (all.length === groups.length)
        return { shown: all, omitted: 0 };
    if (b.notice === 0 || b.total === 0)
        return { shown: all, omitted: groups.length - all.length };
    const shown = select(groups, { ...b, notice: b.notice - 1, total: b.total - 1 });
    const shownSet = new Set(shown);
    const left = groups.filter((g) => !shownSet.has(g));
    return { shown: [...shown, omittedNotice(left)], omitted: left.length };
}
/** Where the docs page of a category lives, from a base that may end at the repo, docs/ or docs/diagnoses/. */
function docsUrl(category, docsBaseUrl) {
    const base = docsBaseUrl.replace(/\/+$/, '');
    if (/\/docs\/diagnoses$/.test(base))
        return `${base}/${category}.md`;
    if (/\/docs$/.test(base))
        return `${base}/diagnoses/${category}.md`;
    return `${base}${base ? '/' : ''}docs/diagnoses/${category}.md`;
}
const MAX_MESSAGE = 3500;
/** One diagnosis as an annotation on its responsible line: what, where, evidence, fix, docs. */
function diagnosisToAnnotation(d, docsBaseUrl) {
    const parts = [d.message];
    if (d.instances.length > 0) {
        parts.push(`Instances (${d.instances.length}): ${(0,_diagnose_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listInstances */ .ND)(d.instances, 10)}`);
    }
    if (d.lifecycleEvent)
        parts.push(`Event: ${d.lifecycleEvent}`);
    const evidence = d.evidence.slice(0, 4);
    if (evidence.length > 0)
        parts.push(`Evidence:\n${evidence.map((e) => `  ${e}`).join('\n')}`);
    parts.push(`Fix: ${d.fix}`);
    const link = `Docs: ${docsUrl(d.category, docsBaseUrl)}`;
    let message = parts.join('\n');
    if (message.length + link.length + 1 > MAX_MESSAGE)
        message = `${message.slice(0, MAX_MESSAGE - link.length - 2)}…`;
    const a = { level: d.severity, title: `hookline: ${d.title}`, message: `${message}\n${link}` };
    if (d.file) {
        a.file = d.file;
        if (d.line !== null && d.line > 0)
            a.startLine = d.line;
    }
    return a;
}


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
// Human-readable figures for log lines and the job summary.
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 ** 2)
        return `${(n / 1024).toFixed(1)} KiB`;
    if (n < 1024 ** 3)
        return `${(n / 1024 ** 2).toFixed(1)} MiB`;
    return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}


/***/ }),

/***/ 1211:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Wi: () => (/* binding */ wouldRunCommand),
/* harmony export */   X5: () => (/* binding */ cleanText)
/* harmony export */ });
// Text hookline did not write (hook logs, events, file names, AWS messages) made safe to print.
// GitHub's runner executes `::command::` at the start of a line once leading whitespace is
// trimmed, and the legacy `##[command]` anywhere in a line; terminal escape sequences and control
// characters can rewrite what a person sees. Pure functions; the Reporter applies them.
// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/PM/APC strings (ESC ] … BEL or ST),
// and two-byte escapes; the 8-bit C1 CSI (0x9B) form too.
const ESCAPES = new RegExp([
    '\\u001b\\[[0-?]*[ -/]*[@-~]',
    '\\u009b[0-?]*[ -/]*[@-~]',
    '\\u001b[\\]PX^_][\\s\\S]*?(?:\\u0007|\\u001b\\\\|\\u009c|$)',
    '[\\u0090\\u009d\\u009e\\u009f][\\s\\S]*?(?:\\u0007|\\u001b\\\\|\\u009c|$)',
    '\\u001b[ -/]*[0-~]?',
].join('|'), 'g');
// C0 controls but tab and line feed, DEL, C1 controls, and the Unicode characters that reorder or
// break lines when displayed (bidi overrides and isolates, line/paragraph separators).
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Escape sequences and control characters removed; line breaks (\n, \r\n, lone \r) become \n. */
function cleanText(text) {
    return text.replace(/\r\n?/g, '\n').replace(ESCAPES, '').replace(CONTROLS, '');
}
/** One line: cleaned, and any line break shown as ⏎ so it cannot start a new line. */
function oneLine(text) {
    return cleanText(text).replace(/\n/g, '⏎');
}
/**
 * Would GitHub's runner read this line as a workflow command? Conservative: JavaScript's `\s`
 * covers every character .NET's TrimStart removes once control characters are gone.
 */
function wouldRunCommand(line) {
    return /^\s*::/.test(line) || line.includes('##[');
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   KH: () => (/* binding */ tableCode),
/* harmony export */   PI: () => (/* binding */ renderDiagnosesMarkdown),
/* harmony export */   xR: () => (/* binding */ tableCell)
/* harmony export */ });
/* unused harmony exports code, renderDiagnosisMarkdown */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7242);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(856);
// The diagnosis section of the job summary, as a markdown string: every diagnosis (none is left
// out, unlike annotations) with its instances, location, fix, evidence and docs link.


const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/**
 * Text outside code: no raw HTML, no emphasis, links, tables or strikethrough from foreign text,
 * and nothing GitHub turns live after rendering — an @mention, an #123 reference, a bare URL or
 * e-mail address — is left contiguous (a zero-width space splits it; the reader sees the same text).
 */
function escapeMarkdown(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|~])/g, '\\$1')
        .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200b')
        .replace(/#(?=\d)/g, '#\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/\b(www)\./gi, '$1\u200b.');
}
/** Keep `inline code` spans the diagnosis wrote, escape the rest. */
function prose(s) {
    return s
        .split(/(`[^`\n]+`)/)
        .map((part, i) => (i % 2 === 1 ? part : escapeMarkdown(part)))
        .join('');
}
function fence(lines) {
    const body = lines.join('\n');
    let ticks = '```';
    while (body.includes(ticks))
        ticks += '`';
    return `${ticks}text\n${body}\n${ticks}`;
}
/** An inline code span around any text: a fence longer than any backtick run inside, one line. */
function code(s) {
    const text = s.replace(/\r?\n|\r/g, '⏎');
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** A table cell of plain text: escaped, one line. */
function tableCell(s) {
    return escapeMarkdown(s).replace(/\r?\n|\r/g, ' ');
}
/** A code span inside a table cell: GFM splits cells at `|` even inside code, unless escaped. */
function tableCode(s) {
    return code(s).replace(/\|/g, '\\|');
}
function renderDiagnosisMarkdown(d, index, docsBaseUrl = _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS_BASE_URL */ .iO) {
    const out = [];
    out.push(`### ${ICON[d.severity]} ${index}. ${prose(d.title)}`);
    out.push('');
    out.push(prose(d.message));
    out.push('');
    const facts = [];
    facts.push(`- **Category:** [${code(d.category)}](${(0,_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .docsUrl */ .fs)(d.category, docsBaseUrl)}) (${d.severity})`);
    if (d.lifecycleEvent)
        facts.push(`- **Event:** ${code(d.lifecycleEvent)}`);
    if (d.instances.length > 0) {
        facts.push(`- **Instances (${d.instances.length}):** ${d.instances.map(code).join(', ')}`);
    }
    if (d.file)
        facts.push(`- **Where:** ${code(d.file)}${d.line ? ` line ${d.line}` : ''}`);
    facts.push(`- **Fix:** ${prose(d.fix)}`);
    out.push(...facts);
    if (d.evidence.length > 0) {
        out.push('');
        out.push('<details><summary>Evidence</summary>');
        out.push('');
        out.push(fence(d.evidence));
        out.push('');
        out.push('</details>');
    }
    return out.join('\n');
}
/** Every diagnosis, most decisive first (the order given). */
function renderDiagnosesMarkdown(d, docsBaseUrl = _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .DOCS_BASE_URL */ .iO) {
    if (d.length === 0)
        return '## Diagnosis\n\nNo failure to explain.';
    const head = `## Diagnosis\n\n${d.length === 1 ? 'One cause' : `${d.length} causes`} found, most decisive first.`;
    return [head, ...d.map((x, i) => renderDiagnosisMarkdown(x, i + 1, docsBaseUrl))].join('\n\n');
}


/***/ }),

/***/ 3400:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sb: () => (/* binding */ ECS_INPUTS),
/* harmony export */   _V: () => (/* binding */ readCompute),
/* harmony export */   uh: () => (/* binding */ LAMBDA_INPUTS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7242);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6894);
// The inputs of CodeDeploy's ECS and Lambda compute platforms. Which platform a release targets is
// decided later, by the application's computePlatform (src/compute/platform.ts); here the inputs
// are only read, checked for form, and kept apart from each other.




/** Inputs that belong to one platform only, for the refusal of those that do not apply. */
const ECS_INPUTS = [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TaskDefinition, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ContainerName, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ContainerPort];
const LAMBDA_INPUTS = [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.FunctionName, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Alias, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.FunctionVersion];
const TASK_DEF_ARN = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:task-definition\/[A-Za-z0-9_-]{1,255}:\d+$/;
const CONTAINER = /^[A-Za-z0-9_-]{1,255}$/;
// A function name, partial ARN or full ARN (Lambda's own pattern, simplified).
const FUNCTION = /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,64}$/;
const ALIAS = /^(?!^[0-9]+$)[A-Za-z0-9_-]{1,128}$/;
function readCompute(read, workspace) {
    const given = (name) => read(name).trim();
    const ecs = ECS_INPUTS.filter((n) => given(n));
    const lambda = LAMBDA_INPUTS.filter((n) => given(n));
    if (ecs.length && lambda.length) {
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(lambda[0], `Input '${lambda[0]}' is for Lambda deployments and '${ecs[0]}' for ECS deployments: one CodeDeploy application deploys to one of them; set only the inputs of its compute platform.`);
    }
    if (ecs.length) {
        const raw = given(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TaskDefinition);
        if (!raw) {
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TaskDefinition, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TaskDefinition}' is required for an ECS deployment (${ecs.map((n) => `'${n}'`).join(', ')} given): a task definition JSON file or the ARN of a registered revision.`);
        }
        return {
            kind: 'ecs',
            taskDefinition: raw.startsWith('arn:')
                ? { kind: 'arn', arn: taskDefinitionArn(raw) }
                : { kind: 'file', path: workspaceFile(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TaskDefinition, raw, workspace) },
            containerName: optionalMatch(read, _constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ContainerName, CONTAINER, 'a container name of the task definition (letters, digits, - and _)'),
            containerPort: readPort(given(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ContainerPort)),
            appspec: given(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Appspec) ? workspaceFile(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Appspec, given(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Appspec), workspace) : undefined,
        };
    }
    if (lambda.length) {
        const functionName = given(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.FunctionName);
        if (!FUNCTION.test(functionName)) {
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.FunctionName, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.FunctionName}' is required for a Lambda deployment: a function name or ARN${functionName ? `; got '${(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(functionName)}'` : ''}.`);
        }
        const alias = given(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Alias);
        if (!ALIAS.test(alias)) {
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Alias, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Alias}' is required for a Lambda deployment: the alias CodeDeploy shifts traffic on, such as live${alias ? `; got '${(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(alias)}'` : ''}.`);
        }
        const version = given(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.FunctionVersion);
        if (version && !/^[1-9]\d{0,9}$/.test(version)) {
            throw new _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.FunctionVersion, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.FunctionVersion}' must be a published version number such as 7 (leave it empty to publish the function's current code); got '${(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(version)}'.`);
        }
        return {
            kind: 'lambda',
            functionName,
            alias,
            version: version || undefined,
            appspec: given(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Appspec) ? workspaceFile(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Appspec, given(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Appspec), workspace) : undefined,
        };
    }
    return { kind: 'server', appspec: given(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.Appspec) || undefined };
}
function taskDefinitionArn(raw) {
    if (!TASK_DEF_ARN.test(raw)) {
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TaskDefinition, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.TaskDefinition}' must be a task definition JSON file or an ARN such as arn:aws:ecs:us-east-1:123456789012:task-definition/web:42; got '${(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(raw)}'.`);
    }
    return raw;
}
function readPort(raw) {
    if (!raw)
        return undefined;
    if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ContainerPort, `Input '${_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0.ContainerPort}' must be a port number from 1 to 65535; got '${(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(raw)}'.`);
    }
    return Number(raw);
}
function optionalMatch(read, input, pattern, form) {
    const value = read(input).trim();
    if (!value)
        return undefined;
    if (!pattern.test(value))
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `Input '${input}' must be ${form}; got '${(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(value)}'.`);
    return value;
}
/** A file the input names, inside the workspace. */
function workspaceFile(input, raw, workspace) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, raw);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, full);
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `Input '${input}' must name a file inside the workspace; '${(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(raw)}' is outside it.`);
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(full) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(full).isFile()) {
        throw new _parse_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `Input '${input}' must name a file in the workspace; '${(0,_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .clip */ .$Q)(raw)}' does not exist.`);
    }
    return full;
}


/***/ }),

/***/ 6894:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export human */
// Strict parsers for action inputs. Each throws InputError naming the input and the accepted
// form, so a typo fails the run before anything reaches AWS.
class InputError extends Error {
    input;
    constructor(input, message) {
        super(message);
        this.input = input;
        this.name = 'InputError';
    }
}
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
/** YAML 1.2 core-schema booleans only, as @actions/core's getBooleanInput accepts. */
function parseBoolean(input, raw, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value))
        return false;
    throw new InputError(input, `Input '${input}' must be true or false; got '${clip(value)}'.`);
}
function parseEnum(input, raw, allowed, fallback) {
    const value = raw.trim();
    if (value === '')
        return fallback;
    const hit = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (hit !== undefined)
        return hit;
    throw new InputError(input, `Input '${input}' must be one of ${allowed.join(', ')}; got '${clip(value)}'.`);
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/**
 * Durations like `30m`, `1h30m`, `90s`, `250ms`, or a bare number of seconds; bounded so a typo
 * cannot make a run wait for days or poll in a busy loop.
 */
function parseDuration(input, raw, fallbackMs, bounds) {
    const value = raw.trim();
    if (value === '')
        return fallbackMs;
    let ms;
    if (/^\d+(\.\d+)?$/.test(value)) {
        ms = Number(value) * 1000;
    }
    else if (/^(\d+(\.\d+)?(ms|h|m|s))+$/.test(value)) {
        ms = 0;
        for (const part of value.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
            ms += Number(part[1]) * UNIT_MS[part[2]];
        }
    }
    const form = `a duration such as 30m, 1h30m, 90s or 500ms (between ${human(bounds.minMs)} and ${human(bounds.maxMs)})`;
    if (ms === undefined || !Number.isFinite(ms)) {
        throw new InputError(input, `Input '${input}' must be ${form}; got '${clip(value)}'.`);
    }
    if (ms < bounds.minMs || ms > bounds.maxMs) {
        throw new InputError(input, `Input '${input}' is out of range: must be ${form}; got '${clip(value)}'.`);
    }
    return Math.round(ms);
}
/** Newline- or comma-separated list, blank entries dropped. */
function parseList(raw) {
    return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
function human(ms) {
    if (ms < 1000)
        return `${ms}ms`;
    if (ms < 60_000)
        return `${+(ms / 1000).toFixed(1)}s`;
    if (ms < 3_600_000)
        return `${+(ms / 60_000).toFixed(1)}m`;
    return `${+(ms / 3_600_000).toFixed(1)}h`;
}
/** Keep echoed values short and single-line in error messages. */
function clip(value) {
    const oneLine = value.replace(/[\r\n]+/g, ' ');
    return oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine;
}


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   oM: () => (/* binding */ AbortedError),
/* harmony export */   rM: () => (/* binding */ nextDelay)
/* harmony export */ });
// Injected time so waits are bounded, cancellable and testable without sleeping.
class AbortedError extends Error {
    constructor(message = 'The run was cancelled.') {
        super(message);
        this.name = 'AbortedError';
    }
}
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new AbortedError());
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(new AbortedError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
/**
 * Poll delay: the base interval (so the end of a deployment is noticed within one interval),
 * doubled per consecutive throttled poll up to 8×, with ±10% jitter so parallel runs do not
 * poll in lockstep.
 */
function nextDelay(baseMs, throttledPolls, random = Math.random) {
    const backoff = Math.min(8, 2 ** Math.max(0, throttledPolls));
    const jitter = 0.9 + random() * 0.2;
    return Math.max(1, Math.round(baseMs * backoff * jitter));
}


/***/ }),

/***/ 540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ fileMappings),
/* harmony export */   BR: () => (/* binding */ hookEvents),
/* harmony export */   To: () => (/* binding */ hookScriptPaths),
/* harmony export */   VL: () => (/* binding */ readAppspec),
/* harmony export */   pU: () => (/* binding */ locationInBundle)
/* harmony export */ });
/* unused harmony export APPSPEC_FILE_NAMES */
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3877);

const APPSPEC_FILE_NAMES = ['appspec.yml', 'appspec.yaml', 'appspec.json'];
/** Parse an AppSpec file; `source` is undefined when it is not a document at all (see findings). */
function readAppspec(file, text) {
    const json = file.endsWith('.json') || text.trimStart().startsWith('{');
    return (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSource */ .PJ)(file, text, { rulePrefix: 'appspec', json });
}
/** The EC2/on-premises `hooks`: each event with the `location` of its scripts, in file order. */
function hookEvents(src) {
    const hooks = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asMap */ .$H)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .getPair */ .xf)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asMap */ .$H)(src.doc.contents), 'hooks')?.value);
    return (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .pairs */ .AS)(hooks).map((event) => {
        const seq = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asSeq */ .wH)(event.value);
        const single = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asMap */ .$H)(event.value);
        const items = seq ? seq.items : single ? [single] : [];
        const scripts = [];
        for (const item of items) {
            const loc = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .getPair */ .xf)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asMap */ .$H)(item), 'location');
            const value = loc ? (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asScalar */ .T7)(loc.value) : undefined;
            const location = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarString */ .Cg)(value);
            if (value && location !== undefined)
                scripts.push({ location, ...(0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .nodePos */ .TP)(src, value) });
        }
        return { event: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .keyText */ .Pu)(event), line: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .pairPos */ .Rw)(src, event).line, items: items.length, scripts };
    });
}
/** The `files` mappings: source relative to the bundle root, destination on the instance. */
function fileMappings(src) {
    const files = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asSeq */ .wH)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .getPair */ .xf)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asMap */ .$H)(src.doc.contents), 'files')?.value);
    const out = [];
    for (const item of files?.items ?? []) {
        const map = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .asMap */ .$H)(item);
        const source = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarString */ .Cg)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .getPair */ .xf)(map, 'source')?.value);
        const destination = (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarString */ .Cg)((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .getPair */ .xf)(map, 'destination')?.value);
        if (source !== undefined && destination !== undefined)
            out.push({ source, destination, line: (0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .nodePos */ .TP)(src, item).line });
    }
    return out;
}
/** A hook `location` as a bundle-relative path (the agent ignores a leading '/'); undefined when it climbs with '..'. */
function locationInBundle(location, root = '') {
    const parts = location
        .trim()
        .replace(/\\/g, '/')
        .split('/')
        .filter((p) => p !== '' && p !== '.');
    if (parts.includes('..'))
        return undefined;
    const rel = parts.join('/');
    return root ? `${root}/${rel}` : rel;
}
/**
 * The bundle paths of the hook scripts the appspec names (at the root, or the single appspec
 * one folder down that current agents move up): what an archive read must hold the text of.
 */
function hookScriptPaths(paths, read) {
    const all = [...paths];
    let appspec = APPSPEC_FILE_NAMES.find((n) => all.includes(n));
    let root = '';
    if (!appspec) {
        const nested = all.filter((p) => /^[^/]+\/appspec\.(yml|yaml|json)$/.test(p));
        if (nested.length === 1) {
            appspec = nested[0];
            root = appspec.slice(0, appspec.indexOf('/'));
        }
    }
    const text = appspec ? read(appspec) : undefined;
    if (!appspec || text === undefined)
        return [];
    const { source } = readAppspec(appspec, text);
    if (!source)
        return [];
    const out = [];
    for (const ev of hookEvents(source)) {
        for (const s of ev.scripts) {
            const p = locationInBundle(s.location, root);
            if (p)
                out.push(p);
        }
    }
    return out;
}


/***/ }),

/***/ 4200:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nq: () => (/* binding */ KNOWN_NAMESPACES),
/* harmony export */   Tc: () => (/* binding */ FREE_FORM_NAMESPACES),
/* harmony export */   UB: () => (/* binding */ isDocumentedNamespace),
/* harmony export */   kX: () => (/* binding */ namespaceFamily)
/* harmony export */ });
/* unused harmony exports GENERAL_NAMESPACES, PLATFORM_NAMESPACES, NAMESPACE_PATTERNS */
// Elastic Beanstalk option namespaces as documented, for the offline check (no platform to ask).
// General options for all environments:
//   https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-general.html
// Platform-specific options:
//   https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-specific.html
// With credentials the action asks DescribeConfigurationOptions instead (eb-options.ts).
const GENERAL_NAMESPACES = [
    'aws:autoscaling:asg',
    'aws:autoscaling:launchconfiguration',
    'aws:autoscaling:scheduledaction',
    'aws:autoscaling:trigger',
    'aws:autoscaling:updatepolicy:rollingupdate',
    'aws:ec2:instances',
    'aws:ec2:vpc',
    'aws:elasticbeanstalk:application',
    'aws:elasticbeanstalk:application:environment',
    'aws:elasticbeanstalk:application:environmentsecrets',
    'aws:elasticbeanstalk:cloudwatch:logs',
    'aws:elasticbeanstalk:cloudwatch:logs:health',
    'aws:elasticbeanstalk:command',
    'aws:elasticbeanstalk:environment',
    'aws:elasticbeanstalk:environment:process:default',
    'aws:elasticbeanstalk:environment:proxy:staticfiles',
    'aws:elasticbeanstalk:healthreporting:system',
    'aws:elasticbeanstalk:hostmanager',
    'aws:elasticbeanstalk:managedactions',
    'aws:elasticbeanstalk:managedactions:platformupdate',
    'aws:elasticbeanstalk:monitoring',
    'aws:elasticbeanstalk:sns:topics',
    'aws:elasticbeanstalk:sqsd',
    'aws:elasticbeanstalk:trafficsplitting',
    'aws:elasticbeanstalk:xray',
    'aws:elb:healthcheck',
    'aws:elb:loadbalancer',
    'aws:elb:listener',
    'aws:elb:policies',
    'aws:elbv2:listener:default',
    'aws:elbv2:loadbalancer',
    'aws:rds:dbinstance',
];
const PLATFORM_NAMESPACES = [
    'aws:elasticbeanstalk:environment:proxy',
    'aws:elasticbeanstalk:container:tomcat:jvmoptions',
    'aws:elasticbeanstalk:container:python',
    'aws:elasticbeanstalk:container:python:staticfiles',
    'aws:elasticbeanstalk:container:nodejs',
    'aws:elasticbeanstalk:container:nodejs:staticfiles',
    'aws:elasticbeanstalk:container:php:phpini',
    'aws:elasticbeanstalk:container:golang:staticfiles',
    'aws:elasticbeanstalk:container:java:staticfiles',
    'aws:elasticbeanstalk:container:dotnet:apppool',
    'aws:elasticbeanstalk:container:ruby:staticfiles',
];
/** Namespaces whose options are named by the user, not by the platform. */
const FREE_FORM_NAMESPACES = [
    'aws:elasticbeanstalk:application:environment',
    'aws:elasticbeanstalk:application:environmentsecrets',
    'aws:elasticbeanstalk:customoption',
    'aws:cloudformation:template:parameter',
];
const KNOWN_NAMESPACES = [
    ...GENERAL_NAMESPACES,
    ...PLATFORM_NAMESPACES,
    'aws:elasticbeanstalk:customoption',
    'aws:cloudformation:template:parameter',
];
/** Namespaces with a variable last part (process, port, rule or policy name): the family is the part before it. */
const NAMESPACE_PATTERNS = [
    /^aws:elasticbeanstalk:environment:process:[^:]+$/,
    /^aws:elb:listener:\d+$/,
    /^aws:elb:policies:[^:]+$/,
    /^aws:elbv2:listener:(default|\d+)$/,
    /^aws:elbv2:listenerrule:[^:]+$/,
];
function isDocumentedNamespace(ns) {
    return KNOWN_NAMESPACES.includes(ns) || NAMESPACE_PATTERNS.some((re) => re.test(ns));
}
/** 'aws:elbv2:listener:443' → 'aws:elbv2:listener'; undefined for a namespace without a variable part. */
function namespaceFamily(ns) {
    return NAMESPACE_PATTERNS.some((re) => re.test(ns)) ? ns.slice(0, ns.lastIndexOf(':')) : undefined;
}


/***/ }),

/***/ 9860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ checkOptionsAgainstPlatform),
/* harmony export */   SX: () => (/* binding */ offlineOptionsNotice),
/* harmony export */   f5: () => (/* binding */ bundleOptionSettings),
/* harmony export */   t_: () => (/* binding */ collectOptionSettings)
/* harmony export */ });
/* unused harmony export valueProblem */
/* harmony import */ var _eb_namespaces_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4200);
/* harmony import */ var _ebextensions_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7262);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3877);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3504);




/** Where an option without a namespace goes (list form). */
const DEFAULT_NAMESPACE = 'aws:elasticbeanstalk:application:environment';
/** A value written as a function (`Fn::GetOptionSetting`, `Ref`) or an inline `{"Ref": …}` is resolved later: not checked. */
function valueText(node) {
    const s = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .asScalar */ .T7)(node);
    if (!s || s.value === null || s.value === undefined)
        return undefined;
    const text = String(s.value);
    return /`\{/.test(text) ? undefined : text;
}
function fromShorthand(src, node, out) {
    for (const nsPair of (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .pairs */ .AS)((0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .asMap */ .$H)(node))) {
        const ns = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .keyText */ .Pu)(nsPair);
        for (const opt of (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .pairs */ .AS)((0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .asMap */ .$H)(nsPair.value))) {
            out.push({
                file: src.file,
                namespace: ns,
                name: (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .keyText */ .Pu)(opt),
                value: valueText(opt.value),
                namespacePos: (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .pairPos */ .Rw)(src, nsPair),
                namePos: (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .pairPos */ .Rw)(src, opt),
                valuePos: (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .valuePos */ .i8)(src, opt),
            });
        }
    }
}
/** The option settings a config file or saved configuration sets, with their positions. */
function collectOptionSettings(src) {
    const out = [];
    const top = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .asMap */ .$H)(src.doc.contents);
    const saved = /(^|\/)\.elasticbeanstalk\/saved_configs\//.test(src.file);
    const pair = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .getPair */ .xf)(top, saved ? 'OptionSettings' : 'option_settings');
    if (!pair)
        return out;
    const list = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .asSeq */ .wH)(pair.value);
    if (!list) {
        fromShorthand(src, pair.value, out);
        return out;
    }
    for (const item of list.items) {
        const m = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .asMap */ .$H)(item);
        const namePair = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .getPair */ .xf)(m, 'option_name');
        const name = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarString */ .Cg)(namePair?.value);
        if (!m || !namePair || name === undefined)
            continue;
        const nsPair = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .getPair */ .xf)(m, 'namespace');
        const valuePair = (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .getPair */ .xf)(m, 'value');
        out.push({
            file: src.file,
            namespace: (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .scalarString */ .Cg)(nsPair?.value) ?? DEFAULT_NAMESPACE,
            name,
            value: valuePair ? valueText(valuePair.value) : undefined,
            namespacePos: nsPair ? (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .valuePos */ .i8)(src, nsPair) : (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .valuePos */ .i8)(src, namePair),
            namePos: (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .valuePos */ .i8)(src, namePair),
            valuePos: valuePair ? (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .valuePos */ .i8)(src, valuePair) : (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .valuePos */ .i8)(src, namePair),
        });
    }
    return out;
}
/** The one notice for a bundle checked without a platform to ask. */
function offlineOptionsNotice(settings) {
    const first = settings.find((s) => !_eb_namespaces_js__WEBPACK_IMPORTED_MODULE_0__/* .FREE_FORM_NAMESPACES */ .Tc.includes(s.namespace));
    if (!first)
        return [];
    return [
        (0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(first.file, first.namespacePos, 'notice', 'ebextensions/options-not-checked', `Option names and values in option_settings were not checked against a platform here (namespaces only, against the documented list). With credentials, the action checks them against the target environment's platform (DescribeConfigurationOptions) before it uploads anything.`),
    ];
}
function index(options) {
    const known = new Map();
    for (const o of options) {
        if (!o.Namespace || !o.Name)
            continue;
        const list = known.get(o.Namespace) ?? [];
        list.push(o);
        known.set(o.Namespace, list);
    }
    return known;
}
/** The options a namespace may hold: its own, or its family's (`process:web` uses `process:default`'s). */
function optionsOf(known, ns) {
    const own = known.get(ns);
    if (own)
        return own;
    const family = (0,_eb_namespaces_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceFamily */ .kX)(ns);
    if (!family)
        return undefined;
    const members = [...known.entries()].filter(([k]) => k === family || (0,_eb_namespaces_js__WEBPACK_IMPORTED_MODULE_0__/* .namespaceFamily */ .kX)(k) === family).flatMap(([, v]) => v);
    return members.length ? members : undefined;
}
const unknownSetting = (s) => `"Invalid option specification (Namespace: '${s.namespace}', OptionName: '${s.name}'): Unknown configuration setting."`;
/** Why Beanstalk refuses a value for this option, or undefined when it is accepted. */
function valueProblem(value, o) {
    const allowed = o.ValueOptions ?? [];
    if (allowed.length) {
        const boolean = allowed.every((a) => ['true', 'false'].includes(a));
        const ok = (v) => allowed.includes(v) || (boolean && allowed.includes(v.toLowerCase()));
        const items = o.ValueType === 'List'
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
        if (o.MinValue !== undefined && n < o.MinValue)
            return `${n} is below the minimum, ${o.MinValue}`;
        if (o.MaxValue !== undefined && n > o.MaxValue)
            return `${n} is above the maximum, ${o.MaxValue}`;
    }
    if (o.MaxLength !== undefined && value.length > o.MaxLength)
        return `it is ${value.length} characters long; at most ${o.MaxLength} are allowed`;
    if (o.Regex?.Pattern) {
        let re;
        try {
            re = new RegExp(`^(?:${o.Regex.Pattern})$`);
        }
        catch {
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
function checkOptionsAgainstPlatform(settings, options, environment) {
    const known = index(options);
    if (known.size === 0)
        return [];
    const out = [];
    for (const s of settings) {
        if (_eb_namespaces_js__WEBPACK_IMPORTED_MODULE_0__/* .FREE_FORM_NAMESPACES */ .Tc.includes(s.namespace))
            continue;
        const inNs = optionsOf(known, s.namespace);
        if (!inNs) {
            const near = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .kp)(s.namespace, [...known.keys()], 3)[0];
            out.push((0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(s.file, s.namespacePos, 'error', 'ebextensions/option-unknown', `Namespace '${s.namespace}' in ${s.file} is not one the platform of ${environment} defines; the environment update would fail with ${unknownSetting(s)}${near ? ` Did you mean '${near}'?` : ''}`));
            continue;
        }
        const option = inNs.find((o) => o.Name === s.name);
        if (!option) {
            const near = inNs.find((o) => o.Name?.toLowerCase() === s.name.toLowerCase())?.Name ??
                (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .kp)(s.name, inNs.map((o) => o.Name ?? ''), 3)[0];
            out.push((0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(s.file, s.namePos, 'error', 'ebextensions/option-unknown', `Option '${s.name}' is not in namespace '${s.namespace}' on the platform of ${environment}; the environment update would fail with ${unknownSetting(s)}${near ? ` Did you mean '${near}'?` : ''}`));
            continue;
        }
        if (s.value === undefined || s.value === '')
            continue;
        const problem = valueProblem(s.value, option);
        if (problem) {
            out.push((0,_source_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)(s.file, s.valuePos, 'error', 'ebextensions/option-value', `Value '${s.value}' for ${s.namespace} ${s.name} in ${s.file} is refused by the platform of ${environment}: ${problem}. The environment update would fail with "Invalid option value".`));
        }
    }
    return out;
}
/** Every option setting in a bundle: its .ebextensions configs, then EB CLI saved configurations. */
function bundleOptionSettings(tree, war = false) {
    const { configs } = (0,_ebextensions_js__WEBPACK_IMPORTED_MODULE_1__/* .locateConfigs */ .Ui)(tree, war);
    const saved = tree.files().filter((p) => /^\.elasticbeanstalk\/saved_configs\/[^/]+\.cfg\.ya?ml$/.test(p));
    const out = [];
    for (const { source } of (0,_ebextensions_js__WEBPACK_IMPORTED_MODULE_1__/* .parseConfigs */ .Rb)(tree, [...configs, ...saved]).values())
        if (source)
            out.push(...collectOptionSettings(source));
    return out;
}


/***/ }),

/***/ 7262:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  JD: () => (/* binding */ authenticationNames),
  Ui: () => (/* binding */ locateConfigs),
  Rb: () => (/* binding */ parseConfigs),
  $r: () => (/* binding */ validateConfig)
});

// UNUSED EXPORTS: EBEXTENSIONS_KEYS

// EXTERNAL MODULE: ./src/validate/paths.ts
var paths = __nccwpck_require__(2906);
// EXTERNAL MODULE: ./src/validate/source.ts
var validate_source = __nccwpck_require__(3877);
// EXTERNAL MODULE: ./src/validate/nginx.ts
var nginx = __nccwpck_require__(7738);
// EXTERNAL MODULE: ./src/validate/eb-namespaces.ts
var eb_namespaces = __nccwpck_require__(4200);
;// CONCATENATED MODULE: ./src/validate/ebextensions-al1hooks.ts

const AL1_HOOKS = /\/opt\/elasticbeanstalk\/hooks\/([A-Za-z]+)(?:\/([A-Za-z]+))?/;
const RULE = 'ebextensions/al1-hook';
/** The Amazon Linux 2 folder that does what an AL1 hook folder did. */
function al2Equivalent(kind, stage) {
    const step = stage === 'post' ? 'postdeploy' : 'predeploy';
    switch (kind) {
        case 'appdeploy':
            return `.platform/hooks/${step}/`;
        case 'configdeploy':
            return `.platform/confighooks/${step}/`;
        case 'restartappserver':
            return '.platform/confighooks/postdeploy/';
        case 'preinit':
            return '.platform/hooks/prebuild/';
        case 'postinit':
            return '.platform/hooks/postdeploy/';
        default:
            return '.platform/hooks/<stage>/ (prebuild, predeploy or postdeploy)';
    }
}
function message(file, where, path) {
    const m = AL1_HOOKS.exec(path);
    const target = al2Equivalent(m?.[1] ?? '', m?.[2]);
    return `${where} in ${file} writes into ${m?.[0] ?? '/opt/elasticbeanstalk/hooks/'}, the Amazon Linux 1 hook folder. Amazon Linux 2 and 2023 platforms never run it, so this hook does nothing there. Put the script in your bundle as ${target}<name>.sh (executable, with a shebang) instead.`;
}
function fromFiles(src, pair) {
    return (0,validate_source/* pairs */.AS)((0,validate_source/* asMap */.$H)(pair.value))
        .filter((p) => AL1_HOOKS.test((0,validate_source/* keyText */.Pu)(p)))
        .map((p) => (0,validate_source/* finding */.gk)(src.file, (0,validate_source/* pairPos */.Rw)(src, p), 'warning', RULE, message(src.file, `files."${(0,validate_source/* keyText */.Pu)(p)}"`, (0,validate_source/* keyText */.Pu)(p))));
}
function fromCommands(src, pair, section) {
    const out = [];
    for (const entry of (0,validate_source/* pairs */.AS)((0,validate_source/* asMap */.$H)(pair.value))) {
        const cmd = (0,validate_source/* getPair */.xf)((0,validate_source/* asMap */.$H)(entry.value), 'command');
        const text = cmd ? (0,validate_source/* scalarString */.Cg)(cmd.value) : undefined;
        // A command that only reads or removes the folder is not installing a hook.
        if (!cmd || text === undefined || !AL1_HOOKS.test(text) || !/\b(cp|mv|install|ln|tee|wget|curl)\b|>/.test(text))
            continue;
        out.push((0,validate_source/* finding */.gk)(src.file, (0,validate_source/* valuePos */.i8)(src, cmd), 'warning', RULE, message(src.file, `${section}.${(0,validate_source/* keyText */.Pu)(entry)}`, text)));
    }
    return out;
}
function checkAl1Hooks(src) {
    const top = (0,validate_source/* asMap */.$H)(src.doc.contents);
    const out = [];
    for (const p of (0,validate_source/* pairs */.AS)(top)) {
        const k = (0,validate_source/* keyText */.Pu)(p);
        if (k === 'files')
            out.push(...fromFiles(src, p));
        else if (k === 'commands' || k === 'container_commands')
            out.push(...fromCommands(src, p, k));
    }
    return out;
}

// EXTERNAL MODULE: ./src/validate/suggest.ts
var suggest = __nccwpck_require__(3504);
;// CONCATENATED MODULE: ./src/validate/ebextensions.ts






const EBEXTENSIONS_KEYS = [
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
function push(ctx, pos, severity, rule, message) {
    ctx.out.push((0,validate_source/* finding */.gk)(ctx.file, pos, severity, rule, message));
}
function isEmpty(node) {
    return node === null || node === undefined || (0,validate_source/* asScalar */.T7)(node)?.value === null;
}
/** Authentication names declared anywhere: Resources.<r>.Metadata."AWS::CloudFormation::Authentication".<name>. */
function authenticationNames(src) {
    const top = (0,validate_source/* asMap */.$H)(src.doc.contents);
    const resources = (0,validate_source/* asMap */.$H)((0,validate_source/* getPair */.xf)(top, 'Resources')?.value);
    const names = [];
    for (const r of (0,validate_source/* pairs */.AS)(resources)) {
        const meta = (0,validate_source/* asMap */.$H)((0,validate_source/* getPair */.xf)((0,validate_source/* asMap */.$H)(r.value), 'Metadata')?.value);
        const auth = (0,validate_source/* asMap */.$H)((0,validate_source/* getPair */.xf)(meta, 'AWS::CloudFormation::Authentication')?.value);
        for (const a of (0,validate_source/* pairs */.AS)(auth))
            names.push((0,validate_source/* keyText */.Pu)(a));
    }
    return names;
}
/** Parse every root .ebextensions/*.config once; validation needs the set of authentication names across files. */
function parseConfigs(index, files) {
    const out = new Map();
    for (const file of files) {
        const text = index.read(file);
        if (text === undefined) {
            out.set(file, {
                findings: [
                    (0,validate_source/* finding */.gk)(file, { line: 1, column: 1 }, 'error', 'ebextensions/syntax', `${file} could not be read as a text file (binary or larger than 512 KiB).`),
                ],
            });
            continue;
        }
        out.set(file, (0,validate_source/* parseSource */.PJ)(file, text, { rulePrefix: 'ebextensions', json: text.trimStart().startsWith('{') }));
    }
    return out;
}
function validateConfig(src, authNames) {
    const ctx = { src, file: src.file, out: [] };
    const contents = src.doc.contents;
    if (isEmpty(contents))
        return ctx.out;
    const top = (0,validate_source/* asMap */.$H)(contents);
    if (!top) {
        push(ctx, (0,validate_source/* nodePos */.TP)(src, contents), 'error', 'ebextensions/not-a-mapping', `${src.file} must be a mapping of sections (option_settings, packages, files, commands, container_commands, Resources, …); it holds ${(0,validate_source/* describeNode */.WQ)(contents)}.`);
        return ctx.out;
    }
    ctx.out.push(...checkAl1Hooks(src));
    for (const p of (0,validate_source/* pairs */.AS)(top)) {
        const k = (0,validate_source/* keyText */.Pu)(p);
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
                    push(ctx, (0,validate_source/* pairPos */.Rw)(src, p), 'warning', 'ebextensions/unknown-key', `Unknown top-level key '${k}' in ${src.file}; Elastic Beanstalk ignores it.${wrongCase ? ` Keys are case-sensitive: write '${wrongCase}'.` : (0,suggest/* didYouMean */.au)(k, EBEXTENSIONS_KEYS)}`);
                }
        }
    }
    return ctx.out;
}
function checkNamespace(ctx, ns, pos) {
    if (!ns.startsWith('aws:'))
        return;
    if ((0,eb_namespaces/* isDocumentedNamespace */.UB)(ns))
        return;
    const near = (0,suggest/* closest */.kp)(ns, eb_namespaces/* KNOWN_NAMESPACES */.Nq, 3).filter((n) => n !== ns);
    push(ctx, pos, 'warning', 'ebextensions/namespace', `Option namespace '${ns}' in ${ctx.file} is not in the documented list; unless the environment's platform defines it, the environment update fails with "Invalid option specification".${near[0] ? ` Did you mean '${near[0]}'?` : ''}`);
}
function checkOptionSettings(ctx, pair) {
    if (isEmpty(pair.value))
        return;
    const list = (0,validate_source/* asSeq */.wH)(pair.value);
    const map = (0,validate_source/* asMap */.$H)(pair.value);
    if (list) {
        for (const item of list.items) {
            const m = (0,validate_source/* asMap */.$H)(item);
            if (!m) {
                push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, item), 'error', 'ebextensions/option-settings', `Each \`option_settings\` list entry in ${ctx.file} must be a mapping with option_name and value (namespace optional); got ${(0,validate_source/* describeNode */.WQ)(item)}.`);
                continue;
            }
            const keys = (0,validate_source/* pairs */.AS)(m).map(validate_source/* keyText */.Pu);
            if (!keys.includes('option_name')) {
                const only = (0,validate_source/* pairs */.AS)(m)[0];
                const shorthand = only && keys.length === 1 && (0,validate_source/* keyText */.Pu)(only).includes(':') && (0,validate_source/* asMap */.$H)(only.value);
                push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, m), 'error', 'ebextensions/option-settings', shorthand
                    ? `\`option_settings\` in ${ctx.file} mixes the two forms: a list entry holds the namespace '${(0,validate_source/* keyText */.Pu)(only)}' as a key. Either drop the '-' (shorthand: \`namespace:\` then \`Option: value\`), or write \`- namespace: ${(0,validate_source/* keyText */.Pu)(only)}\`, \`option_name: …\`, \`value: …\`.`
                    : `An \`option_settings\` entry in ${ctx.file} has no \`option_name\`; the list form is \`- namespace: aws:…\`, \`option_name: Name\`, \`value: …\`.`);
            }
            for (const p of (0,validate_source/* pairs */.AS)(m)) {
                const k = (0,validate_source/* keyText */.Pu)(p);
                if (!OPTION_ITEM_KEYS.includes(k)) {
                    push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'warning', 'ebextensions/option-settings', `Unknown key '${k}' in an \`option_settings\` entry of ${ctx.file} (accepted: ${OPTION_ITEM_KEYS.join(', ')}).${(0,suggest/* didYouMean */.au)(k, OPTION_ITEM_KEYS)}`);
                }
            }
            const ns = (0,validate_source/* getPair */.xf)(m, 'namespace');
            const nsText = ns ? (0,validate_source/* scalarString */.Cg)(ns.value) : undefined;
            if (ns && nsText)
                checkNamespace(ctx, nsText, (0,validate_source/* valuePos */.i8)(ctx.src, ns));
            const value = (0,validate_source/* getPair */.xf)(m, 'value');
            if (value && ((0,validate_source/* asMap */.$H)(value.value) || (0,validate_source/* asSeq */.wH)(value.value))) {
                push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, value), 'error', 'ebextensions/option-settings', `\`value\` of an option in ${ctx.file} must be a single value (write lists as a comma-separated string); got ${(0,validate_source/* describeNode */.WQ)(value.value)}.`);
            }
        }
        return;
    }
    if (!map) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/option-settings', `\`option_settings\` in ${ctx.file} must be a list (\`- namespace: …\`, \`option_name: …\`, \`value: …\`) or the shorthand mapping (\`aws:namespace:\` then \`Option: value\`); it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return;
    }
    for (const nsPair of (0,validate_source/* pairs */.AS)(map)) {
        const ns = (0,validate_source/* keyText */.Pu)(nsPair);
        const options = (0,validate_source/* asMap */.$H)(nsPair.value);
        if (!options) {
            const isScalarValue = (0,validate_source/* asScalar */.T7)(nsPair.value) !== undefined;
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, nsPair), 'error', 'ebextensions/option-settings', isScalarValue && !ns.includes(':')
                ? `\`option_settings\` in ${ctx.file}: in the shorthand form every key is a namespace holding options, so '${ns}' is read as a namespace. For an environment property write \`aws:elasticbeanstalk:application:environment:\` then \`${ns}: …\` below it.`
                : `Namespace '${ns}' in the \`option_settings\` of ${ctx.file} must hold a mapping of \`Option: value\`; it holds ${(0,validate_source/* describeNode */.WQ)(nsPair.value)}.`);
            continue;
        }
        checkNamespace(ctx, ns, (0,validate_source/* pairPos */.Rw)(ctx.src, nsPair));
        for (const opt of (0,validate_source/* pairs */.AS)(options)) {
            if ((0,validate_source/* asMap */.$H)(opt.value) || (0,validate_source/* asSeq */.wH)(opt.value)) {
                push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, opt), 'error', 'ebextensions/option-settings', `Option '${(0,validate_source/* keyText */.Pu)(opt)}' in namespace '${ns}' of ${ctx.file} must have a single value (write lists as a comma-separated string); got ${(0,validate_source/* describeNode */.WQ)(opt.value)}.`);
            }
        }
    }
}
function checkCommands(ctx, pair, section) {
    if (isEmpty(pair.value))
        return;
    const map = (0,validate_source/* asMap */.$H)(pair.value);
    if (!map) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/command-shape', `\`${section}\` in ${ctx.file} must map a name to each command (\`01_migrate:\` then \`command: …\` below it); it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.${(0,validate_source/* asSeq */.wH)(pair.value) ? ' Names also fix the order: commands run in alphabetical order of their names.' : ''}`);
        return;
    }
    const allowed = section === 'commands' ? COMMAND_KEYS : CONTAINER_COMMAND_KEYS;
    for (const entry of (0,validate_source/* pairs */.AS)(map)) {
        const name = (0,validate_source/* keyText */.Pu)(entry);
        const body = (0,validate_source/* asMap */.$H)(entry.value);
        if (!body) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, entry), 'error', 'ebextensions/command-missing', `${section}.${name} in ${ctx.file} must be a mapping with \`command\`; got ${(0,validate_source/* describeNode */.WQ)(entry.value)}.${(0,validate_source/* asScalar */.T7)(entry.value) && !isEmpty(entry.value) ? ` Write \`${name}:\` then \`command: ${(0,validate_source/* scalarString */.Cg)(entry.value)}\` on the next line, indented.` : ''}`);
            continue;
        }
        const cmd = (0,validate_source/* getPair */.xf)(body, 'command');
        if (!cmd || isEmpty(cmd.value)) {
            push(ctx, cmd ? (0,validate_source/* valuePos */.i8)(ctx.src, cmd) : (0,validate_source/* pairPos */.Rw)(ctx.src, entry), 'error', 'ebextensions/command-missing', `${section}.${name} in ${ctx.file} has no \`command\`; the deployment fails. Add \`command: …\` (a string, or a list of arguments).`);
        }
        else if ((0,validate_source/* asMap */.$H)(cmd.value)) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, cmd), 'error', 'ebextensions/command-missing', `\`command\` of ${section}.${name} in ${ctx.file} must be a string or a list of arguments; got a mapping.`);
        }
        for (const p of (0,validate_source/* pairs */.AS)(body)) {
            const k = (0,validate_source/* keyText */.Pu)(p);
            if (allowed.includes(k))
                continue;
            if (k === 'leader_only' && section === 'commands') {
                push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'warning', 'ebextensions/leader-only-in-commands', `\`leader_only\` in commands.${name} of ${ctx.file} has no effect: only container_commands support it, so this command runs on every instance. Move it to container_commands if it must run once (e.g. database migrations).`);
                continue;
            }
            push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'warning', 'ebextensions/command-unknown-key', `Unknown key '${k}' in ${section}.${name} of ${ctx.file} (accepted: ${allowed.join(', ')}); it is ignored.${(0,suggest/* didYouMean */.au)(k, allowed)}`);
        }
    }
}
function checkFileMode(ctx, path, pair) {
    const s = (0,validate_source/* asScalar */.T7)(pair.value);
    if (!s || s.value === null) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/file-mode', `\`mode\` of files."${path}" in ${ctx.file} must be a quoted octal string such as "000644"; got ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return;
    }
    const written = (0,validate_source/* scalarSource */.aO)(s);
    if (typeof s.value === 'number' && !(0,validate_source/* isQuoted */.f5)(s)) {
        const digits = written.replace(/^0+/, '') || '0';
        const fix = `mode: "${digits.padStart(6, '0')}"`;
        if (/^0[0-7]+$/.test(written)) {
            const seen = String(s.value);
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/file-mode', `\`mode: ${written}\` of files."${path}" in ${ctx.file} is an unquoted number with a leading 0, which YAML reads as octal (${seen}); cfn-init then reads "${seen}" as octal again and ${/[89]/.test(seen) ? 'fails ("invalid literal")' : `sets mode ${seen}`}. Quote it: \`${fix}\`.`);
        }
        else {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'warning', 'ebextensions/file-mode', `\`mode: ${written}\` of files."${path}" in ${ctx.file} is an unquoted number; it works only while it has no leading 0. Write it as a quoted string: \`${fix}\`.`);
        }
        return;
    }
    const str = String(s.value).trim();
    if (!/^[0-7]{3,6}$/.test(str)) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/file-mode', `\`mode\` of files."${path}" in ${ctx.file} must be octal digits such as "000644" or "000755"; got '${str}'.`);
    }
}
function checkFiles(ctx, pair, authNames) {
    if (isEmpty(pair.value))
        return;
    const map = (0,validate_source/* asMap */.$H)(pair.value);
    if (!map) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/file-shape', `\`files\` in ${ctx.file} must map each target path to its definition (\`"/etc/app.conf":\` then content or source); it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return;
    }
    for (const entry of (0,validate_source/* pairs */.AS)(map)) {
        const path = (0,validate_source/* keyText */.Pu)(entry);
        const body = (0,validate_source/* asMap */.$H)(entry.value);
        if (!body) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, entry), 'error', 'ebextensions/file-shape', `files."${path}" in ${ctx.file} must be a mapping with content or source (and mode, owner, group); got ${(0,validate_source/* describeNode */.WQ)(entry.value)}.`);
            continue;
        }
        if (path && !path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(path)) {
            push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, entry), 'warning', 'ebextensions/file-shape', `files."${path}" in ${ctx.file}: the key is the file's absolute path on the instance (e.g. "/etc/nginx/conf.d/app.conf").`);
        }
        const content = (0,validate_source/* getPair */.xf)(body, 'content');
        const source = (0,validate_source/* getPair */.xf)(body, 'source');
        if (!content && !source) {
            push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, entry), 'error', 'ebextensions/file-content', `files."${path}" in ${ctx.file} has neither \`content\` nor \`source\`; cfn-init has nothing to write. Add \`content: |\` with the text, or \`source:\` with a URL.`);
        }
        else if (content && source) {
            push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, source), 'warning', 'ebextensions/file-content', `files."${path}" in ${ctx.file} has both \`content\` and \`source\`; only one is used. Keep one.`);
        }
        for (const p of (0,validate_source/* pairs */.AS)(body)) {
            const k = (0,validate_source/* keyText */.Pu)(p);
            if (!FILE_KEYS.includes(k)) {
                push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'warning', 'ebextensions/file-shape', `Unknown key '${k}' in files."${path}" of ${ctx.file} (accepted: ${FILE_KEYS.join(', ')}); it is ignored.${(0,suggest/* didYouMean */.au)(k, FILE_KEYS)}`);
            }
        }
        const mode = (0,validate_source/* getPair */.xf)(body, 'mode');
        if (mode)
            checkFileMode(ctx, path, mode);
        const text = content ? (0,validate_source/* asScalar */.T7)(content.value) : undefined;
        if (text && typeof text.value === 'string' && /^\/etc\/nginx\/conf\.d\/[^/]+\.conf$/.test(path)) {
            const pos = (0,validate_source/* nodePos */.TP)(ctx.src, text);
            const block = text.type === 'BLOCK_LITERAL' || text.type === 'BLOCK_FOLDED';
            const firstContentLine = ctx.src.text.split('\n')[pos.line] ?? '';
            const indent = block ? (/^ */.exec(firstContentLine)?.[0].length ?? 0) : pos.column;
            ctx.out.push(...(0,nginx/* checkHttpSnippet */.C)(ctx.file, text.value, `files."${path}"`, 'nginx/context', block ? pos.line : pos.line - 1, indent));
        }
        const auth = (0,validate_source/* getPair */.xf)(body, 'authentication');
        if (auth) {
            const name = (0,validate_source/* scalarString */.Cg)(auth.value);
            if (!name || !authNames.has(name)) {
                const known = [...authNames];
                push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, auth), 'error', 'ebextensions/file-authentication', `files."${path}" in ${ctx.file} uses authentication '${name ?? ''}', but no .ebextensions config declares it under Resources → AWSEBAutoScalingGroup → Metadata → AWS::CloudFormation::Authentication${known.length ? ` (declared: ${known.join(', ')})` : ''}; cfn-init cannot fetch the source.${name ? (0,suggest/* didYouMean */.au)(name, known) : ''}`);
            }
        }
    }
}
function checkPackages(ctx, pair) {
    if (isEmpty(pair.value))
        return;
    const map = (0,validate_source/* asMap */.$H)(pair.value);
    if (!map) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/packages', `\`packages\` in ${ctx.file} must map a package manager (yum, rpm, rubygems, python) to its packages; it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return;
    }
    for (const mgr of (0,validate_source/* pairs */.AS)(map)) {
        const name = (0,validate_source/* keyText */.Pu)(mgr);
        if (!PACKAGE_MANAGERS.includes(name)) {
            push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, mgr), 'warning', 'ebextensions/packages', `Unknown package manager '${name}' in ${ctx.file} (supported: yum, rpm, rubygems, python; msi on Windows).${(0,suggest/* didYouMean */.au)(name, PACKAGE_MANAGERS)}`);
            continue;
        }
        if (!isEmpty(mgr.value) && !(0,validate_source/* asMap */.$H)(mgr.value)) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, mgr), 'error', 'ebextensions/packages', `packages.${name} in ${ctx.file} must map package names to versions (\`git: []\` for the latest); it holds ${(0,validate_source/* describeNode */.WQ)(mgr.value)}.`);
        }
    }
}
function checkSources(ctx, pair) {
    if (isEmpty(pair.value))
        return;
    const map = (0,validate_source/* asMap */.$H)(pair.value);
    if (!map) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'ebextensions/sources', `\`sources\` in ${ctx.file} must map a target folder to an archive URL (\`/opt/tool: https://…/tool.tar.gz\`); it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return;
    }
    for (const p of (0,validate_source/* pairs */.AS)(map)) {
        if ((0,validate_source/* scalarString */.Cg)(p.value) === undefined) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, p), 'error', 'ebextensions/sources', `sources."${(0,validate_source/* keyText */.Pu)(p)}" in ${ctx.file} must be the URL of an archive; got ${(0,validate_source/* describeNode */.WQ)(p.value)}.`);
        }
    }
}
// --- placement -----------------------------------------------------------------------------
/** A data file (e.g. filebeat.yml copied by a command) stays quiet; one written like a config does not. */
function looksLikeConfig(text) {
    if (!text)
        return false;
    // Keys distinctive enough that a data file (filebeat.yml, log_files.yml with `files:`) will not match.
    const keys = ['option_settings', 'container_commands', 'commands', 'packages', 'Resources'].join('|');
    return new RegExp(`^("?)(${keys})\\1\\s*:`, 'm').test(text) || new RegExp(`"(${keys})"\\s*:`).test(text);
}
const EBEXT_TYPOS = ['ebextensions', '.ebextension', '.ebextentions', '.ebextention', '.eb-extensions', '.ebextenstions', '.ebxtensions'];
/** Where .ebextensions files sit: root configs to validate, and findings for files never read. */
function locateConfigs(index, warRoot) {
    const configs = [];
    const findings = [];
    const nestedRoots = new Set();
    for (const p of index.files()) {
        if ((0,paths/* inVendoredDir */.cB)(p))
            continue;
        const parts = p.split('/');
        const base = (0,paths/* baseName */.Fl)(p);
        const ebIdx = parts.indexOf('.ebextensions');
        if (ebIdx === 0) {
            if (parts.length === 2) {
                if (base.endsWith('.config'))
                    configs.push(p);
                else if (/\.(ya?ml|json)$/i.test(base) && looksLikeConfig(index.read(p))) {
                    findings.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'warning', 'ebextensions/config-extension', `${p} is never read: Elastic Beanstalk only reads files ending in .config in .ebextensions/. Rename it to ${p.replace(/\.[^.]+$/, '.config')} if it is a configuration file.`));
                }
            }
            else if (base.endsWith('.config')) {
                findings.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'warning', 'ebextensions/config-not-read', `${p} is never read: Elastic Beanstalk reads only the .config files directly in .ebextensions/, not in subfolders. Move it to .ebextensions/${base}.`));
            }
            continue;
        }
        if (ebIdx > 0) {
            nestedRoots.add(parts.slice(0, ebIdx + 1).join('/'));
            continue;
        }
        if (!base.endsWith('.config'))
            continue;
        const dir = (0,paths/* dirName */.BB)(p);
        if (dir === '.platform') {
            findings.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'warning', 'ebextensions/config-not-read', `${p} is never read: configuration files (.config) belong in .ebextensions/ at the bundle root; .platform/ holds hooks, confighooks, nginx and httpd. Move it to .ebextensions/${base}.`));
        }
        else if (EBEXT_TYPOS.includes((0,paths/* baseName */.Fl)(dir)) && (0,paths/* dirName */.BB)(dir) === '') {
            findings.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'warning', 'ebextensions/config-not-read', `${p} is never read: the folder must be named exactly .ebextensions (with the dot) at the bundle root. Did you mean .ebextensions/${base}?`));
        }
    }
    for (const dir of [...nestedRoots].sort()) {
        const war = warRoot
            ? ' In a .war the folder must be at the root of the archive (not under WEB-INF/classes): copy it with `from(...) { into(".ebextensions") }` (Gradle) or a webResource with targetPath .ebextensions (Maven).'
            : '';
        findings.push((0,validate_source/* finding */.gk)(dir, { line: 1, column: 1 }, 'warning', 'ebextensions/not-at-root', `${dir} is never read: Elastic Beanstalk reads .ebextensions only at the root of the source bundle.${index.isDir('.ebextensions') ? '' : ' Bundle the folder that contains it as the root.'}${war}`));
    }
    return { configs, findings };
}


/***/ }),

/***/ 2609:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  IO: () => (/* reexport */ tree/* openBundleModel */.IO),
  Tc: () => (/* binding */ sortFindings),
  Eq: () => (/* reexport */ tree/* treeFromModel */.Eq),
  T_: () => (/* binding */ validateBundle)
});

// UNUSED EXPORTS: archiveKind, treeFromArchive, treeFromDirectory, treeFromFiles, validateBeanstalk, validateCodeDeploy

;// CONCATENATED MODULE: ./src/validate/appspec-location.ts
// Where a hook `location` leads on the instance. The agent joins it to
// /opt/codedeploy-agent/deployment-root/<group-id>/<deployment-id>/deployment-archive (a leading
// '/' is ignored). Climbing with '..' up to three levels stays inside deployment-root, where
// Install never copies a file; climbing further reaches the rest of the file system, which works
// on the Ruby agent only by accident and is refused by agent 2.1.0 and later ("AppSpec file paths
// that resolve outside the application revision directory are now rejected").
/** deployment-archive's folders below /, for the agent's default root_dir. */
const ARCHIVE = ['opt', 'codedeploy-agent', 'deployment-root', '<deployment-group-id>', '<deployment-id>', 'deployment-archive'];
/** Levels of '..' that stay inside deployment-root. */
const LEVELS_INSIDE_ROOT = 3;
function resolveLocation(location, os) {
    const parts = (os === 'windows' ? location.replace(/\\/g, '/') : location).split('/');
    const stack = [];
    let up = 0;
    for (const part of parts) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (stack.length)
                stack.pop();
            else
                up++;
        }
        else {
            stack.push(part);
        }
    }
    // `../deployment-archive/x.sh` climbs out and straight back in.
    if (up === 1 && stack[0] === 'deployment-archive' && stack.length > 1)
        return { rel: stack.slice(1).join('/'), up: 0, climbs: false };
    if (up === 0)
        return { rel: stack.join('/'), up, climbs: false };
    const base = ARCHIVE.slice(0, Math.max(0, ARCHIVE.length - up));
    const outside = `/${[...base, ...stack].join('/')}`;
    return {
        outside: up > LEVELS_INSIDE_ROOT ? outside : outside.replace('/opt/codedeploy-agent/deployment-root', '<deployment-root>'),
        up,
        climbs: true,
    };
}
/** The message tail for a location that climbs: why it cannot work, by how far it climbs. */
function climbReason(resolved) {
    if (resolved.up <= LEVELS_INSIDE_ROOT) {
        return {
            severity: 'error',
            text: `climbs ${resolved.up} level${resolved.up > 1 ? 's' : ''} out of the bundle with '..', to ${resolved.outside ?? ''}: a folder of the agent's own where Install never copies a file, so the script is never found (ScriptMissing).`,
        };
    }
    return {
        severity: 'warning',
        text: `climbs out of the bundle with '..' to ${resolved.outside ?? ''} on the instance. It works only by accident of the Install step having copied the file there, and fails on the first deployment to a fresh instance (and in every hook that runs before Install); CodeDeploy agent 2.1.0 and later refuse any AppSpec path that resolves outside the revision directory.`,
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/validate/source.ts
var validate_source = __nccwpck_require__(3877);
;// CONCATENATED MODULE: ./src/validate/appspec-yaml11.ts
// What the CodeDeploy agent's YAML loader (Ruby Psych, YAML 1.1) makes of a scalar. The `yaml`
// package agrees for most plain scalars, but not all (`08` is a string to Psych and 8 to `yaml`;
// Psych reads `1,755` as 1755), and the permission rules depend on the exact value the agent
// converts with `to_s`. Mirrors Psych::ScalarScanner#tokenize (Ruby 3.1), without times and dates.


const STRINGISH = /^[^\d.:-]?[\p{L}_\s!@#$%^&*(){}<>|/\\~;=]+/u;
const FLOAT = /^[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?$/;
const INTEGER = /^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$/;
const SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$/;
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$/;
const TIME = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;
const DATE = /^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$/;
/** Ruby's Integer("…") for the forms INTEGER admits (a leading 0 means octal). */
function rubyInteger(text) {
    const t = text.replace(/[,_]/g, '');
    const neg = t.startsWith('-');
    const body = t.replace(/^[-+]/, '');
    let v;
    if (/^0b/i.test(body))
        v = BigInt(`0b${body.slice(2)}`);
    else if (/^0x/i.test(body))
        v = BigInt(`0x${body.slice(2)}`);
    else if (/^0[0-7]+$/.test(body))
        v = BigInt(`0o${body.slice(1)}`);
    else
        v = BigInt(body);
    return neg ? -v : v;
}
/** Ruby's String#to_i: an optional sign, then digits and single underscores; 0 when there are none. */
function rubyToI(text) {
    const m = /^[-+]?\d+(?:_\d+)*/.exec(text);
    return m ? BigInt(m[0].replace(/_/g, '')) : 0n;
}
/**
 * Psych's base-60 integer, quirk included: field e is weighted 60^|e-2| whatever the field count,
 * so `1:30` is 1*3600 + 30*60 = 5400, not 90.
 */
function sexagesimal(text) {
    let v = 0n;
    text.split(':').forEach((n, e) => {
        v += rubyToI(n) * 60n ** BigInt(Math.abs(e - 2));
    });
    return v;
}
/** How Psych resolves the text of an untagged plain scalar. */
function psychPlain(text) {
    if (text === '')
        return { kind: 'null' };
    if (STRINGISH.test(text) || text.includes('\n')) {
        if (text.length > 5 || /^[^ytonf~]/i.test(text))
            return { kind: 'string', value: text };
        if (text === '~' || /^null$/i.test(text))
            return { kind: 'null' };
        if (/^(yes|true|on)$/i.test(text))
            return { kind: 'bool', value: true };
        if (/^(no|false|off)$/i.test(text))
            return { kind: 'bool', value: false };
        return { kind: 'string', value: text };
    }
    if (TIME.test(text) || DATE.test(text))
        return { kind: 'other' };
    if (/^[-+]?\.inf$/i.test(text) || /^\.nan$/i.test(text))
        return { kind: 'float' };
    if (/^:./.test(text))
        return { kind: 'other' };
    if (SEXAGESIMAL.test(text))
        return { kind: 'int', value: sexagesimal(text) };
    if (SEXAGESIMAL_FLOAT.test(text))
        return { kind: 'float' };
    if (FLOAT.test(text))
        return /^[-+]?\.$/.test(text) ? { kind: 'string', value: text } : { kind: 'float' };
    if (INTEGER.test(text))
        return { kind: 'int', value: rubyInteger(text) };
    return { kind: 'string', value: text };
}
/** The value the agent sees for a node (block and quoted scalars are strings). */
function psychValue(node) {
    if (node === null || node === undefined)
        return { kind: 'null' };
    if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) || !(0,dist/* isScalar */.jn)(node))
        return { kind: 'other' };
    const s = node;
    if (s.tag === 'tag:yaml.org,2002:str' || (s.type !== undefined && s.type !== 'PLAIN')) {
        return { kind: 'string', value: String(s.value ?? '') };
    }
    if (s.tag && s.tag !== 'tag:yaml.org,2002:int')
        return { kind: 'other' };
    if (s.value === null)
        return { kind: 'null' };
    return psychPlain((0,validate_source/* scalarSource */.aO)(s));
}
/** Ruby's `value.to_s` for the values a permission field can hold (floats are never valid). */
function rubyToS(v) {
    switch (v.kind) {
        case 'string':
            return v.value;
        case 'int':
            return v.value.toString();
        case 'bool':
            return String(v.value);
        case 'null':
            return '';
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/validate/appspec-acl.ts


const RULE = 'appspec/acl';
const TYPES = {
    u: 'user',
    user: 'user',
    g: 'group',
    group: 'group',
    m: 'mask',
    mask: 'mask',
    o: 'other',
    other: 'other',
};
const isDefault = (s) => s === 'd' || s === 'default';
/** Parse one entry as AceInfo.new does; `problem` says what the agent refuses, in plain words. */
function parseAce(entry) {
    const parts = entry.split(':').reverse();
    if (parts.length < 2 || parts.length > 4) {
        return { ok: false, problem: `it has ${parts.length} field${parts.length === 1 ? '' : 's'}; an entry is [d:][u|g|m|o:]name:perms` };
    }
    let dflt = false;
    let type;
    if (parts.length === 4) {
        if (!isDefault(parts[3]))
            return { ok: false, problem: `with four fields the first must be d or default, not '${parts[3]}'` };
        dflt = true;
    }
    if (parts.length >= 3) {
        const t = parts[2];
        if (isDefault(t)) {
            if (dflt)
                return { ok: false, problem: 'it says default twice' };
            dflt = true;
        }
        else if (TYPES[t])
            type = TYPES[t];
        else
            return { ok: false, problem: `'${t}' is not an entry type (u, g, m, o or user, group, mask, other)` };
    }
    let name = '';
    const n = parts[1];
    if (n === 'm' || n === 'mask' || n === 'o' || n === 'other') {
        if (type === undefined)
            type = n.startsWith('m') ? 'mask' : 'other';
        else
            name = n;
    }
    else {
        type ??= 'user';
        name = n;
    }
    if ((type === 'mask' || type === 'other') && name !== '')
        return { ok: false, problem: `a ${type} entry takes no name ('${name}')` };
    if (!dflt && type !== 'mask' && name === '')
        return { ok: false, problem: 'base' };
    const perms = parts[0];
    if (!(perms.length === 1 && perms >= '0' && perms <= '7')) {
        const bad = [...perms].find((c) => !'rwx-'.includes(c));
        if (bad !== undefined)
            return { ok: false, problem: `invalid character (${bad}) in the permissions '${perms}' (use r, w, x and -, or one octal digit)` };
    }
    return { ok: true, ace: { default: dflt, type, name } };
}
/** Whether the permission entry's `type` list includes files (the agent's default is file and directory). */
function appliesToFiles(typeNode) {
    const list = (0,validate_source/* asSeq */.wH)(typeNode);
    if (!list)
        return true;
    return list.items.some((i) => {
        const v = psychValue(i);
        return v.kind === 'string' && v.value === 'file';
    });
}
function checkAcls(src, pair, typePair) {
    const file = src.file;
    const out = [];
    const loaded = psychValue(pair.value);
    if (loaded.kind === 'null')
        return out;
    const seq = (0,validate_source/* asSeq */.wH)(pair.value);
    if (!seq) {
        return [
            (0,validate_source/* finding */.gk)(file, (0,validate_source/* valuePos */.i8)(src, pair), 'error', RULE, `\`acls\` in ${file} must be a list of entries such as \`- u:www-data:rwx\`; it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)} and the agent fails on it.`),
        ];
    }
    let defaultAt;
    for (const item of seq.items) {
        const v = psychValue(item);
        const pos = (0,validate_source/* nodePos */.TP)(src, item);
        if (v.kind !== 'string') {
            out.push((0,validate_source/* finding */.gk)(file, pos, 'error', RULE, `An \`acls\` entry in ${file} must be text such as u:www-data:rwx; got ${(0,validate_source/* describeNode */.WQ)(item)} and the agent fails on it.`));
            continue;
        }
        const parsed = parseAce(v.value);
        if (!parsed.ok) {
            out.push((0,validate_source/* finding */.gk)(file, pos, 'error', RULE, parsed.problem === 'base'
                ? `ACL entry '${v.value}' in ${file} sets a base entry (owner, owning group or other); the agent refuses it ("Use mode to set the base acl entry"). Set those with \`mode\`, and use named entries here (u:www-data:rwx, g:deploy:rx).`
                : `ACL entry '${v.value}' in ${file} is refused by the agent ("Invalid acl entry"): ${parsed.problem}. Write [d:][u|g|m|o:]name:perms, e.g. u:www-data:rwx or d:g:deploy:rx.`));
            continue;
        }
        if (parsed.ace.default)
            defaultAt ??= pos;
    }
    if (defaultAt && appliesToFiles(typePair?.value)) {
        out.push((0,validate_source/* finding */.gk)(file, defaultAt, 'error', RULE, `Default ACL entries (d:…) in ${file} apply only to directories, and this permissions entry also covers files${typePair ? '' : ' (no `type` means file and directory)'}; the agent fails at Install ("the -d parameter has been specified to apply an acl setting to a file"). Add \`type: [directory]\`, and set file ACLs in a separate entry without d:.`));
    }
    return out;
}

// EXTERNAL MODULE: ./src/validate/suggest.ts
var suggest = __nccwpck_require__(3504);
;// CONCATENATED MODULE: ./src/validate/appspec-context.ts



const appspec_context_RULE = 'appspec/selinux-context';
const MAX_SENSITIVITY = 15;
const MAX_CATEGORY = 1023;
const KEYS = ['name', 'type', 'range'];
/** Ruby's String#split(sep) without a limit: trailing empty fields are dropped. */
function rubySplit(text, sep) {
    const parts = text.split(sep);
    while (parts.length && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** RangeInfo#ensure_parts: one part, or two non-empty parts around the first `sep`. */
function twoParts(text, sep) {
    const at = text.indexOf(sep);
    if (at < 0)
        return text === '' ? undefined : [text];
    const a = text.slice(0, at);
    const b = text.slice(at + 1);
    return a && b ? [a, b] : undefined;
}
function level(text, letter) {
    if (text.length < 2 || !text.startsWith(letter))
        return undefined;
    const digits = text.replace(letter, '');
    return /^[0-9]+$/.test(digits) ? Number(digits) : undefined;
}
/** Why the agent (or SELinux) refuses a range, or undefined when it is accepted. */
function rangeProblem(range) {
    const parts = twoParts(range, ':');
    if (!parts)
        return 'it is empty on one side of the ":"';
    const sens = twoParts(parts[0], '-');
    if (!sens)
        return `'${parts[0]}' is not s<n> or s<low>-s<high>`;
    const levels = sens.map((s) => level(s, 's'));
    const bad = levels.findIndex((l) => l === undefined);
    if (bad >= 0)
        return `'${sens[bad]}' is not a sensitivity (s0 to s${MAX_SENSITIVITY})`;
    const [low, high = low] = levels;
    if (high < low)
        return `the high sensitivity s${high} is below the low one s${low}`;
    if (parts.length === 1)
        return high > MAX_SENSITIVITY
            ? `sensitivity s${high} is above s${MAX_SENSITIVITY}, the highest SELinux policies define (semanage fails)`
            : undefined;
    const seen = [];
    for (const part of rubySplit(parts[1], ',')) {
        const span = part.includes('.') ? twoParts(part, '.') : [part];
        if (!span)
            return `'${part}' is not a category range c<n>.c<m>`;
        const nums = span.map((c) => level(c, 'c'));
        const wrong = nums.findIndex((n) => n === undefined || n > MAX_CATEGORY);
        if (wrong >= 0)
            return `'${span[wrong]}' is not a category (c0 to c${MAX_CATEGORY})`;
        const [from, to = from] = nums;
        if (to < from)
            return `the category range ${part} runs from high to low (write c${to}.c${from})`;
        for (let c = from; c <= to; c++)
            seen.push(c);
    }
    if (new Set(seen).size !== seen.length)
        return 'a category is listed twice ("duplicate categories")';
    if (high > MAX_SENSITIVITY)
        return `sensitivity s${high} is above s${MAX_SENSITIVITY}, the highest SELinux policies define (semanage fails)`;
    return undefined;
}
function checkContext(src, pair) {
    const file = src.file;
    if (psychValue(pair.value).kind === 'null')
        return [];
    const map = (0,validate_source/* asMap */.$H)(pair.value);
    if (!map) {
        return [
            (0,validate_source/* finding */.gk)(file, (0,validate_source/* valuePos */.i8)(src, pair), 'error', appspec_context_RULE, `\`context\` in ${file} must be a mapping with \`type\` (and optional \`name\`, \`range\`); it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}, which the agent refuses ("invalid context type").`),
        ];
    }
    const out = [];
    for (const p of (0,validate_source/* pairs */.AS)(map)) {
        const k = (0,validate_source/* keyText */.Pu)(p);
        if (KEYS.includes(k))
            continue;
        const user = k === 'user';
        out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* pairPos */.Rw)(src, p), 'warning', appspec_context_RULE, user
            ? `\`user\` in the context of ${file} is ignored: the Ruby agent reads the SELinux user from \`name\`, so this user is never set (semanage applies the default one). Rename it to \`name\`.`
            : `Unknown key '${k}' in the context of ${file} (the agent reads name, type and range); it is ignored${k === 'role' ? ' (roles are not supported)' : ''}.${(0,suggest/* didYouMean */.au)(k, KEYS)}`));
    }
    const type = (0,validate_source/* getPair */.xf)(map, 'type');
    const typeValue = type ? psychValue(type.value) : undefined;
    if (!type || typeValue?.kind === 'null') {
        out.push((0,validate_source/* finding */.gk)(file, type ? (0,validate_source/* valuePos */.i8)(src, type) : (0,validate_source/* pairPos */.Rw)(src, pair), 'error', appspec_context_RULE, `The context in ${file} has no \`type\`; the agent refuses it ("invalid context type"). Add the SELinux type, e.g. \`type: httpd_sys_content_t\`.`));
    }
    else if (typeValue?.kind !== 'string' || typeValue.value.trim() === '') {
        out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* valuePos */.i8)(src, type), 'error', appspec_context_RULE, `\`type\` in the context of ${file} must name an SELinux type such as httpd_sys_content_t; got ${(0,validate_source/* describeNode */.WQ)(type.value)}.`));
    }
    const range = (0,validate_source/* getPair */.xf)(map, 'range');
    if (range) {
        const v = psychValue(range.value);
        if (v.kind !== 'null') {
            const problem = v.kind === 'string' ? rangeProblem(v.value) : `it is ${(0,validate_source/* describeNode */.WQ)(range.value)}, not text`;
            if (problem) {
                out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* valuePos */.i8)(src, range), 'error', appspec_context_RULE, `SELinux range ${v.kind === 'string' ? `'${v.value}' ` : ''}in the context of ${file} is refused: ${problem}. A range is s<low>[-s<high>][:c<n>[.c<m>],…], e.g. s0 or s0-s0:c0.c1023.`));
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/validate/appspec-mode.ts



/** What ModeInfo.new(mode) does with the value the agent loaded (`mode` undefined: no mode is set). */
function agentMode(node) {
    const v = psychValue(node);
    if (v.kind === 'null')
        return { ok: true };
    const text = rubyToS(v);
    if (text === undefined)
        return { ok: false, reason: 'not-scalar' };
    const mode = text.padStart(3, '0');
    if (mode.length > 4)
        return { ok: false, reason: 'length', mode };
    const bad = [...mode].find((c) => c < '0' || c > '7');
    if (bad !== undefined)
        return { ok: false, reason: 'character', mode, char: bad };
    return { ok: true, mode };
}
/** The octal value a person means by the digits written (undefined when they are not 1-4 octal digits). */
function intended(written) {
    const digits = written
        .replace(/^\+/, '')
        .replace(/_/g, '')
        .replace(/^0+(?=\d{4})/, '');
    return /^[0-7]{1,4}$/.test(digits) ? parseInt(digits, 8) : undefined;
}
const appspec_mode_RULE = 'appspec/permissions';
function checkMode(src, pair) {
    const file = src.file;
    const pos = (0,validate_source/* valuePos */.i8)(src, pair);
    const s = (0,validate_source/* asScalar */.T7)(pair.value);
    const written = s ? (0,validate_source/* scalarSource */.aO)(s) : '';
    const loaded = psychValue(pair.value);
    const octal = loaded.kind === 'int' && /^[-+]?0[0-7_,]+$/.test(written);
    const asOctal = `YAML 1.1 reads an unquoted number with a leading 0 as octal, so the agent gets ${loaded.kind === 'int' ? loaded.value.toString() : ''}`;
    const digits = written.replace(/^[+0]+(?=\d{3})/, '').replace(/_/g, '');
    const quoteFix = /^[0-7]{3,4}$/.test(digits)
        ? ` Quote it: \`mode: "${digits}"\` (or write \`mode: ${digits}\` without the leading 0).`
        : '';
    const verdict = agentMode(pair.value);
    const say = (severity, message) => [(0,validate_source/* finding */.gk)(file, pos, severity, appspec_mode_RULE, message)];
    if (verdict.ok && verdict.mode === undefined) {
        return say('warning', `\`mode\` in the permissions of ${file} is empty, so the agent sets no mode. Write one (e.g. \`mode: 755\`) or remove the key.`);
    }
    if (!verdict.ok) {
        if (verdict.reason === 'not-scalar') {
            return say('error', `\`mode\` in the permissions of ${file} must be an octal mode such as 755 or "0644"; got ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        }
        const why = verdict.reason === 'length'
            ? 'rejects it ("Permissions modes must be between one and four characters long")'
            : `rejects it ("invalid character (${verdict.char ?? ''})")`;
        return say('error', `\`mode: ${written}\` in ${file}: ${octal ? `${asOctal} and ` : 'the agent '}${why}; the deployment fails at Install.${octal ? quoteFix : ' Use one to four octal digits (0-7), e.g. 755 or "0644".'}`);
    }
    if (!s || s.type !== 'PLAIN')
        return [];
    const mode = verdict.mode;
    const meant = intended(written);
    if (meant === parseInt(mode, 8))
        return [];
    // Leading-0 octal: the agent applies other bits than the digits say. Hex, binary, base 60 or
    // thousands separators: the number is applied as written, in a spelling few mean as a mode.
    if (octal && meant !== undefined) {
        return say('error', `\`mode: ${written}\` in ${file}: ${asOctal} and applies mode ${mode}, not ${written}.${quoteFix}`);
    }
    return say(meant === undefined ? 'warning' : 'error', `\`mode: ${written}\` in ${file} is read by YAML 1.1 as ${loaded.kind === 'int' ? `the number ${loaded.value.toString()}` : `'${mode}'`}, so the agent applies mode ${mode}. Write the mode as octal digits, e.g. \`mode: ${mode.replace(/^0(?=\d{3})/, '')}\`.`);
}

;// CONCATENATED MODULE: ./src/validate/appspec-permissions.ts





const appspec_permissions_RULE = 'appspec/permissions';
const PERMISSION_KEYS = ['object', 'pattern', 'except', 'owner', 'group', 'mode', 'acls', 'context', 'type'];
function checkType(src, type) {
    const list = (0,validate_source/* asSeq */.wH)(type.value);
    if (!list) {
        return [
            (0,validate_source/* finding */.gk)(src.file, (0,validate_source/* valuePos */.i8)(src, type), 'error', appspec_permissions_RULE, `\`type\` in the permissions of ${src.file} must be a list (\`type: [file]\`, \`[directory]\` or both); got ${(0,validate_source/* describeNode */.WQ)(type.value)}.`),
        ];
    }
    const out = [];
    for (const t of list.items) {
        const v = (0,validate_source/* scalarString */.Cg)(t);
        if (v !== 'file' && v !== 'directory') {
            out.push((0,validate_source/* finding */.gk)(src.file, (0,validate_source/* nodePos */.TP)(src, t), 'error', appspec_permissions_RULE, `\`type\` entries in the permissions of ${src.file} must be file or directory; got ${v === undefined ? (0,validate_source/* describeNode */.WQ)(t) : (0,validate_source/* show */.WU)(v)}.`));
        }
    }
    return out;
}
function checkEntry(src, m) {
    const file = src.file;
    const out = [];
    const object = (0,validate_source/* scalarString */.Cg)((0,validate_source/* getPair */.xf)(m, 'object')?.value);
    if (object === undefined || object.trim() === '') {
        out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* nodePos */.TP)(src, m), 'error', appspec_permissions_RULE, `A \`permissions\` entry in ${file} has no \`object\` (the file or folder on the instance it applies to); the deployment fails.`));
    }
    for (const p of (0,validate_source/* pairs */.AS)(m)) {
        const k = (0,validate_source/* keyText */.Pu)(p);
        if (!PERMISSION_KEYS.includes(k)) {
            out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* pairPos */.Rw)(src, p), 'warning', appspec_permissions_RULE, `Unknown key '${k}' in a \`permissions\` entry of ${file}; it is ignored.${(0,suggest/* didYouMean */.au)(k, PERMISSION_KEYS)}`));
        }
    }
    const mode = (0,validate_source/* getPair */.xf)(m, 'mode');
    if (mode)
        out.push(...checkMode(src, mode));
    const type = (0,validate_source/* getPair */.xf)(m, 'type');
    const acls = (0,validate_source/* getPair */.xf)(m, 'acls');
    if (acls)
        out.push(...checkAcls(src, acls, type));
    const context = (0,validate_source/* getPair */.xf)(m, 'context');
    if (context)
        out.push(...checkContext(src, context));
    if (!['owner', 'group', 'mode', 'acls', 'context'].some((k) => (0,validate_source/* getPair */.xf)(m, k))) {
        const pattern = (0,validate_source/* scalarString */.Cg)((0,validate_source/* getPair */.xf)(m, 'pattern')?.value);
        out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* nodePos */.TP)(src, m), 'warning', appspec_permissions_RULE, `A \`permissions\` entry in ${file} sets nothing: it has no owner, group, mode, acls or context.${pattern && /^[+-]?[rwx]+$|^\d{3,4}$/.test(pattern) ? ` '${pattern}' under \`pattern\` is a file-name glob, not a mode: write \`mode: 755\` (and a pattern such as "*.sh").` : ''}`));
    }
    if (type)
        out.push(...checkType(src, type));
    return out;
}
function checkPermissions(src, pair, os) {
    if (!pair || pair.value === null || (0,validate_source/* asScalar */.T7)(pair.value)?.value === null)
        return [];
    const file = src.file;
    const seq = (0,validate_source/* asSeq */.wH)(pair.value);
    if (!seq) {
        return [
            (0,validate_source/* finding */.gk)(file, (0,validate_source/* valuePos */.i8)(src, pair), 'error', appspec_permissions_RULE, `\`permissions\` in ${file} must be a list of \`- object: …\` entries; it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`),
        ];
    }
    if (os === 'windows' && seq.items.length > 0) {
        return [
            (0,validate_source/* finding */.gk)(file, (0,validate_source/* pairPos */.Rw)(src, pair), 'error', appspec_permissions_RULE, `\`permissions\` in ${file} is only supported on Linux instances; with \`os: windows\` the deployment fails. Remove the section and set ACLs from a hook script.`),
        ];
    }
    const out = [];
    for (const item of seq.items) {
        const m = (0,validate_source/* asMap */.$H)(item);
        if (m)
            out.push(...checkEntry(src, m));
        else {
            out.push((0,validate_source/* finding */.gk)(file, (0,validate_source/* nodePos */.TP)(src, item), 'error', appspec_permissions_RULE, `Each \`permissions\` entry in ${file} must be a mapping with at least \`object\`; got ${(0,validate_source/* describeNode */.WQ)(item)}.`));
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/validate/appspec-reader.ts
var appspec_reader = __nccwpck_require__(540);
// EXTERNAL MODULE: ./src/validate/paths.ts
var paths = __nccwpck_require__(2906);
;// CONCATENATED MODULE: ./src/validate/scripts.ts

/** The first line that ends in CR, 1-based; 0 when none. */
function firstCrlfLine(text) {
    const i = text.indexOf('\r\n');
    if (i < 0)
        return 0;
    let line = 1;
    for (let k = 0; k < i; k++)
        if (text.charCodeAt(k) === 10)
            line++;
    return line;
}
/**
 * CRLF line endings in a script run on Linux. A `#!` line ending in `\r` makes the kernel look for
 * an interpreter named `bash\r` ("bad interpreter: ^M"); CR elsewhere breaks commands
 * (`$'\r': command not found`).
 */
function checkLineEndings(path, text, runBy) {
    const line = firstCrlfLine(text);
    if (!line)
        return [];
    const firstLine = text.split('\n', 1)[0] ?? '';
    if (firstLine.startsWith('#!') && firstLine.endsWith('\r')) {
        const interp = firstLine.slice(2, -1).trim();
        return [
            (0,validate_source/* finding */.gk)(path, { line: 1, column: firstLine.length }, 'error', 'script/crlf', `${path} has Windows (CRLF) line endings: the #! line ends in a carriage return, so ${runBy} fails with "${interp}^M: bad interpreter: No such file or directory". Convert the file to LF line endings (e.g. \`dos2unix ${path}\`, or \`* text=auto eol=lf\` for scripts in .gitattributes).`),
        ];
    }
    return [
        (0,validate_source/* finding */.gk)(path, { line, column: 1 }, 'error', 'script/crlf', `${path} has Windows (CRLF) line endings from line ${line} on: the shell reads the carriage return as part of each command ($'\\r': command not found). Convert the file to LF line endings (e.g. \`dos2unix ${path}\`).`),
    ];
}
function isTextScript(text) {
    return !text.startsWith('\x7fELF');
}
function notExecutable(path, severity, rule, what) {
    return (0,validate_source/* finding */.gk)(path, { line: 1, column: 1 }, severity, rule, `${path} is not executable in the bundle (no x bit). ${what} Set it with \`chmod +x ${path}\` and commit it (\`git update-index --chmod=+x ${path}\`), and build the bundle with a tool that keeps unix modes.`);
}

// EXTERNAL MODULE: ./src/validate/tree.ts
var tree = __nccwpck_require__(3736);
;// CONCATENATED MODULE: ./src/validate/appspec.ts








const APPSPEC_NAMES = ['appspec.yml', 'appspec.yaml', 'appspec.json'];
const EC2_HOOKS = [
    'ApplicationStop',
    'BeforeInstall',
    'AfterInstall',
    'ApplicationStart',
    'ValidateService',
    'BeforeBlockTraffic',
    'AfterBlockTraffic',
    'BeforeAllowTraffic',
    'AfterAllowTraffic',
];
/** Lifecycle events CodeDeploy runs itself: a script listed under them never runs. */
const EC2_RESERVED_EVENTS = ['Start', 'DownloadBundle', 'Install', 'BlockTraffic', 'AllowTraffic', 'End'];
/** Run from the last successful revision's bundle, not this one. */
const PREVIOUS_REVISION_HOOKS = ['ApplicationStop', 'BeforeBlockTraffic', 'AfterBlockTraffic'];
const ECS_HOOKS = ['BeforeInstall', 'AfterInstall', 'AfterAllowTestTraffic', 'BeforeAllowTraffic', 'AfterAllowTraffic'];
const LAMBDA_HOOKS = ['BeforeAllowTraffic', 'AfterAllowTraffic'];
const EC2_KEYS = ['version', 'os', 'files', 'permissions', 'hooks', 'file_exists_behavior'];
const SERVERLESS_KEYS = ['version', 'Resources', 'Hooks'];
const SCRIPT_KEYS = ['location', 'timeout', 'runas', 'sudo'];
const FILE_KEYS = ['source', 'destination'];
const FILE_EXISTS = ['DISALLOW', 'OVERWRITE', 'RETAIN'];
const MAX_TIMEOUT = 3600;
const ARCHIVE_DIR = '<deployment-root>/<deployment-group-id>/<deployment-id>/deployment-archive';
function locateAppspec(index, required) {
    const findings = [];
    const atRoot = APPSPEC_NAMES.filter((n) => index.isFile(n));
    const oneDown = [];
    const deeper = [];
    for (const p of index.files()) {
        const base = (0,paths/* baseName */.Fl)(p);
        if (!APPSPEC_NAMES.includes(base) || !p.includes('/'))
            continue;
        if (/(^|\/)(node_modules|\.git)\//.test(p))
            continue;
        (p.split('/').length === 2 ? oneDown : deeper).push(p);
    }
    if (atRoot.length > 0) {
        const chosen = atRoot[0];
        if (atRoot.length > 1) {
            findings.push((0,validate_source/* finding */.gk)(atRoot[1], { line: 1, column: 1 }, 'warning', 'appspec/multiple', `The bundle root holds ${atRoot.join(' and ')}; the agent reads one of them (${chosen} here). Keep a single AppSpec file so the one you edit is the one that runs.`));
        }
        return { findings, appspec: chosen, root: '' };
    }
    if (oneDown.length === 1 && deeper.length === 0) {
        const nested = oneDown[0];
        const root = (0,paths/* dirName */.BB)(nested);
        const outside = index.children('').filter((p) => p !== root);
        findings.push((0,validate_source/* finding */.gk)(nested, { line: 1, column: 1 }, 'warning', 'appspec/not-at-root', `The AppSpec file is ${nested}, not at the bundle root. Current agents (1.1+) move the folder '${root}/' up to become the bundle root${outside.length ? ` and delete everything outside it (${outside.slice(0, 3).join(', ')}${outside.length > 3 ? ', …' : ''})` : ''}; older agents fail with "appspec file is not found". Bundle the contents of '${root}/' instead of the folder. Paths below are checked relative to '${root}/'.`));
        return { findings, appspec: nested, root };
    }
    if (oneDown.length + deeper.length > 0) {
        const all = [...oneDown, ...deeper];
        findings.push((0,validate_source/* finding */.gk)(all[0], { line: 1, column: 1 }, 'error', 'appspec/not-at-root', `No AppSpec file at the bundle root, but ${all.join(', ')} ${all.length > 1 ? 'exist' : 'exists'} in a subfolder. The agent only looks at the root (or a single folder one level down) and fails with "appspec file is not found". Bundle the folder that contains the AppSpec file as the root, e.g. ${(0,paths/* dirName */.BB)(all[0])}/.`));
        return { findings, root: '' };
    }
    if (required) {
        findings.push((0,validate_source/* finding */.gk)('appspec.yml', { line: 1, column: 1 }, 'error', 'appspec/missing', 'The bundle has no appspec.yml at its root: every CodeDeploy EC2/on-premises deployment fails with "appspec file is not found". Add appspec.yml at the root of the folder you bundle.'));
    }
    return { findings, root: '' };
}
function push(ctx, pos, severity, rule, message) {
    ctx.out.push((0,validate_source/* finding */.gk)(ctx.file, pos, severity, rule, message));
}
function inRoot(ctx, rel) {
    return (0,tree/* normalizeTreePath */.Zn)(ctx.root ? `${ctx.root}/${rel}` : rel);
}
function fromRoot(ctx, bundlePath) {
    return ctx.root && bundlePath.startsWith(`${ctx.root}/`) ? bundlePath.slice(ctx.root.length + 1) : bundlePath;
}
function detectPlatform(map) {
    const resources = (0,validate_source/* getPair */.xf)(map, 'Resources') ?? (0,validate_source/* getPair */.xf)(map, 'resources');
    if (!resources)
        return 'ec2';
    const text = JSON.stringify(resources.value ?? null);
    if (/AWS::Lambda::Function/i.test(text))
        return 'lambda';
    return 'ecs';
}
/** Validate one AppSpec file; `root` is the folder the agent treats as the bundle root. */
function validateAppspec(index, file, root) {
    const text = index.read(file);
    if (text === undefined) {
        return [
            (0,validate_source/* finding */.gk)(file, { line: 1, column: 1 }, 'error', 'appspec/syntax', `${file} could not be read as a text file (binary or larger than 512 KiB).`),
        ];
    }
    const { source, findings } = (0,appspec_reader/* readAppspec */.VL)(file, text);
    if (!source)
        return findings;
    const ctx = { src: source, file, index, root, out: findings };
    const top = (0,validate_source/* asMap */.$H)(source.doc.contents);
    if (!top) {
        push(ctx, (0,validate_source/* nodePos */.TP)(source, source.doc.contents), 'error', 'appspec/not-a-mapping', `${file} must be a mapping with version, os, files and hooks; it holds ${(0,validate_source/* describeNode */.WQ)(source.doc.contents)}.`);
        return ctx.out;
    }
    const platform = detectPlatform(top);
    if (platform === 'ec2')
        validateEc2(ctx, top);
    else
        validateServerless(ctx, top, platform);
    return ctx.out;
}
function checkVersion(ctx, top, strictNumber) {
    const pair = (0,validate_source/* getPair */.xf)(top, 'version');
    if (!pair) {
        push(ctx, { line: 1, column: 1 }, 'error', 'appspec/version', `${ctx.file} has no \`version\`; add \`version: 0.0\` (the only accepted value).`);
        return;
    }
    const s = (0,validate_source/* asScalar */.T7)(pair.value);
    const value = s?.value;
    const okNumber = typeof value === 'number' && value === 0;
    const okString = typeof value === 'string' && /^0(\.0)?$/.test(value.trim());
    if (okNumber || (okString && !strictNumber))
        return;
    if (okString) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'appspec/version', `\`version\` in ${ctx.file} is the string ${(0,validate_source/* show */.WU)(value)}; the agent compares it with the number 0.0 and fails ("invalid version value"). Write \`version: 0.0\` without quotes.`);
        return;
    }
    push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'appspec/version', `\`version\` in ${ctx.file} must be 0.0; got ${s ? (0,validate_source/* show */.WU)(s.value === null ? null : (0,validate_source/* scalarSource */.aO)(s)) : (0,validate_source/* describeNode */.WQ)(pair.value)}.`);
}
function checkUnknownKeys(ctx, top, known, platform) {
    for (const p of (0,validate_source/* pairs */.AS)(top)) {
        const k = (0,validate_source/* keyText */.Pu)(p);
        if (known.includes(k))
            continue;
        const wrongCase = known.find((n) => n.toLowerCase() === k.toLowerCase());
        const bare = k.replace(/[^A-Za-z]/g, '');
        const strayHook = [...EC2_HOOKS, ...ECS_HOOKS].find((h) => h === bare);
        if (strayHook) {
            push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'error', 'appspec/unknown-key', `'${k}' in ${ctx.file} looks like the ${strayHook} hook, but it is a top-level key (check the indentation and stray characters), so its scripts never run. Put it under \`${platform === 'EC2/on-premises' ? 'hooks' : 'Hooks'}:\`, indented like the other events.`);
            continue;
        }
        const hint = wrongCase ? ` Keys are case-sensitive: write '${wrongCase}'.` : (0,suggest/* didYouMean */.au)(k, known);
        push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), wrongCase ? 'error' : 'warning', 'appspec/unknown-key', `Unknown top-level key '${k}' in ${ctx.file} (${platform} AppSpec keys: ${known.join(', ')}); it is ignored.${hint}`);
    }
}
function validateEc2(ctx, top) {
    checkUnknownKeys(ctx, top, EC2_KEYS, 'EC2/on-premises');
    checkVersion(ctx, top, true);
    let os = 'linux';
    const osPair = (0,validate_source/* getPair */.xf)(top, 'os');
    if (!osPair) {
        push(ctx, { line: 1, column: 1 }, 'error', 'appspec/os', `${ctx.file} has no \`os\`; add \`os: linux\` or \`os: windows\`.`);
    }
    else {
        const v = (0,validate_source/* scalarString */.Cg)(osPair.value);
        if (v === 'linux' || v === 'windows')
            os = v;
        else {
            if (v?.toLowerCase() === 'windows')
                os = 'windows';
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, osPair), 'error', 'appspec/os', `\`os\` in ${ctx.file} must be linux or windows (lower case); got ${v === undefined ? (0,validate_source/* describeNode */.WQ)(osPair.value) : (0,validate_source/* show */.WU)(v)}.`);
        }
    }
    const feb = (0,validate_source/* getPair */.xf)(top, 'file_exists_behavior');
    if (feb) {
        const v = (0,validate_source/* scalarString */.Cg)(feb.value);
        if (!v || !FILE_EXISTS.includes(v)) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, feb), 'error', 'appspec/file-exists-behavior', `\`file_exists_behavior\` in ${ctx.file} must be one of ${FILE_EXISTS.join(', ')}; got ${v === undefined ? (0,validate_source/* describeNode */.WQ)(feb.value) : (0,validate_source/* show */.WU)(v)}.`);
        }
    }
    const files = checkFiles(ctx, top, os);
    ctx.out.push(...checkPermissions(ctx.src, (0,validate_source/* getPair */.xf)(top, 'permissions'), os));
    checkEc2Hooks(ctx, top, os, files);
}
function normalizeDestination(d, os) {
    let s = d.trim().replace(/\\/g, '/');
    if (os === 'windows')
        s = s.replace(/^[A-Za-z]:/, (m) => m.toLowerCase());
    s = s.replace(/\/+/g, '/');
    if (s.length > 1)
        s = s.replace(/\/$/, '');
    return s;
}
function checkFiles(ctx, top, os) {
    const mappings = [];
    const pair = (0,validate_source/* getPair */.xf)(top, 'files');
    if (!pair || pair.value === null || ((0,validate_source/* asScalar */.T7)(pair.value) && (0,validate_source/* asScalar */.T7)(pair.value)?.value === null))
        return mappings;
    const seq = (0,validate_source/* asSeq */.wH)(pair.value);
    if (!seq) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'appspec/files-shape', `\`files\` in ${ctx.file} must be a list of \`- source: … destination: …\` entries; it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return mappings;
    }
    for (const item of seq.items) {
        const m = (0,validate_source/* asMap */.$H)(item);
        if (!m) {
            push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, item), 'error', 'appspec/files-shape', `Each \`files\` entry in ${ctx.file} must be a mapping with source and destination; got ${(0,validate_source/* describeNode */.WQ)(item)}.`);
            continue;
        }
        for (const p of (0,validate_source/* pairs */.AS)(m)) {
            const k = (0,validate_source/* keyText */.Pu)(p);
            if (FILE_KEYS.includes(k))
                continue;
            const hint = /overwrite|exist/i.test(k)
                ? ' To replace files already on the instance, use the top-level `file_exists_behavior: OVERWRITE` instead.'
                : (0,suggest/* didYouMean */.au)(k, FILE_KEYS);
            push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'warning', 'appspec/files-unknown-key', `\`files\` entries take only source and destination; '${k}' in ${ctx.file} is ignored.${hint}`);
        }
        const srcPair = (0,validate_source/* getPair */.xf)(m, 'source');
        const dstPair = (0,validate_source/* getPair */.xf)(m, 'destination');
        const source = srcPair ? (0,validate_source/* scalarString */.Cg)(srcPair.value) : undefined;
        const destination = dstPair ? (0,validate_source/* scalarString */.Cg)(dstPair.value) : undefined;
        if (source === undefined || destination === undefined) {
            push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, m), 'error', 'appspec/files-shape', `A \`files\` entry in ${ctx.file} has no ${source === undefined ? 'source' : 'destination'}; each entry needs both (\`- source: /\` and \`destination: /var/www/app\`).`);
            continue;
        }
        if (srcPair && !ctx.index.exists(inRoot(ctx, source))) {
            const near = (0,suggest/* closest */.kp)((0,paths/* baseName */.Fl)((0,tree/* normalizeTreePath */.Zn)(source)), ctx.index.children(inRoot(ctx, (0,paths/* dirName */.BB)((0,tree/* normalizeTreePath */.Zn)(source)))).map(paths/* baseName */.Fl));
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, srcPair), 'error', 'appspec/files-source-missing', `\`files\` source '${source}' in ${ctx.file} does not exist in the bundle (sources are relative to the bundle root; '/' means all of it); the Install step fails.${near[0] ? ` Did you mean '${(0,tree/* normalizeTreePath */.Zn)(`${(0,paths/* dirName */.BB)((0,tree/* normalizeTreePath */.Zn)(source))}/${near[0]}`)}'?` : ''}`);
        }
        const absolute = os === 'windows' ? /^([A-Za-z]:[\\/]|[\\/])/.test(destination.trim()) : destination.trim().startsWith('/');
        if (dstPair && !absolute) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, dstPair), 'error', 'appspec/files-destination-relative', `\`files\` destination '${destination}' in ${ctx.file} must be an absolute path on the instance (${os === 'windows' ? 'e.g. C:\\inetpub\\wwwroot' : 'e.g. /var/www/app'}).`);
        }
        mappings.push({ source, destination: normalizeDestination(destination, os) });
    }
    return mappings;
}
// --- hooks ---------------------------------------------------------------------------------
/** Map an absolute path on the instance back to the bundle file `files` installs there. */
function mapThroughFiles(abs, files, os) {
    const out = [];
    const target = normalizeDestination(abs, os);
    for (const f of files) {
        const dest = f.destination;
        const prefix = dest === '/' ? '/' : `${dest}/`;
        if (!target.startsWith(prefix))
            continue;
        const rest = target.slice(prefix.length);
        const src = (0,tree/* normalizeTreePath */.Zn)(f.source);
        out.push({ candidate: (0,tree/* normalizeTreePath */.Zn)(`${src}/${rest}`), mapping: f });
        if (rest === (0,paths/* baseName */.Fl)(src))
            out.push({ candidate: src, mapping: f });
    }
    return out;
}
function locationCandidates(ctx, location, resolved, files, os) {
    const seen = new Set();
    const list = [];
    let via;
    const add = (rel) => {
        if (!rel || seen.has(rel))
            return;
        if (!ctx.index.isFile(inRoot(ctx, rel)))
            return;
        seen.add(rel);
        list.push(rel);
    };
    const abs = resolved.outside ?? (resolved.rel !== undefined ? `/${resolved.rel}` : undefined);
    if (abs) {
        for (const m of mapThroughFiles(abs, files, os)) {
            const before = list.length;
            add(m.candidate);
            if (list.length > before && !via)
                via = m.mapping;
        }
    }
    const target = resolved.rel ?? resolved.outside?.slice(1) ?? (0,tree/* normalizeTreePath */.Zn)(location);
    const base = (0,paths/* baseName */.Fl)(target);
    // Same name elsewhere in the bundle.
    for (const p of ctx.index.byBase.get(base) ?? []) {
        if (ctx.root && !p.startsWith(`${ctx.root}/`))
            continue;
        add(fromRoot(ctx, p));
    }
    // Case or a typo away.
    const lower = ctx.index.lowerToPath.get(inRoot(ctx, target).toLowerCase());
    if (lower)
        add(fromRoot(ctx, lower));
    const scope = ctx.root ? ctx.index.files().filter((p) => p.startsWith(`${ctx.root}/`)) : ctx.index.files();
    const typos = scope
        .map((p) => fromRoot(ctx, p))
        .map((p) => [p, (0,suggest/* editDistance */.YC)(p.toLowerCase(), target.toLowerCase())])
        .filter(([p, d]) => d > 0 && d <= Math.max(1, Math.min(3, Math.floor((0,paths/* baseName */.Fl)(p).length / 4))))
        .sort((a, b) => a[1] - b[1]);
    for (const [p] of typos.slice(0, 3))
        add(p);
    return { list: list.slice(0, 4), via };
}
function checkEc2Hooks(ctx, top, os, files) {
    const pair = (0,validate_source/* getPair */.xf)(top, 'hooks');
    if (!pair || pair.value === null || (0,validate_source/* asScalar */.T7)(pair.value)?.value === null)
        return;
    const hooks = (0,validate_source/* asMap */.$H)(pair.value);
    if (!hooks) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'appspec/hook-shape', `\`hooks\` in ${ctx.file} must map lifecycle events to lists of scripts (\`AfterInstall:\` then \`- location: scripts/x.sh\`); it holds ${(0,validate_source/* describeNode */.WQ)(pair.value)}.`);
        return;
    }
    for (const event of (0,validate_source/* pairs */.AS)(hooks)) {
        const name = (0,validate_source/* keyText */.Pu)(event);
        const eventPos = (0,validate_source/* pairPos */.Rw)(ctx.src, event);
        if (EC2_RESERVED_EVENTS.includes(name)) {
            push(ctx, eventPos, 'error', 'appspec/hook-not-scriptable', `'${name}' in ${ctx.file} is a lifecycle event CodeDeploy runs itself; it cannot run scripts, so these never run. Use ${name === 'Install' || name === 'DownloadBundle' ? 'BeforeInstall or AfterInstall' : name === 'BlockTraffic' ? 'BeforeBlockTraffic or AfterBlockTraffic' : name === 'AllowTraffic' ? 'BeforeAllowTraffic or AfterAllowTraffic' : 'one of ' + EC2_HOOKS.join(', ')}.`);
            continue;
        }
        if (!EC2_HOOKS.includes(name)) {
            const hint = ECS_HOOKS.includes(name)
                ? ` ('${name}' exists only for ECS deployments.)`
                : (0,suggest/* didYouMean */.au)(name, EC2_HOOKS);
            push(ctx, eventPos, 'error', 'appspec/hook-unknown', `'${name}' in ${ctx.file} is not an EC2/on-premises lifecycle event, so its scripts never run. Valid hooks: ${EC2_HOOKS.join(', ')}.${hint}`);
            continue;
        }
        const scripts = (0,validate_source/* asSeq */.wH)(event.value);
        const empty = !scripts ? event.value === null || (0,validate_source/* asScalar */.T7)(event.value)?.value === null : scripts.items.length === 0;
        if (empty) {
            push(ctx, eventPos, 'warning', 'appspec/hook-shape', `Hook ${name} in ${ctx.file} has no scripts. Current agents skip it; agents before 1.1 failed the deployment on an empty hook. Remove it or add \`- location: scripts/${name.toLowerCase()}.sh\`.`);
            continue;
        }
        if (!scripts) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, event), 'error', 'appspec/hook-shape', `Hook ${name} in ${ctx.file} must be a list of scripts (\`- location: …\`, with optional timeout and runas); it holds ${(0,validate_source/* describeNode */.WQ)(event.value)}.`);
            continue;
        }
        let total = 0;
        for (const item of scripts.items) {
            const script = (0,validate_source/* asMap */.$H)(item);
            if (!script) {
                push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, item), 'error', 'appspec/hook-shape', `Each script under ${name} in ${ctx.file} must be a mapping with \`location\`; got ${(0,validate_source/* describeNode */.WQ)(item)}${(0,validate_source/* asScalar */.T7)(item) ? ` — write \`- location: ${(0,validate_source/* scalarString */.Cg)(item) ?? ''}\`` : ''}.`);
                continue;
            }
            for (const p of (0,validate_source/* pairs */.AS)(script)) {
                const k = (0,validate_source/* keyText */.Pu)(p);
                if (!SCRIPT_KEYS.includes(k)) {
                    push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'warning', 'appspec/hook-unknown-key', `Unknown key '${k}' in a ${name} script of ${ctx.file} (accepted: location, timeout, runas); it is ignored.${(0,suggest/* didYouMean */.au)(k, SCRIPT_KEYS)}`);
                }
            }
            const t = checkTimeout(ctx, name, script);
            if (t !== undefined)
                total += t;
            const runas = (0,validate_source/* getPair */.xf)(script, 'runas');
            if (runas && os === 'windows') {
                push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, runas), 'warning', 'appspec/runas-windows', `\`runas\` in ${ctx.file} is not supported on Windows Server instances; the ${name} script runs as the agent's account (LocalSystem) regardless. Remove it.`);
            }
            checkLocation(ctx, name, script, os, files);
        }
        if (total > MAX_TIMEOUT) {
            push(ctx, eventPos, 'error', 'appspec/hook-event-timeout', `The scripts of ${name} in ${ctx.file} declare ${total} s of timeouts in total; all scripts of one lifecycle event may take at most ${MAX_TIMEOUT} s, after which the deployment fails. Lower the timeouts or move work to another event.`);
        }
    }
}
function checkTimeout(ctx, hook, script) {
    const pair = (0,validate_source/* getPair */.xf)(script, 'timeout');
    if (!pair)
        return undefined;
    const s = (0,validate_source/* asScalar */.T7)(pair.value);
    const raw = s?.value;
    let seconds;
    if (typeof raw === 'number')
        seconds = Math.trunc(raw);
    else if (typeof raw === 'string')
        seconds = /^\s*\d+/.test(raw) ? parseInt(raw, 10) : 0;
    else
        seconds = 0;
    if (seconds <= 0) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'appspec/hook-timeout', `\`timeout\` of a ${hook} script in ${ctx.file} must be a whole number of seconds between 1 and ${MAX_TIMEOUT}; got ${s ? (0,validate_source/* show */.WU)(s.value) : (0,validate_source/* describeNode */.WQ)(pair.value)} (the agent rejects it as an invalid timeout).`);
        return undefined;
    }
    if (seconds > MAX_TIMEOUT) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, pair), 'error', 'appspec/hook-timeout', `\`timeout: ${seconds}\` for a ${hook} script in ${ctx.file} exceeds ${MAX_TIMEOUT} s, the most one lifecycle event may run; the deployment fails at ${MAX_TIMEOUT} s. Use at most ${MAX_TIMEOUT}.`);
    }
    return seconds;
}
function checkLocation(ctx, hook, script, os, files) {
    const pair = (0,validate_source/* getPair */.xf)(script, 'location');
    const location = pair ? (0,validate_source/* scalarString */.Cg)(pair.value)?.trim() : undefined;
    if (!pair || !location) {
        push(ctx, pair ? (0,validate_source/* valuePos */.i8)(ctx.src, pair) : (0,validate_source/* nodePos */.TP)(ctx.src, script), 'error', 'appspec/hook-shape', `A ${hook} script in ${ctx.file} has no \`location\`; the deployment fails ("script with no location value"). Add \`location: scripts/${hook.toLowerCase()}.sh\` (relative to the bundle root).`);
        return;
    }
    const pos = (0,validate_source/* valuePos */.i8)(ctx.src, pair);
    const resolved = resolveLocation(location, os);
    const previous = PREVIOUS_REVISION_HOOKS.includes(hook)
        ? ` (${hook} runs the script from the last successful revision's bundle, so a fix here takes effect from the deployment after the next one.)`
        : '';
    if (resolved.climbs) {
        const suggestion = locationCandidates(ctx, location, resolved, files, os).list[0];
        const reason = climbReason(resolved);
        push(ctx, pos, reason.severity, 'appspec/hook-location-outside', `\`location\` '${location}' of ${hook} in ${ctx.file} ${reason.text} Hook locations are relative to the bundle root:${suggestion ? ` write \`location: ${suggestion}\`.` : ' point it at the script inside the bundle.'}`);
        return;
    }
    if (os === 'linux' && location.includes('\\')) {
        const slashed = resolveLocation(location.replace(/\\/g, '/'), os).rel ?? location.replace(/\\/g, '/');
        push(ctx, pos, 'error', 'appspec/hook-location-backslash', `\`location\` '${location}' of ${hook} in ${ctx.file} uses backslashes. On Linux the agent reads them as part of a file name, looks for a file literally named '${location}' and fails with ScriptMissing. Use forward slashes: \`location: ${slashed}\`.${ctx.index.isFile(inRoot(ctx, slashed)) ? '' : ` (${slashed} is not in the bundle either.)`}`);
        return;
    }
    const rel = resolved.rel ?? '';
    const bundlePath = inRoot(ctx, rel);
    const entry = ctx.index.get(bundlePath);
    if (!entry || entry.type === 'dir') {
        const cands = locationCandidates(ctx, location, resolved, files, os);
        const agentPath = `${ARCHIVE_DIR}/${rel}`;
        const why = location.startsWith('/') || /^[A-Za-z]:/.test(location) ? " A leading '/' does not make it an absolute path on the instance." : '';
        let hint = '';
        if (cands.list.length) {
            const first = cands.list[0];
            const viaText = cands.via && mapThroughFiles(resolved.outside ?? `/${rel}`, [cands.via], os).some((c) => c.candidate === first)
                ? ` (files maps source '${cands.via.source}' to '${cands.via.destination}'; hooks run from the bundle, not from files.destination)`
                : '';
            hint = ` Did you mean ${cands.list.map((c) => `'${c}'`).join(' or ')}${viaText}?`;
        }
        push(ctx, pos, 'error', 'appspec/hook-location-missing', `${entry ? 'Folder' : 'Script'} '${location}' of ${hook} in ${ctx.file} ${entry ? 'is a folder, not a script' : 'is not in the bundle'}. Hook locations are relative to the bundle root; the agent will run ${agentPath} and fail with ScriptMissing.${why}${hint}${previous}`);
        return;
    }
    if (os !== 'linux')
        return;
    const text = ctx.index.read(bundlePath);
    if (text !== undefined && isTextScript(text)) {
        ctx.out.push(...checkLineEndings(bundlePath, text, `the ${hook} hook`));
    }
    if (entry.type === 'file' && !(0,paths/* isExecutable */.TV)(entry)) {
        ctx.out.push(notExecutable(bundlePath, 'warning', 'script/not-executable', `The CodeDeploy agent runs \`chmod +x\` on it before ${hook} (logging "is not executable. Trying to make it executable."), so the hook still runs, but the copy installed by \`files\` keeps the missing bit.`));
    }
}
// --- ECS / Lambda --------------------------------------------------------------------------
function validateServerless(ctx, top, platform) {
    const label = platform === 'ecs' ? 'ECS' : 'Lambda';
    checkUnknownKeys(ctx, top, SERVERLESS_KEYS, label);
    checkVersion(ctx, top, false);
    const resPair = (0,validate_source/* getPair */.xf)(top, 'Resources');
    const res = resPair ? (0,validate_source/* asSeq */.wH)(resPair.value) : undefined;
    if (resPair && !res) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, resPair), 'error', 'appspec/resources', `\`Resources\` in ${ctx.file} must be a list with one entry (\`- TargetService:\` for ECS, \`- myFunction:\` for Lambda); it holds ${(0,validate_source/* describeNode */.WQ)(resPair.value)}.`);
    }
    for (const item of res?.items ?? []) {
        const named = (0,validate_source/* asMap */.$H)(item);
        const first = (0,validate_source/* pairs */.AS)(named)[0];
        const body = (0,validate_source/* asMap */.$H)(first?.value);
        if (!named || !first || !body) {
            push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, item), 'error', 'appspec/resources', `Each \`Resources\` entry in ${ctx.file} must be \`- <name>:\` with Type and Properties below it; got ${(0,validate_source/* describeNode */.WQ)(item)}.`);
            continue;
        }
        const type = (0,validate_source/* scalarString */.Cg)((0,validate_source/* getPair */.xf)(body, 'Type')?.value);
        const expected = platform === 'ecs' ? 'AWS::ECS::Service' : 'AWS::Lambda::Function';
        if (type !== expected) {
            const tp = (0,validate_source/* getPair */.xf)(body, 'Type');
            push(ctx, tp ? (0,validate_source/* valuePos */.i8)(ctx.src, tp) : (0,validate_source/* pairPos */.Rw)(ctx.src, first), 'error', 'appspec/resources', `Resource '${(0,validate_source/* keyText */.Pu)(first)}' in ${ctx.file} needs \`Type: ${expected}\`; got ${type === undefined ? 'none' : (0,validate_source/* show */.WU)(type)}.`);
        }
        const propsPair = (0,validate_source/* getPair */.xf)(body, 'Properties');
        const props = (0,validate_source/* asMap */.$H)(propsPair?.value);
        if (!props) {
            push(ctx, propsPair ? (0,validate_source/* valuePos */.i8)(ctx.src, propsPair) : (0,validate_source/* pairPos */.Rw)(ctx.src, first), 'error', 'appspec/resources', `Resource '${(0,validate_source/* keyText */.Pu)(first)}' in ${ctx.file} needs a \`Properties\` mapping.`);
            continue;
        }
        const required = platform === 'ecs' ? ['TaskDefinition', 'LoadBalancerInfo'] : ['Name', 'Alias', 'CurrentVersion', 'TargetVersion'];
        for (const r of required) {
            if (!(0,validate_source/* getPair */.xf)(props, r)) {
                push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, propsPair), 'error', 'appspec/resources', `\`Properties\` of '${(0,validate_source/* keyText */.Pu)(first)}' in ${ctx.file} has no \`${r}\` (required for ${label} deployments).${(0,suggest/* didYouMean */.au)(r, (0,validate_source/* pairs */.AS)(props).map(validate_source/* keyText */.Pu))}`);
            }
        }
        if (platform === 'ecs') {
            const lbPair = (0,validate_source/* getPair */.xf)(props, 'LoadBalancerInfo');
            const lb = (0,validate_source/* asMap */.$H)(lbPair?.value);
            if (lbPair) {
                for (const r of ['ContainerName', 'ContainerPort']) {
                    if (!(0,validate_source/* getPair */.xf)(lb, r)) {
                        push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, lbPair), 'error', 'appspec/resources', `\`LoadBalancerInfo\` in ${ctx.file} has no \`${r}\`; CodeDeploy needs the container name and port to route traffic to the new task set.`);
                    }
                }
            }
        }
    }
    const hooksPair = (0,validate_source/* getPair */.xf)(top, 'Hooks');
    if (!hooksPair || hooksPair.value === null || (0,validate_source/* asScalar */.T7)(hooksPair.value)?.value === null)
        return;
    const valid = platform === 'ecs' ? ECS_HOOKS : LAMBDA_HOOKS;
    const list = (0,validate_source/* asSeq */.wH)(hooksPair.value);
    const entries = [];
    if (list) {
        for (const item of list.items) {
            const m = (0,validate_source/* asMap */.$H)(item);
            if (!m) {
                push(ctx, (0,validate_source/* nodePos */.TP)(ctx.src, item), 'error', 'appspec/hook-shape', `Each \`Hooks\` entry in ${ctx.file} must be \`- <LifecycleEvent>: <LambdaFunctionName>\`; got ${(0,validate_source/* describeNode */.WQ)(item)}.`);
                continue;
            }
            entries.push(...(0,validate_source/* pairs */.AS)(m));
        }
    }
    else if ((0,validate_source/* asMap */.$H)(hooksPair.value)) {
        push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, hooksPair), 'error', 'appspec/hook-shape', `\`Hooks\` in ${ctx.file} must be a list (\`- BeforeAllowTraffic: MyValidationFunction\`), one entry per event; it holds a mapping.`);
        return;
    }
    for (const p of entries) {
        const name = (0,validate_source/* keyText */.Pu)(p);
        if (!valid.includes(name)) {
            push(ctx, (0,validate_source/* pairPos */.Rw)(ctx.src, p), 'error', 'appspec/hook-unknown', `'${name}' in ${ctx.file} is not a ${label} lifecycle hook, so the function never runs. Valid hooks: ${valid.join(', ')}.${(0,suggest/* didYouMean */.au)(name, valid)}`);
        }
        const fn = (0,validate_source/* scalarString */.Cg)(p.value);
        if (fn === undefined || fn.trim() === '') {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, p), 'error', 'appspec/hook-shape', `Hook ${name} in ${ctx.file} must name a Lambda function (\`${name}: MyValidationFunction\`); got ${fn === undefined ? (0,validate_source/* describeNode */.WQ)(p.value) : 'an empty name'}.`);
        }
        else if (/\/|\.(sh|py|ps1|bat|js)$/.test(fn) && !fn.startsWith('arn:')) {
            push(ctx, (0,validate_source/* valuePos */.i8)(ctx.src, p), 'error', 'appspec/hook-shape', `Hook ${name} in ${ctx.file} names '${fn}', which looks like a script path; ${label} deployments run no scripts, their hooks name a Lambda function that CodeDeploy invokes (\`${name}: MyValidationFunction\`).`);
        }
    }
}

// EXTERNAL MODULE: ./src/validate/ebextensions.ts + 1 modules
var ebextensions = __nccwpck_require__(7262);
// EXTERNAL MODULE: ./src/validate/eb-options.ts
var eb_options = __nccwpck_require__(9860);
// EXTERNAL MODULE: ./src/validate/nginx.ts
var nginx = __nccwpck_require__(7738);
;// CONCATENATED MODULE: ./src/validate/platform-hooks.ts




const HOOK_STAGES = ['prebuild', 'predeploy', 'postdeploy'];
const HOOK_DIRS = ['hooks', 'confighooks'];
function validatePlatformHooks(index) {
    const out = [];
    for (const p of index.files()) {
        const parts = p.split('/');
        if (parts[0] !== '.platform' || parts.length < 3)
            continue;
        const kind = parts[1];
        if (!HOOK_DIRS.includes(kind))
            continue;
        if (parts.length === 3) {
            out.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'warning', 'platform/hook-stage', `${p} never runs: hook files go in a stage folder, .platform/${kind}/prebuild, predeploy or postdeploy.`));
            continue;
        }
        const stage = parts[2];
        if (!HOOK_STAGES.includes(stage)) {
            out.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'error', 'platform/hook-stage', `${p} never runs: '${stage}' is not a platform hook stage (prebuild, predeploy, postdeploy).${(0,suggest/* didYouMean */.au)(stage, HOOK_STAGES)}`));
            continue;
        }
        if (parts.length > 4)
            continue; // helpers in subfolders are not run by the platform
        const entry = index.get(p);
        if (!entry)
            continue;
        const text = index.read(p);
        const name = (0,paths/* baseName */.Fl)(p);
        if (text !== undefined && isTextScript(text)) {
            if (!text.startsWith('#!')) {
                const looksLikeConfig = name.endsWith('.config') || /^(commands|container_commands|files|option_settings|packages)\s*:/m.test(text);
                out.push((0,validate_source/* finding */.gk)(p, { line: 1, column: 1 }, 'error', 'platform/hook-no-shebang', looksLikeConfig
                    ? `${p} is an .ebextensions-style configuration, but files in .platform/${kind}/${stage}/ are executed as programs; it fails with "exec format error". Move it to .ebextensions/${name.replace(/\.[^.]*$/, '')}.config, or turn it into a script starting with #!/bin/bash.`
                    : `${p} has no #! line; the platform executes hook files directly, so it fails with "exec format error". Start it with an interpreter line such as #!/bin/bash.`));
            }
            out.push(...checkLineEndings(p, text, `the ${stage} platform hook`));
        }
        if (entry.type === 'file' && !(0,paths/* isExecutable */.TV)(entry)) {
            out.push(notExecutable(p, 'warning', 'platform/hook-not-executable', 'Platform versions released since 2022-04-29 add the bit themselves; older Amazon Linux 2 platforms fail the deployment with "permission denied".'));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/validate/procfile.ts

const LINE = /^([^:\s#][^:]*?)\s*:\s*(.*)$/;
function validateProcfile(file, text) {
    const out = [];
    const seen = new Map();
    const what = file === 'Buildfile' ? 'build command' : 'process';
    text.split('\n').forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        const n = i + 1;
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            return;
        const m = LINE.exec(line);
        if (!m) {
            out.push((0,validate_source/* finding */.gk)(file, { line: n, column: 1 }, 'error', 'procfile/syntax', `${file} line ${n} is not \`name: command\`; got '${line.trim()}'. Each line declares one ${what}, e.g. \`web: gunicorn app.wsgi\`.`));
            return;
        }
        const name = m[1];
        const command = m[2].trim();
        if (/^\s/.test(line)) {
            out.push((0,validate_source/* finding */.gk)(file, { line: n, column: 1 }, 'error', 'procfile/syntax', `${file} line ${n} starts with whitespace; ${what} names must start the line.`));
            return;
        }
        if (!/^[A-Za-z0-9_-]+$/.test(name)) {
            out.push((0,validate_source/* finding */.gk)(file, { line: n, column: 1 }, 'error', 'procfile/process-name', `${what[0]?.toUpperCase()}${what.slice(1)} name '${name}' in ${file} line ${n} must be letters and digits (with - or _), e.g. web or worker.`));
        }
        if (!command) {
            out.push((0,validate_source/* finding */.gk)(file, { line: n, column: name.length + 2 }, 'error', 'procfile/syntax', `${file} line ${n}: ${what} '${name}' has no command after the colon.`));
        }
        const prev = seen.get(name);
        if (prev !== undefined) {
            out.push((0,validate_source/* finding */.gk)(file, { line: n, column: 1 }, 'warning', 'procfile/duplicate', `${what[0]?.toUpperCase()}${what.slice(1)} '${name}' is declared twice in ${file} (lines ${prev} and ${n}); only one of them runs.`));
        }
        else {
            seen.set(name, n);
        }
    });
    if (/\r\n/.test(text)) {
        out.push((0,validate_source/* finding */.gk)(file, { line: 1, column: 1 }, 'warning', 'procfile/crlf', `${file} has Windows (CRLF) line endings; the carriage return can end up in the command's last argument. Save it with LF line endings.`));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/validate/bundle-rules.ts



/** One error per problem, on the path it names (line 1: a name or a link has no line). */
function problemFindings(index) {
    return (index.tree.problems ?? []).map((p) => (0,validate_source/* finding */.gk)(p.path, { line: 1, column: 1 }, 'error', `bundle/${p.kind}`, p.message));
}
/** The archive read stopped at a limit (or it is not an archive): rules would judge a partial tree. */
function isIncomplete(index) {
    return (index.tree.problems ?? []).some((p) => p.incomplete);
}
function describe(ex) {
    const via = ex.via ? ` (its folder ${ex.via} is left out)` : '';
    if (ex.by === '.git')
        return `it is inside .git, which is never bundled${via}`;
    if (ex.by === 'include')
        return `it matches none of the \`include\` globs (${ex.pattern ?? ''})`;
    if (ex.by === 'exclude')
        return `the \`exclude\` glob \`${ex.pattern ?? ''}\` leaves it out${via}`;
    return `${ex.by} line ${ex.line ?? '?'} (\`${ex.pattern ?? ''}\`) leaves it out${via}`;
}
function remedy(ex, path) {
    if (ex.by === '.git')
        return 'Move the script out of .git.';
    if (ex.by === 'include')
        return `Add it to \`include\`.`;
    if (ex.by === 'exclude')
        return `Narrow the \`exclude\` glob so it keeps ${path}.`;
    return `Remove that line, or add \`!${ex.via ?? path}\` after it in ${ex.by}${ex.via ? ` (then \`!${path}\`)` : ''}.`;
}
/**
 * A hook script that exists in the folder but that the ignore rules leave out of the bundle:
 * the agent fails with ScriptMissing on every instance. Replaces the generic "not in the bundle"
 * finding on the same line, which cannot say why.
 */
function excludedHookScripts(index, findings) {
    const excluded = index.tree.excluded;
    if (!excluded)
        return findings;
    const placed = locateAppspec(index, false);
    const text = placed.appspec ? index.read(placed.appspec) : undefined;
    if (!placed.appspec || text === undefined)
        return findings;
    const { source } = (0,appspec_reader/* readAppspec */.VL)(placed.appspec, text);
    if (!source)
        return findings;
    const file = placed.appspec;
    const added = [];
    for (const ev of (0,appspec_reader/* hookEvents */.BR)(source)) {
        for (const s of ev.scripts) {
            const p = (0,appspec_reader/* locationInBundle */.pU)(s.location, placed.root);
            if (!p || index.exists(p))
                continue;
            const ex = excluded(p);
            if (!ex)
                continue;
            added.push((0,validate_source/* finding */.gk)(file, s, 'error', 'bundle/hook-excluded', `Script '${s.location}' of ${ev.event} in ${file} is in the folder but not in the bundle: ${describe(ex)}. The agent fails with ScriptMissing on every instance. ${remedy(ex, p)}`));
        }
    }
    if (added.length === 0)
        return findings;
    const lines = new Set(added.map((f) => f.line));
    const kept = findings.filter((f) => !(f.rule === 'appspec/hook-location-missing' && f.file === file && lines.has(f.line)));
    return [...kept, ...added];
}

;// CONCATENATED MODULE: ./src/validate/index.ts









const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
function sortFindings(findings) {
    return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.rule.localeCompare(b.rule));
}
function hasBeanstalkFiles(index) {
    for (const p of index.tree.entries.keys()) {
        if (p === 'Procfile' || p === 'Buildfile' || p === '.ebextensions' || p === '.platform')
            return true;
        if (/(^|\/)\.ebextensions(\/|$)/.test(p) && !/node_modules\//.test(p))
            return true;
    }
    return false;
}
function hasAppspec(index) {
    for (const p of index.tree.entries.keys()) {
        const parts = p.split('/');
        // Root or one folder down (where the agent looks); deeper ones matter only for target codedeploy.
        if (parts.length <= 2 && APPSPEC_NAMES.includes(parts[parts.length - 1]))
            return true;
    }
    return false;
}
function validateCodeDeploy(index, required) {
    const placed = locateAppspec(index, required);
    const out = [...placed.findings];
    if (placed.appspec)
        out.push(...validateAppspec(index, placed.appspec, placed.root));
    return out;
}
function validateBeanstalk(index, options = {}) {
    const { configs, findings } = (0,ebextensions/* locateConfigs */.Ui)(index, options.war ?? /\.war$/i.test(index.tree.archive ?? ''));
    const out = [...findings];
    const parsed = (0,ebextensions/* parseConfigs */.Rb)(index, configs);
    const auth = new Set();
    for (const { source } of parsed.values())
        if (source)
            for (const n of (0,ebextensions/* authenticationNames */.JD)(source))
                auth.add(n);
    for (const { source, findings: syntax } of parsed.values()) {
        out.push(...syntax);
        if (source)
            out.push(...(0,ebextensions/* validateConfig */.$r)(source, auth));
    }
    out.push(...(0,eb_options/* offlineOptionsNotice */.SX)([...parsed.values()].flatMap(({ source }) => (source ? (0,eb_options/* collectOptionSettings */.t_)(source) : []))));
    out.push(...validatePlatformHooks(index));
    for (const p of index.files()) {
        if (!/^(\.platform|\.ebextensions)\/nginx\/conf\.d\/[^/]+\.conf$/.test(p))
            continue;
        const text = index.read(p);
        if (text !== undefined)
            out.push(...(0,nginx/* checkHttpSnippet */.C)(p, text, p, 'nginx/context'));
    }
    for (const f of ['Procfile', 'Buildfile']) {
        const text = index.isFile(f) ? index.read(f) : undefined;
        if (text !== undefined)
            out.push(...validateProcfile(f, text));
    }
    return out;
}
/**
 * Validate a bundle for CodeDeploy, Elastic Beanstalk, or whatever it holds ('auto': AppSpec
 * rules when an appspec file is present, Beanstalk rules when .ebextensions/.platform/Procfile
 * are). Findings are sorted: errors first, then by file, line and column.
 */
function validateBundle(tree, target, options = {}) {
    const index = new paths/* TreeIndex */.Np(tree);
    const problems = problemFindings(index);
    // A partial listing (an archive read stopped at a limit) would only add noise to the one error.
    if (isIncomplete(index))
        return sortFindings(problems);
    let out = [...problems];
    if (target === 'codedeploy' || (target === 'auto' && hasAppspec(index))) {
        out.push(...validateCodeDeploy(index, target === 'codedeploy'));
        out = excludedHookScripts(index, out);
    }
    if (target === 'beanstalk' || (target === 'auto' && hasBeanstalkFiles(index))) {
        out.push(...validateBeanstalk(index, options));
    }
    return sortFindings(out);
}


/***/ }),

/***/ 7738:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkHttpSnippet)
/* harmony export */ });
/* unused harmony export topLevelDirectives */
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3877);

/** Directives that are not allowed directly in the http context. */
const NOT_IN_HTTP = [
    'http',
    'events',
    'location',
    'user',
    'worker_processes',
    'worker_rlimit_nofile',
    'pid',
    'stream',
    'load_module',
    'daemon',
];
/** Top-level directives of an nginx snippet with their line numbers (comments and strings skipped). */
function topLevelDirectives(text) {
    const out = [];
    let depth = 0;
    let atStatementStart = true;
    let line = 1;
    let col = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        col++;
        if (ch === '\n') {
            line++;
            col = 0;
            continue;
        }
        if (ch === '#') {
            while (i + 1 < text.length && text[i + 1] !== '\n')
                i++;
            continue;
        }
        if (ch === '"' || ch === "'") {
            const q = ch;
            while (i + 1 < text.length && text[i + 1] !== q) {
                i++;
                if (text[i] === '\n') {
                    line++;
                    col = 0;
                }
            }
            i++;
            atStatementStart = false;
            continue;
        }
        if (ch === '{') {
            depth++;
            atStatementStart = true;
            continue;
        }
        if (ch === '}') {
            depth = Math.max(0, depth - 1);
            atStatementStart = true;
            continue;
        }
        if (ch === ';') {
            atStatementStart = true;
            continue;
        }
        if (/\s/.test(ch))
            continue;
        if (atStatementStart) {
            const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
            if (m && depth === 0)
                out.push({ name: m[0], line, column: col });
            atStatementStart = false;
        }
    }
    return out;
}
/**
 * `file` is where the finding points; `line0`/`indent` place the snippet when it sits inside
 * another file (the content of a YAML block scalar starts on line0 + 1, indented by `indent`).
 */
function checkHttpSnippet(file, text, where, rule, line0 = 0, indent = 0) {
    const out = [];
    for (const d of topLevelDirectives(text)) {
        if (!NOT_IN_HTTP.includes(d.name))
            continue;
        out.push((0,_source_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)(file, { line: line0 + d.line, column: indent + d.column }, 'error', rule, `\`${d.name}\` at the top of ${where}: files in conf.d are included inside nginx's \`http { }\` block, where \`${d.name}\` is not allowed, so \`nginx -t\` fails and the deployment with it. ${d.name === 'location' ? 'Wrap it in a `server { }` block, or put it in .platform/nginx/conf.d/elasticbeanstalk/ (included inside the default server).' : 'Put a complete nginx.conf in .platform/nginx/nginx.conf instead, or keep only http-level directives here.'}`));
    }
    return out;
}


/***/ }),

/***/ 2906:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ dirName),
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   Np: () => (/* binding */ TreeIndex),
/* harmony export */   TV: () => (/* binding */ isExecutable),
/* harmony export */   cB: () => (/* binding */ inVendoredDir)
/* harmony export */ });
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3736);

class TreeIndex {
    tree;
    byBase = new Map();
    lowerToPath = new Map();
    constructor(tree) {
        this.tree = tree;
        for (const [p, e] of tree.entries) {
            if (e.type === 'dir')
                continue;
            const base = p.slice(p.lastIndexOf('/') + 1);
            const list = this.byBase.get(base) ?? [];
            list.push(p);
            this.byBase.set(base, list);
            this.lowerToPath.set(p.toLowerCase(), p);
        }
    }
    get(p) {
        return this.tree.entries.get((0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeTreePath */ .Zn)(p));
    }
    /** A file or symlink at that path. */
    isFile(p) {
        const e = this.get(p);
        return e !== undefined && e.type !== 'dir';
    }
    isDir(p) {
        const n = (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeTreePath */ .Zn)(p);
        if (n === '')
            return true;
        return this.get(n)?.type === 'dir';
    }
    exists(p) {
        return (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeTreePath */ .Zn)(p) === '' || this.get(p) !== undefined;
    }
    /** All file paths (no folders), sorted. */
    files() {
        return [...this.tree.entries]
            .filter(([, e]) => e.type !== 'dir')
            .map(([p]) => p)
            .sort();
    }
    /** Paths (files and folders) directly inside a folder ('' = root). */
    children(dir) {
        const d = (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeTreePath */ .Zn)(dir);
        const prefix = d ? `${d}/` : '';
        const out = [];
        for (const p of this.tree.entries.keys()) {
            if (!p.startsWith(prefix))
                continue;
            const rest = p.slice(prefix.length);
            if (rest && !rest.includes('/'))
                out.push(p);
        }
        return out.sort();
    }
    read(p) {
        return this.tree.read((0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .normalizeTreePath */ .Zn)(p));
    }
}
function baseName(p) {
    return p.slice(p.lastIndexOf('/') + 1);
}
function dirName(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? '' : p.slice(0, i);
}
function isExecutable(e) {
    return (e.mode & 0o111) !== 0;
}
/** Folders (at any depth) that third-party code lives in: not the user's configuration. */
function inVendoredDir(p) {
    return /(^|\/)(node_modules|vendor|bower_components|\.venv|venv|site-packages|\.git)\//.test(p);
}


/***/ }),

/***/ 3877:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ asMap),
/* harmony export */   AS: () => (/* binding */ pairs),
/* harmony export */   Cg: () => (/* binding */ scalarString),
/* harmony export */   PJ: () => (/* binding */ parseSource),
/* harmony export */   Pu: () => (/* binding */ keyText),
/* harmony export */   Rw: () => (/* binding */ pairPos),
/* harmony export */   T7: () => (/* binding */ asScalar),
/* harmony export */   TP: () => (/* binding */ nodePos),
/* harmony export */   WQ: () => (/* binding */ describeNode),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   aO: () => (/* binding */ scalarSource),
/* harmony export */   f5: () => (/* binding */ isQuoted),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   i8: () => (/* binding */ valuePos),
/* harmony export */   wH: () => (/* binding */ asSeq),
/* harmony export */   xf: () => (/* binding */ getPair)
/* harmony export */ });
/* unused harmony export offsetPos */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8815);
// Parsing configuration files with source positions, and the helpers every rule uses to point a
// finding at a line and column (1-based) of the file it is about.

function finding(file, pos, severity, rule, message) {
    return { file, line: pos.line, column: pos.column, severity, rule, message };
}
function offsetPos(lc, offset) {
    const { line, col } = lc.linePos(Math.max(0, offset));
    return { line, column: col };
}
/** Position of a node (its first character); the start of the file when there is none. */
function nodePos(src, node) {
    const range = node?.range;
    if (range)
        return offsetPos(src.lc, range[0]);
    return { line: 1, column: 1 };
}
/** Position of a pair: its key (where editors put the cursor for "this key"). */
function pairPos(src, pair) {
    return nodePos(src, pair.key ?? pair.value);
}
/** Position of a pair's value, falling back to its key (e.g. `key:` with nothing after it). */
function valuePos(src, pair) {
    return pair.value ? nodePos(src, pair.value) : pairPos(src, pair);
}
/** Line/column from a position in JSON.parse's message ("… at position 42 …"). */
function jsonErrorPos(text, message, lc) {
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    if (lineCol)
        return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
    const at = /position (\d+)/.exec(message);
    if (at)
        return offsetPos(lc, Number(at[1]));
    // V8: `Unexpected token 'T', ..."<10 chars before>T…" is not valid JSON` (no position given).
    const tok = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message);
    if (tok) {
        const snippet = tok[3].slice(0, 40);
        const start = text.indexOf(snippet);
        if (start >= 0)
            return offsetPos(lc, start + (tok[2] ? 10 : Math.max(0, snippet.indexOf(tok[1]))));
    }
    return offsetPos(lc, text.length);
}
/**
 * Parse YAML 1.1 (what the CodeDeploy agent's Psych and Beanstalk's PyYAML read: `0755` is octal,
 * `yes` is true) or JSON, keeping positions. Returns the findings for syntax problems; `source`
 * is undefined when the file cannot be read as a document at all.
 */
function parseSource(file, text, opts) {
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const findings = [];
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { version: '1.1', lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (opts.json) {
        try {
            JSON.parse(text);
        }
        catch (e) {
            const msg = e instanceof Error ? e.message : String(e);
            findings.push(finding(file, jsonErrorPos(text, msg, lc), 'error', `${opts.rulePrefix}/syntax`, `${file} is not valid JSON: ${msg}`));
            return { findings };
        }
    }
    let fatal = false;
    // One syntax error per file: the first is the cause, the rest usually follow from it; a tab
    // used for indentation is the most common cause and gets its own hint.
    const firstFatal = doc.errors.find((e) => e.code === 'TAB_AS_INDENT') ?? doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    for (const err of doc.errors) {
        if (err.code !== 'DUPLICATE_KEY' && err !== firstFatal) {
            fatal = true;
            continue;
        }
        const pos = offsetPos(lc, err.pos[0]);
        if (err.code === 'DUPLICATE_KEY') {
            findings.push(finding(file, pos, 'warning', `${opts.rulePrefix}/duplicate-key`, `${file}: this key appears twice in the same mapping; the parser on the instance keeps only the last one, so the first is silently ignored. Merge the two entries.`));
            continue;
        }
        fatal = true;
        const hint = err.code === 'TAB_AS_INDENT' ? ' Indent with spaces: YAML does not allow tabs for indentation.' : '';
        findings.push(finding(file, pos, 'error', `${opts.rulePrefix}/syntax`, `${file} is not valid YAML: ${err.message}.${hint}`));
    }
    for (const w of doc.warnings) {
        if (w.code === 'TAG_RESOLVE_FAILED') {
            findings.push(finding(file, offsetPos(lc, w.pos[0]), 'warning', `${opts.rulePrefix}/yaml-tag`, `${file}: ${w.message}. Short-form CloudFormation tags (!Ref, !GetAtt, !Sub) are not understood here; use the long form, e.g. { "Ref": "Name" } or { "Fn::GetAtt": ["Name", "Attr"] }.`));
        }
    }
    if (fatal)
        return { findings };
    return { source: { file, text, lc, doc }, findings };
}
function asMap(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? node : undefined;
}
function asSeq(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node : undefined;
}
function asScalar(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) ? node : undefined;
}
/** The key of a pair as text (scalar keys only; others give ''). */
function keyText(pair) {
    const k = pair.key;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(k))
        return k.value === null || k.value === undefined ? '' : String(k.value);
    return '';
}
function pairs(map) {
    return map ? map.items.filter((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p)) : [];
}
function getPair(map, key) {
    return pairs(map).find((p) => keyText(p) === key);
}
/** Scalar value as a string (numbers and booleans stringified); undefined for non-scalars/null. */
function scalarString(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return undefined;
    if (node.value === null || node.value === undefined)
        return undefined;
    return String(node.value);
}
/** How a scalar was written in the file (its source text), e.g. `000755` for an octal int. */
function scalarSource(node) {
    const src = node.source;
    return typeof src === 'string' ? src : String(node.value);
}
function isQuoted(node) {
    return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
}
/** A short printable form of a value for messages. */
function show(value) {
    if (typeof value === 'string')
        return `'${value}'`;
    if (value === null || value === undefined)
        return 'nothing';
    return String(value);
}
function describeNode(node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return 'a mapping';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return 'a list';
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        return node.value === null ? 'an empty value' : `${typeof node.value === 'string' ? 'the string' : 'the value'} ${show(node.value)}`;
    return 'nothing';
}


/***/ }),

/***/ 3504:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YC: () => (/* binding */ editDistance),
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
// "Did you mean": edit distance over names and paths.
function editDistance(a, b) {
    if (a === b)
        return 0;
    const prev = new Array(b.length + 1);
    for (let j = 0; j <= b.length; j++)
        prev[j] = j;
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0] ?? 0;
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j] ?? 0;
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
            diag = up;
        }
    }
    return prev[b.length] ?? 0;
}
/** The closest candidates within a distance that scales with the word's length (case-insensitive). */
function closest(word, candidates, max = 3) {
    const w = word.toLowerCase();
    const limit = Math.min(max, Math.max(1, Math.floor(word.length / 3)));
    const scored = [];
    for (const c of candidates) {
        const d = editDistance(w, c.toLowerCase());
        if (d <= limit || (w.length >= 4 && (c.toLowerCase().startsWith(w) || w.startsWith(c.toLowerCase())))) {
            scored.push([c, d]);
        }
    }
    scored.sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]));
    return scored.map(([c]) => c);
}
function didYouMean(word, candidates) {
    const best = closest(word, candidates)[0];
    return best ? ` Did you mean '${best}'?` : '';
}


/***/ }),

/***/ 3736:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ treeFromModel),
/* harmony export */   IO: () => (/* binding */ openBundleModel),
/* harmony export */   Zn: () => (/* binding */ normalizeTreePath)
/* harmony export */ });
/* unused harmony exports treeFromFiles, archiveKind, treeFromDirectory, treeFromArchive */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _bundle_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3276);
/* harmony import */ var _appspec_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(540);
// The bundle as the validators see it: paths, modes and (lazily) small text contents. A tree is
// a view of the bundle model (src/bundle/model.ts) — the same walk, ignore rules and archive read
// the uploaded bundle comes from — so validation judges exactly what ships. Every rule works on
// a BundleTree, so tests build trees in memory with treeFromFiles.




const DEFAULT_FILE_MODE = 0o100644;
const DEFAULT_DIR_MODE = 0o40755;
/** Normalise an archive or user path to the tree's form: '/'-separated, no leading './' or '/'. */
function normalizeTreePath(p) {
    const parts = [];
    for (const part of p.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        parts.push(part);
    }
    return parts.join('/');
}
/** Add the parent directories an archive did not list, so every path has its folders. */
function addParents(entries) {
    for (const p of [...entries.keys()]) {
        let i = p.lastIndexOf('/');
        while (i > 0) {
            const parent = p.slice(0, i);
            if (entries.has(parent))
                break;
            entries.set(parent, { type: 'dir', mode: DEFAULT_DIR_MODE, size: 0 });
            i = parent.lastIndexOf('/');
        }
    }
}
/**
 * A tree held in memory: path → content (a string) or { content, mode, type }. Files default to
 * mode 0o100644 (what an archive made without unix attributes extracts to), folders are implied.
 */
function treeFromFiles(files) {
    const entries = new Map();
    const contents = new Map();
    for (const [raw, spec] of Object.entries(files)) {
        const p = normalizeTreePath(raw);
        if (!p)
            continue;
        const f = typeof spec === 'string' ? { content: spec } : spec;
        const type = f.type ?? (raw.endsWith('/') ? 'dir' : 'file');
        const mode = f.mode ?? (type === 'dir' ? DEFAULT_DIR_MODE : type === 'symlink' ? 0o120777 : DEFAULT_FILE_MODE);
        entries.set(p, { type, mode, size: f.content === undefined ? 0 : Buffer.byteLength(f.content) });
        if (type === 'file' && f.content !== undefined)
            contents.set(p, f.content);
    }
    addParents(entries);
    return { entries, read: (p) => contents.get(normalizeTreePath(p)) };
}
/** Archive kinds validated from the inside, by file name. */
function archiveKind(file) {
    const lower = file.toLowerCase();
    if (/\.(zip|war|jar|ear)$/.test(lower))
        return 'zip';
    if (/\.(tar|tgz|tar\.gz)$/.test(lower))
        return 'tar';
    return undefined;
}
/** The validators' view of a bundle model: paths without the folders' trailing '/', parents implied. */
function treeFromModel(model) {
    const entries = new Map();
    for (const e of model.entries) {
        const p = normalizeTreePath(e.path);
        if (p)
            entries.set(p, { type: e.type, mode: e.mode, size: e.size });
    }
    addParents(entries);
    return {
        entries,
        read: (p) => model.read(normalizeTreePath(p)),
        problems: model.problems,
        excluded: (p) => model.excluded(normalizeTreePath(p)),
        ...(model.kind === 'archive' ? { archive: node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(model.root) } : {}),
    };
}
/** The model of a folder or archive, reading (for an archive) the hook scripts its appspec names. */
function openBundleModel(target, opts = {}) {
    return (0,_bundle_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openBundle */ .hk)(target, {
        ...opts,
        alsoRead: (m) => (0,_appspec_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .hookScriptPaths */ .To)(m.entries.filter((e) => e.type === 'file').map((e) => e.path), (p) => m.read(p)),
    });
}
/** Walk a folder (symlinks are recorded, never followed; ignore rules when given); text is read on demand. */
async function treeFromDirectory(dir, opts = {}) {
    return treeFromModel(await openBundleModel(dir, opts));
}
/** Read a .zip/.war/.jar or .tar/.tgz (type by content) without extracting it, within fixed limits. */
async function treeFromArchive(file, opts = {}) {
    return treeFromModel(await openBundleModel(file, opts));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
