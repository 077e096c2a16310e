export interface ErrorBody {
  error: { code: string; message: string; path?: string };
}

/** An error meant for the client: its status, code and message are sent as they are. */
export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly path?: string,
    readonly headers: Readonly<Record<string, string>> = {}
  ) {
    super(message);
  }
}

export const errorResponseSchema = {
  type: 'object',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      additionalProperties: false,
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        path: { type: 'string' },
      },
    },
  },
} as const;
