// JSON.parse says what is wrong but not always where (Node 20: "Unexpected token '}', … is not valid JSON").
// An operator fixing a hand-edited flag file needs the line and column, so this scanner finds the first
// syntax error itself. Iterative, so a deeply nested file cannot overflow the stack.

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
}

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

class Located extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function shown(c: string | undefined): string {
  if (c === undefined) return 'the end of the file';
  if (c === '\n') return 'a line break';
  return `"${c}"`;
}

/** Offset and message of the first syntax error in `s`, or null when `s` is valid JSON. */
export function findJsonSyntaxError(s: string): { offset: number; message: string } | null {
  const stack: Array<'array' | 'object'> = [];
  let i = 0;
  const ws = () => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = s[i];
      if (c === undefined) throw new Located(i, 'a string is not closed (missing ")');
      if (c === '"') return void i++;
      if (c === '\\') {
        const e = s[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && ESCAPES.has(e)) i += 2;
        else throw new Located(i, `a bad escape sequence in a string (\\${e ?? ''})`);
      } else if (c.charCodeAt(0) < 0x20) {
        throw new Located(i, 'a line break or control character inside a string (escape it, e.g. \\n)');
      } else i++;
    }
  };
  type Mode = 'value' | 'key' | 'after';
  let mode: Mode = 'value';
  try {
    for (;;) {
      ws();
      const c = s[i];
      if (mode === 'value') {
        if (c === '{' || c === '[') {
          i++;
          ws();
          if (s[i] === (c === '{' ? '}' : ']')) {
            i++;
            mode = 'after';
          } else {
            stack.push(c === '{' ? 'object' : 'array');
            mode = c === '{' ? 'key' : 'value';
          }
        } else if (c === '"') {
          string();
          mode = 'after';
        } else if (s.startsWith('true', i) || s.startsWith('null', i)) {
          i += 4;
          mode = 'after';
        } else if (s.startsWith('false', i)) {
          i += 5;
          mode = 'after';
        } else {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(s);
          if (!m) throw new Located(i, c === undefined ? 'the file ends where a value was expected' : `unexpected ${shown(c)} where a value was expected`);
          i += m[0].length;
          mode = 'after';
        }
      } else if (mode === 'key') {
        if (c !== '"') throw new Located(i, `expected a property name in double quotes, found ${shown(c)}`);
        string();
        ws();
        if (s[i] !== ':') throw new Located(i, `expected ":" after the property name, found ${shown(s[i])}`);
        i++;
        mode = 'value';
      } else {
        const top = stack.at(-1);
        if (top === undefined) {
          if (c !== undefined) throw new Located(i, `unexpected ${shown(c)} after the end of the JSON value`);
          return null;
        }
        if (c === ',') {
          i++;
          mode = top === 'object' ? 'key' : 'value';
        } else if ((top === 'object' && c === '}') || (top === 'array' && c === ']')) {
          i++;
          stack.pop();
        } else {
          throw new Located(i, `expected "," or "${top === 'object' ? '}' : ']'}" after ${top === 'object' ? 'a property value' : 'an array element'}, found ${shown(c)}`);
        }
      }
    }
  } catch (error) {
    if (error instanceof Located) return { offset: error.offset, message: error.message };
    throw error;
  }
}

export function lineAndColumn(s: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < s.length; k++) {
    if (s[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** JSON.parse, with the line and column of the first error when the text is not JSON. */
export function parseJson(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const found = findJsonSyntaxError(text);
    if (found) return { ok: false, error: { ...lineAndColumn(text, found.offset), message: found.message } };
    return { ok: false, error: { line: 1, column: 1, message: error instanceof Error ? error.message : String(error) } };
  }
}
