// Matching extended patterns that contain !(…) by backtracking, as bash does: !(p) matches any
// stretch of text that p does not match, for whichever split lets the rest of the pattern match.
// A regular expression cannot say "this stretch does not match p" for every possible split, so
// these patterns take this slower path; all others compile to a RegExp (pattern.ts).

type Node =
  | { kind: 'char'; char: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'class'; regex: RegExp }
  | { kind: 'group'; op: string; alternatives: Node[][] };

export interface Matcher {
  test(text: string): boolean;
}

export interface ExtglobOptions {
  pathname: boolean;
  nocase: boolean;
  /** Turns the text of one bracket expression into a regex class source. */
  bracket: (body: string) => string;
  /** The index of the `]` closing the bracket expression at `start`, or -1. */
  bracketEnd: (pattern: string, start: number) => number;
}

export function extglobMatcher(pattern: string, options: ExtglobOptions): Matcher {
  const parser = { pos: 0 };
  const nodes = parseSequence(pattern, parser, 0, options);
  return {
    test(text: string): boolean {
      const subject = options.nocase ? text.toLowerCase() : text;
      return matchSequence(nodes, 0, subject, 0, options.pathname, (end) => end === subject.length);
    },
  };
}

function parseSequence(pattern: string, at: { pos: number }, depth: number, options: ExtglobOptions): Node[] {
  const nodes: Node[] = [];
  while (at.pos < pattern.length) {
    const c = pattern[at.pos];
    if (depth > 0 && (c === '|' || c === ')')) break;
    if ('?*+@!'.includes(c) && pattern[at.pos + 1] === '(') {
      at.pos += 2;
      const alternatives = [parseSequence(pattern, at, depth + 1, options)];
      while (pattern[at.pos] === '|') {
        at.pos++;
        alternatives.push(parseSequence(pattern, at, depth + 1, options));
      }
      at.pos++; // )
      nodes.push({ kind: 'group', op: c, alternatives });
      continue;
    }
    at.pos++;
    if (c === '\\' && at.pos < pattern.length) nodes.push(literal(pattern[at.pos++], options));
    else if (c === '*') nodes.push({ kind: 'star' });
    else if (c === '?') nodes.push({ kind: 'any' });
    else if (c === '[' && options.bracketEnd(pattern, at.pos - 1) > 0) {
      const end = options.bracketEnd(pattern, at.pos - 1);
      nodes.push({ kind: 'class', regex: new RegExp(`^${options.bracket(pattern.slice(at.pos, end))}$`, options.nocase ? 'iu' : 'u') });
      at.pos = end + 1;
    } else nodes.push(literal(c, options));
  }
  return nodes;
}

function literal(char: string, options: ExtglobOptions): Node {
  return { kind: 'char', char: options.nocase ? char.toLowerCase() : char };
}

/** Whether nodes[i…] match text from pos such that `then` accepts where they end. */
function matchSequence(nodes: Node[], i: number, text: string, pos: number, pathname: boolean, then: (end: number) => boolean): boolean {
  if (i === nodes.length) return then(pos);
  const node = nodes[i];
  const next = (end: number): boolean => matchSequence(nodes, i + 1, text, end, pathname, then);
  const usable = (at: number): boolean => at < text.length && !(pathname && text[at] === '/');
  switch (node.kind) {
    case 'char':
      return text[pos] === node.char && next(pos + 1);
    case 'any':
      return usable(pos) && next(pos + 1);
    case 'class':
      return usable(pos) && node.regex.test(text[pos]) && next(pos + 1);
    case 'star':
      for (let end = pos; ; end++) {
        if (next(end)) return true;
        if (!usable(end)) return false;
      }
    case 'group':
      return matchGroup(node, text, pos, pathname, next);
  }
}

function matchGroup(group: Extract<Node, { kind: 'group' }>, text: string, pos: number, pathname: boolean, next: (end: number) => boolean): boolean {
  const once = (from: number, then: (end: number) => boolean): boolean => group.alternatives.some((alternative) => matchSequence(alternative, 0, text, from, pathname, then));
  switch (group.op) {
    case '@':
      return once(pos, next);
    case '?':
      return next(pos) || once(pos, next);
    case '*':
    case '+': {
      // Each repetition must consume something, or the loop would never end.
      const more = (from: number): boolean => next(from) || once(from, (end) => end > from && more(end));
      return group.op === '*' ? more(pos) : once(pos, (end) => (end > pos ? more(end) : next(end)));
    }
    default: {
      // !(…): any stretch (not crossing / in pathnames) that none of the alternatives matches.
      for (let end = pos; end <= text.length; end++) {
        if (end > pos && pathname && text[end - 1] === '/') break;
        if (!once(pos, (stop) => stop === end) && next(end)) return true;
      }
      return false;
    }
  }
}
