import { aliceResponses, criteria, fixtureCriterion } from '../fixtures';
import { applyEdit, type Draft, draftsOf, entryOf, linkProblem, problemsOf } from './drafts';

const byId = fixtureCriterion;
const owners = byId('data-owners');
const blank: Draft = { answer: undefined, note: '', link: '', source: undefined };

describe('draftsOf', () => {
  it('starts from own answers, the evidence and the exemption', () => {
    expect(draftsOf(criteria, aliceResponses.answers)).toEqual({
      'people-roles': {
        answer: 'met',
        note: 'see the HR chart',
        link: 'https://wiki.example.com/roles',
        source: 'assessor',
      },
      'people-training': blank,
      'people-review': blank,
      'data-catalog': blank,
      'data-owners': { answer: 'not-met', note: '', link: '', source: 'evidence' },
      'data-audit': { answer: 'n/a', note: '', link: '', source: 'exemption' },
    });
  });

  it('preselects the evidence answer even when the server gave none', () => {
    expect(draftsOf([owners], {})['data-owners']).toEqual({
      answer: 'not-met',
      note: '',
      link: '',
      source: 'evidence',
    });
  });
});

describe('linkProblem', () => {
  it('accepts http(s) addresses and an empty link', () => {
    expect(linkProblem('')).toBeUndefined();
    expect(linkProblem('https://wiki.example.com/a?b=1')).toBeUndefined();
    expect(linkProblem(' http://intranet/x ')).toBeUndefined();
  });

  it('refuses anything else', () => {
    for (const bad of ['wiki/page', 'ftp://files.example.com/x', 'javascript:alert(1)', 'https://']) {
      expect(linkProblem(bad)).toMatch(/must be a web address starting with http:\/\/ or https:\/\//);
    }
  });
});

describe('entryOf and problemsOf', () => {
  const roles = byId('people-roles');

  it('sends an answer with its trimmed note and link', () => {
    const d = applyEdit({ ...blank, note: ' ok ', link: 'https://x.example.com' }, { answer: 'partial' });
    expect(entryOf(roles, d)).toEqual({ answer: 'partial', note: 'ok', link: 'https://x.example.com' });
  });

  it('sends nothing unanswered, automatic or with a bad link', () => {
    expect(entryOf(roles, applyEdit(blank, { note: 'thinking' }))).toBeUndefined();
    expect(entryOf(owners, { answer: 'not-met', note: '', link: '', source: 'evidence' })).toBeUndefined();
    const badLink = applyEdit({ ...blank, answer: 'met' }, { link: 'wiki' });
    expect(problemsOf(roles, badLink).link).toBeDefined();
    expect(entryOf(roles, badLink)).toBeUndefined();
  });

  it('holds an override of the evidence until a note is there', () => {
    const override = applyEdit({ answer: 'not-met', note: '', link: '', source: 'evidence' }, { answer: 'met' });
    expect(problemsOf(owners, override).note).toBe(
      'The evidence says not met: answering met instead needs a note saying why. It is saved once the note is there.'
    );
    expect(entryOf(owners, override)).toBeUndefined();
    const explained = applyEdit(override, { note: 'owners named in the new RACI' });
    expect(problemsOf(owners, explained)).toEqual({});
    expect(entryOf(owners, explained)).toEqual({ answer: 'met', note: 'owners named in the new RACI' });
  });

  it('needs no note to agree with the evidence', () => {
    const agree = applyEdit({ answer: 'not-met', note: '', link: '', source: 'evidence' }, { answer: 'not-met' });
    expect(entryOf(owners, agree)).toEqual({ answer: 'not-met' });
  });

  it('never sends an exempt criterion', () => {
    expect(entryOf(byId('data-audit'), applyEdit(blank, { answer: 'met' }))).toBeUndefined();
  });
});
