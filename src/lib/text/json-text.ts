/**
 * JSON read for people: a syntax error names the file, the line and the column, and says what was
 * expected in words ("the text ends before the JSON is complete"), instead of "Unexpected end of JSON input".
 */

/** A JSON syntax error located in its file. */
export class JsonTextError extends Error {
  /** File name as given. */
  readonly file: string;
  /** 1-based line of the error. */
  readonly line: number;
  /** 1-based column of the error. */
  readonly column: number;

  constructor(file: string, line: number, column: number, message: string) {
    super(`${file}:${line}:${column}: ${message}`);
    this.name = 'JsonTextError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parse JSON text; a syntax error throws a `JsonTextError` naming `file`, line and column. */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/u, '');
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/u.exec(message);
    const end = body.trimEnd().length;
    const truncated = /end of (?:JSON )?input|Unterminated string/iu.test(message) || (at !== null && Number(at[1]) >= end);
    const offset = at ? Math.min(Number(at[1]), end) : truncated ? end : 0;
    const { line, column } = lineColumn(body, offset);
    const what = truncated ? 'the text ends before the JSON is complete (is the file cut off?)' : `invalid JSON: ${message.replace(/\s*(?:in JSON )?at position \d+.*$/su, '')}`;
    throw new JsonTextError(file, line, column, what);
  }
}
