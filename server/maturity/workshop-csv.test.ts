import { parseWorkshopCsv } from './workshop-csv';

const HEADER = 'assessor,criterion,answer,note';

describe('parseWorkshopCsv', () => {
  it('groups answers by assessor, keeping quoted notes with commas and newlines', () => {
    const text = [
      HEADER,
      'alice,a1,met,',
      'alice,a2,partial,"half done, see ""wiki""\nsecond line"',
      'bob,a1,n/a,',
      'Alice,a3,not-met,late',
      '',
    ].join('\n');
    expect(parseWorkshopCsv(text, 'w.csv')).toEqual({
      ok: true,
      assessors: [
        {
          assessor: 'alice',
          answers: {
            a1: { answer: 'met' },
            a2: { answer: 'partial', note: 'half done, see "wiki"\nsecond line' },
            a3: { answer: 'not-met', note: 'late' },
          },
        },
        { assessor: 'bob', answers: { a1: { answer: 'n/a' } } },
      ],
    });
  });

  it('names every bad line with its file and line, counting newlines inside quotes', () => {
    const text = [
      HEADER,
      'alice,a1,met,"two',
      'lines"',
      'alice,a2,yes,',
      ',a3,met,',
      'bob,a1,met,',
      'BOB,a1,partial,',
      'carol,a1',
    ].join('\n');
    expect(parseWorkshopCsv(text, 'w.csv')).toEqual({
      ok: false,
      problems: [
        'w.csv:4: the answer "yes" is not one of met, partial, not-met, n/a',
        'w.csv:5: the assessor is empty',
        'w.csv:7: BOB answers a1 twice (first on line 6)',
        'w.csv:8: expected 4 fields (assessor,criterion,answer,note), got 2',
      ],
    });
  });

  it('refuses a wrong header, an unclosed quote and a file without answers', () => {
    expect(parseWorkshopCsv('who,what,answer,note\nalice,a1,met,\n', 'w.csv')).toEqual({
      ok: false,
      problems: ['w.csv:1: the header must be "assessor,criterion,answer,note", got "who,what,answer,note"'],
    });
    expect(parseWorkshopCsv(`${HEADER}\nalice,a1,met,"open\n`, 'w.csv')).toEqual({
      ok: false,
      problems: ['w.csv:2: a quoted field is not closed'],
    });
    expect(parseWorkshopCsv(`${HEADER}\n`, 'w.csv')).toEqual({
      ok: false,
      problems: ['w.csv: no answers after the header'],
    });
  });
});
