// JSON schemas of the registry routes' params, queries and bodies; documents themselves are checked with zod.
export const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[a-z0-9][a-z0-9.-]*$', maxLength: 200 } },
} as const;

export const versionParams = {
  type: 'object',
  required: ['id', 'n'],
  properties: { id: idParams.properties.id, n: { type: 'string', pattern: '^[0-9]+$' } },
} as const;

export const getQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { version: { type: 'string', pattern: '^[0-9]+$' }, asOf: { type: 'string', minLength: 1 } },
} as const;

export const diffQuery = {
  type: 'object',
  required: ['from', 'to'],
  additionalProperties: false,
  properties: { from: { type: 'string', pattern: '^[0-9]+$' }, to: { type: 'string', pattern: '^[0-9]+$' } },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { includeRetired: { type: 'boolean' } },
} as const;

export const documentBody = {
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
    spec: { type: 'object' },
    message: { type: 'string', maxLength: 2000 },
  },
} as const;

export const decisionBody = {
  anyOf: [
    { type: 'null' },
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        reason: { type: 'string', maxLength: 2000 },
        override: {
          type: 'object',
          required: ['reason'],
          additionalProperties: false,
          properties: { reason: { type: 'string', minLength: 1, maxLength: 2000 } },
        },
      },
    },
  ],
} as const;

export const applyBody = {
  type: 'object',
  required: ['documents'],
  additionalProperties: false,
  properties: {
    documents: { type: 'array', items: { type: 'object' }, maxItems: 10000 },
    message: { type: 'string', maxLength: 2000 },
    approve: { type: 'boolean' },
    approvedBy: { type: 'string', minLength: 1, maxLength: 200 },
    prune: { type: 'boolean' },
    override: decisionBody.anyOf[1].properties.override,
  },
} as const;

export const noQuery = { type: 'object', additionalProperties: false, properties: {} } as const;
