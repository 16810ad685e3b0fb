/** Builds for the specs: the project's one build helper, and the bundled fixture report. */
import { join } from 'node:path';
import { projectRoot } from '../../scripts/lib/build-site.ts';

export { buildSite, buildSiteAsync, copyContent, projectRoot, type BuildResult } from '../../scripts/lib/build-site.ts';

/** The second, tiny report the build tests use. */
export const fixtureReport = join(projectRoot, 'e2e/fixtures/mini-report');

/** A test report with what imported reports bring: a wide table, a letterhead, an untitled task, an entry without summary, an appendix after the signature. */
export const tableReport = join(projectRoot, 'e2e/fixtures/table-report');
