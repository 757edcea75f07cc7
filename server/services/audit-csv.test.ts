import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/controls-api.js';
import { auditCsv, csvCell } from './audit-csv.js';

describe('CSV cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['', ''],
  ])('%j → %s', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe('audit CSV', () => {
  it('writes a header and one CRLF-terminated row per entry', () => {
    const entry: AuditEntry = {
      seq: 1, at: Date.UTC(2025, 2, 12, 12), actor: 'alice', role: 'on-call', action: 'flag.set', target: 'eu-west/flag/kill-promotions',
      before: { enabled: false }, after: { enabled: true }, reason: '=cmd|calc', result: 'applied', override: false, detail: null,
      prevHash: '0'.repeat(64), hash: 'a'.repeat(64),
    };
    const csv = auditCsv([entry]);
    const [header, row, end] = csv.split('\r\n');
    expect(header).toBe('seq,at,at_ms,actor,role,action,target,before,after,reason,result,override,detail,prev_hash,hash');
    expect(row).toBe(`1,2025-03-12T12:00:00.000Z,1741780800000,alice,on-call,flag.set,eu-west/flag/kill-promotions,"{""enabled"":false}","{""enabled"":true}",'=cmd|calc,applied,false,,${'0'.repeat(64)},${'a'.repeat(64)}`);
    expect(end).toBe('');
  });
});
