import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/feed/csv-parse';

/** Records as `cell|cell / cell|cell`, so each case of the table stays on one line. */
const flat = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.reason);
  return result.records.map((record) => record.cells.join('|')).join(' / ');
};

describe('parseCsv', () => {
  it.each([
    ['plain cells', 'a,b\n1,2\n', 'a|b / 1|2'],
    ['no final newline', 'a,b\n1,2', 'a|b / 1|2'],
    ['CRLF as Excel writes it', 'a,b\r\n1,2\r\n', 'a|b / 1|2'],
    ['old Mac CR line ends', 'a,b\r1,2\r', 'a|b / 1|2'],
    ['a UTF-8 byte order mark', '\uFEFFid,title\n1,x\n', 'id|title / 1|x'],
    ['a comma inside quotes', 'a\n"one, two"\n', 'a / one, two'],
    ['doubled quotes', 'a\n"say ""hi"""\n', 'a / say "hi"'],
    ['a newline inside quotes', 'a,b\n"x\r\ny",z\n', 'a|b / x\r\ny|z'],
    ['empty cells', 'a,b,c\n,,\n', 'a|b|c / ||'],
    ['an empty quoted cell', 'a,b\n"",x\n', 'a|b / |x'],
    ['a quote inside an unquoted cell', 'a\n5" screen\n', 'a / 5" screen'],
    ['spaces after a closing quote', 'a,b\n"x"  ,y\n', 'a|b / x|y'],
    ['semicolons, as European Excel writes', 'id;title\n1;"a; b, c"\n', 'id|title / 1|a; b, c'],
    ['commas when the header has more of them', 'id,title;x\n1,2\n', 'id|title;x / 1|2'],
    ["Excel's sep= line", 'sep=;\r\nid;title\r\n1;x,y\r\n', 'id|title / 1|x,y'],
    ['a blank line', 'a\n\nb\n', 'a /  / b'],
  ])('reads %s', (_name, text, expected) => {
    expect(flat(text)).toBe(expected);
  });

  it('gives the line each record starts on, past newlines inside quotes', () => {
    const result = parseCsv('id,summary\n1,"two\nlines"\n2,x\n');
    expect(result.ok && result.records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it('counts lines from after a sep= line', () => {
    const result = parseCsv('sep=,\nid\n1\n');
    expect(result.ok && result.records.map((record) => record.line)).toEqual([2, 3]);
  });

  it.each([
    ['a quote that never closes', 'a,b\n1,"open\n2,3\n', 'a quoted cell that starts on line 2 never ends', 2],
    ['text after a closing quote', 'a\n"x"y\n', 'line 2 has text after the closing quote of a cell', 2],
  ])('refuses %s, naming the line', (_name, text, reason, line) => {
    expect(parseCsv(text)).toEqual({ ok: false, reason, line });
  });
});
