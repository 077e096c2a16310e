import { NEVER, of, throwError } from 'rxjs';
import { FieldType } from '@grafana/data';
import { collectResponses, errorMessage, runCollected } from './collect';

const frame = (name: string) => ({ name, fields: [{ name: 'v', type: FieldType.number, values: [1] }] });

describe('collectResponses', () => {
  test('a Promise: its frames (converted to DataFrames) and errors', async () => {
    const outcome = await collectResponses(
      Promise.resolve({ data: [frame('a')], errors: [{ message: 'partly', refId: 'B' }] })
    );
    expect(outcome.frames.map((f) => [f.name, f.length])).toEqual([['a', 1]]);
    expect(errorMessage(outcome.errors)).toBe('B: partly');
  });

  test('an Observable: packets with one key replace each other, other keys add up', async () => {
    const outcome = await collectResponses(
      of({ data: [frame('a1')], key: 'A' }, { data: [frame('a2')], key: 'A' }, { data: [frame('b')], key: 'B' })
    );
    expect(outcome.frames.map((f) => f.name)).toEqual(['a2', 'b']);
  });

  test('the deprecated single error and a thrown error both count', async () => {
    expect((await collectResponses(of({ data: [], error: { message: 'old style' } }))).errors).toEqual([
      { message: 'old style' },
    ]);
    const thrown = await collectResponses(throwError(() => new Error('boom')));
    expect(errorMessage(thrown.errors)).toBe('boom');
  });

  test('a synchronous throw from query() is an error outcome', async () => {
    const outcome = await runCollected(() => {
      throw new Error('sync');
    });
    expect(errorMessage(outcome.errors)).toBe('sync');
  });

  test('a query that never completes times out with what it had', async () => {
    const outcome = await collectResponses(NEVER, 50);
    expect(errorMessage(outcome.errors)).toBe('the query did not complete within 0.05 s');
  });
});
