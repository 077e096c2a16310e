import { BinaryOperator } from './ast';
import { ExpressionSyntaxError } from './syntax-error';

export type Token =
  | { type: 'number'; value: number; text: string; position: number }
  | { type: 'identifier'; text: string; position: number }
  | { type: 'operator'; operator: BinaryOperator; text: string; position: number }
  | { type: '(' | ')' | ','; text: string; position: number }
  | { type: 'end'; text: ''; position: number };

// × ÷ and the Unicode minus sign are accepted as the ASCII operators.
const OPERATORS: Record<string, BinaryOperator> = {
  '+': '+',
  '-': '-',
  '−': '-',
  '*': '*',
  '×': '*',
  '/': '/',
  '÷': '/',
};
const NUMBER = /(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;
const WORD_TAIL = /[A-Za-z0-9_.]+/y;
const SPACE = /\s+/y;

function matchAt(pattern: RegExp, src: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(src)?.[0];
}

/** How a character appears in a message: quoted when printable, as U+XXXX otherwise. */
export function describeCharacter(src: string, at: number): string {
  const code = src.codePointAt(at) ?? 0;
  const char = String.fromCodePoint(code);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(char) ? `"${char}"` : hex;
}

function numberToken(src: string, at: number, text: string): Token {
  const tail = matchAt(WORD_TAIL, src, at + text.length);
  if (tail !== undefined) {
    throw new ExpressionSyntaxError(`invalid number "${text}${tail}"`, at);
  }
  const value = Number(text);
  if (!Number.isFinite(value)) {
    throw new ExpressionSyntaxError(`number ${text} is too large`, at);
  }
  return { type: 'number', value, text, position: at };
}

function identifierToken(src: string, at: number, text: string): Token {
  const tail = src.charAt(at + text.length) === '.' ? matchAt(WORD_TAIL, src, at + text.length) : undefined;
  if (tail !== undefined) {
    const id = `${text}${tail}`;
    throw new ExpressionSyntaxError(`"${id}" is not a name: declare it under inputs (x: ${id}) and use x`, at);
  }
  return { type: 'identifier', text, position: at };
}

function tokenAt(src: string, at: number): Token {
  const char = src.charAt(at);
  const operator = OPERATORS[char];
  if (operator !== undefined) {
    return { type: 'operator', operator, text: char, position: at };
  }
  if (char === '(' || char === ')' || char === ',') {
    return { type: char, text: char, position: at };
  }
  const number = matchAt(NUMBER, src, at);
  if (number !== undefined) {
    return numberToken(src, at, number);
  }
  const identifier = matchAt(IDENTIFIER, src, at);
  if (identifier !== undefined) {
    return identifierToken(src, at, identifier);
  }
  if (char === '.') {
    throw new ExpressionSyntaxError('"." must be followed by digits', at);
  }
  throw new ExpressionSyntaxError(`unexpected character ${describeCharacter(src, at)}`, at);
}

/** Splits `src` into tokens; the parser supplies the `end` token. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < src.length) {
    const space = matchAt(SPACE, src, at);
    if (space !== undefined) {
      at += space.length;
      continue;
    }
    const token = tokenAt(src, at);
    tokens.push(token);
    at += token.text.length;
  }
  return tokens;
}
