/**
 * Valid-HTML gate: html-validate with the project's .htmlvalidate.json over HTML files, and the W3C Nu Html
 * Checker (vnu.jar, run on Java), the reference validator, which catches what html-validate lets pass
 * (a script after `</html>`).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** The Nu checker's jar, from the vnu-jar package. */
const vnuJar = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
}

/**
 * Errors the Nu Html Checker finds in `files`, all checked by one Java process (a JVM start is slow).
 * Warnings and info messages are not errors and are not reported. Needs `java` on the PATH (or JAVA).
 */
export async function validateWithNu(files: string[]): Promise<HtmlProblem[]> {
  const java = process.env['JAVA'] ?? 'java';
  const args = ['-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files];
  const output = await new Promise<string>((done, fail) => {
    execFile(java, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) fail(new Error(`vnu.jar did not run (is Java installed? .ci/run installs it): ${error.message}\n${stderr}`));
      else done(stderr.trim() !== '' ? stderr : stdout);
    });
  });
  const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
  return messages
    // "Cannot recover after last error" repeats the error before it; any other fatal error is kept.
    .filter((m) => m.type === 'error' && !(m.subType === 'fatal' && /^Cannot recover after last error/u.test(m.message)))
    .map((m) => ({
      file: m.url?.startsWith('file:') ? fileURLToPath(m.url) : (m.url ?? ''),
      line: m.lastLine ?? 0,
      column: m.firstColumn ?? m.lastColumn ?? 0,
      rule: 'vnu',
      message: m.message,
    }));
}
