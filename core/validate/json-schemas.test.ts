import { ANY_KIND_SCHEMA_FILE, jsonSchemaFiles, schemaFileName } from './json-schemas';
import { jsonText } from './json-text';

describe('jsonSchemaFiles', () => {
  it('names one file per kind, kebab-case, beside the any-kind file', () => {
    expect(jsonSchemaFiles().map((f) => f.name)).toEqual([
      'kpi.schema.json',
      'scorecard-kind.schema.json',
      'journey.schema.json',
      'source.schema.json',
      'freeze-window.schema.json',
      'maturity-model.schema.json',
      'escalation-policy.schema.json',
      ANY_KIND_SCHEMA_FILE,
    ]);
    expect(schemaFileName('MaturityModel')).toBe('maturity-model.schema.json');
  });

  it('gives each schema a $id and title and keeps the document fields in order', () => {
    for (const file of jsonSchemaFiles()) {
      const schema = JSON.parse(file.text);
      expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(file.text.endsWith('}\n')).toBe(true);
    }
    const kpi = JSON.parse(jsonSchemaFiles()[0]?.text ?? '{}');
    expect(Object.keys(kpi.properties)).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(kpi.required).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
  });
});

describe('jsonText', () => {
  it('puts short lists of scalars on one line and breaks the rest', () => {
    const long = Array.from({ length: 30 }, (_, i) => `item${i}`);
    expect(jsonText({ a: [], b: {}, c: [1, 'two', null], d: [{ e: true }], f: long })).toBe(
      [
        '{',
        '  "a": [],',
        '  "b": {},',
        '  "c": [1, "two", null],',
        '  "d": [',
        '    {',
        '      "e": true',
        '    }',
        '  ],',
        '  "f": [',
        ...long.map((item, i) => `    "${item}"${i < long.length - 1 ? ',' : ''}`),
        '  ]',
        '}',
        '',
      ].join('\n')
    );
  });
});
