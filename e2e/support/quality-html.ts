/** Valid-HTML gate: html-validate with the project's .htmlvalidate.json over HTML files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { projectRoot } from './build.ts';

/** One html-validate error, located. */
export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  /** html-validate rule id, e.g. "element-permitted-content". */
  rule: string;
  message: string;
}

/** The project's html-validate configuration, read from .htmlvalidate.json at the project root. */
export function htmlValidateConfig(): ConfigData {
  return { ...(JSON.parse(readFileSync(join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData), root: true };
}

/** Errors html-validate finds in `files` (warnings are not errors and are not reported). */
export async function validateHtml(files: string[]): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig()));
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity !== 2) continue;
        problems.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
      }
    }
  }
  return problems;
}

/** Problems as one line each, for a failing assertion's message. */
export function formatHtmlProblems(problems: HtmlProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule}: ${p.message}`).join('\n');
}
