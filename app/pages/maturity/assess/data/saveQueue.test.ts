import { begin, emptyQueue, enqueue, failed, statusOf, succeeded } from './saveQueue';

const at = Date.parse('2026-12-02T13:04:05Z');

describe('save queue', () => {
  it('sends only the changed criteria, the latest entry of each', () => {
    let q = enqueue(emptyQueue, 'a', { answer: 'met' });
    q = enqueue(q, 'b', { answer: 'partial', note: 'half' });
    q = enqueue(q, 'a', { answer: 'not-met' });
    const { queue, body } = begin(q);
    expect(body).toEqual({ a: { answer: 'not-met' }, b: { answer: 'partial', note: 'half' } });
    expect(queue.pending).toEqual({});
    expect(statusOf(queue)).toEqual({ kind: 'saving' });
  });

  it('does not start a second save while one is under way, and keeps later edits for the next', () => {
    const first = begin(enqueue(emptyQueue, 'a', { answer: 'met' })).queue;
    const edited = enqueue(first, 'a', { answer: 'partial' });
    expect(begin(edited).body).toBeNull();
    const done = succeeded(edited, at);
    expect(done.pending).toEqual({ a: { answer: 'partial' } });
    expect(begin(done).body).toEqual({ a: { answer: 'partial' } });
  });

  it('puts a failed save back, with edits made meanwhile winning', () => {
    let q = begin(enqueue(enqueue(emptyQueue, 'a', { answer: 'met' }), 'b', { answer: 'n/a' })).queue;
    q = enqueue(q, 'a', { answer: 'partial', note: 'later' });
    q = failed(q, 'Could not reach the KPI server');
    expect(q.pending).toEqual({ a: { answer: 'partial', note: 'later' }, b: { answer: 'n/a' } });
    expect(q.inFlight).toBeNull();
    expect(statusOf(q)).toEqual({ kind: 'error', text: 'Not saved: Could not reach the KPI server' });
  });

  it('takes out an entry that can no longer be saved', () => {
    const q = enqueue(enqueue(emptyQueue, 'a', { answer: 'met' }), 'a', undefined);
    expect(begin(q).body).toBeNull();
  });

  it('says when everything was saved', () => {
    expect(statusOf(emptyQueue)).toEqual({ kind: 'idle' });
    const q = succeeded(begin(enqueue(emptyQueue, 'a', { answer: 'met' })).queue, at);
    expect(statusOf(q)).toEqual({ kind: 'saved', text: 'All changes saved 13:04:05' });
  });
});
