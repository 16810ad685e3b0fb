/**
 * Every schema problem of a report's content at once, in plain words: each line names the file and the
 * field ("content/report.json: "issuer" is missing"), so a person fixes all of them in one pass instead
 * of one file per build. Pure: callers read the files.
 */
import type { z } from 'astro/zod';

/** One file's parsed data and the schema it must satisfy. */
export interface SchemaInput {
  /** File path, as shown in messages. */
  file: string;
  /** Parsed JSON or YAML frontmatter. */
  data: unknown;
  /** Schema of that kind of file. */
  schema: z.ZodType;
}

/** A field path in words: ["indicators", 0, "value"] → "indicators.0.value" (quoted). */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? 'the file' : `"${path.map(String).join('.')}"`;
}

/** The value at `path` inside `data`, or undefined. */
function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One issue in plain words: a missing field says so; others keep the schema's own message. */
function issueText(issue: z.core.$ZodIssue, data: unknown): string {
  const field = fieldName(issue.path);
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) return `${field} is missing`;
  return `${field}: ${issue.message}`;
}

/** Every problem of every file, "file: field …", in file order; empty when all are valid. */
export function schemaProblems(inputs: SchemaInput[]): string[] {
  const problems: string[] = [];
  for (const { file, data, schema } of inputs) {
    const result = schema.safeParse(data);
    if (!result.success) for (const issue of result.error.issues) problems.push(`${file}: ${issueText(issue, data)}`);
  }
  return problems;
}
