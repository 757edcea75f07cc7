import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, parseJson } from './json-syntax.js';

describe('parseJson', () => {
  it.each([
    ['{\n  "a": }', 2, 8, 'unexpected "}" where a value was expected'],
    ['{"a": 1,}', 1, 9, 'expected a property name in double quotes, found "}"'],
    ['{"a" 1}', 1, 6, 'expected ":" after the property name, found "1"'],
    ['[1, 2', 1, 6, 'expected "," or "]" after an array element, found the end of the file'],
    ['hello', 1, 1, 'unexpected "h" where a value was expected'],
    ['{"a": "x\n"}', 1, 9, 'a line break or control character inside a string (escape it, e.g. \\n)'],
    ['{}\n{}', 2, 1, 'unexpected "{" after the end of the JSON value'],
    ['', 1, 1, 'the file ends where a value was expected'],
    ['{"a":', 1, 6, 'the file ends where a value was expected'],
    ['{"a": tru}', 1, 7, 'unexpected "t" where a value was expected'],
  ])('%j → line %d, column %d', (text, line, column, message) => {
    expect(parseJson(text)).toEqual({ ok: false, error: { line, column, message } });
  });

  it('accepts everything JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"], "b": {}} ', '"x"', '0']) {
      expect(findJsonSyntaxError(text), text).toBeNull();
      expect(parseJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
    }
  });

  it('survives deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(200_000);
    expect(parseJson(deep).ok).toBe(false);
  });
});
