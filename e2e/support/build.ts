/** Builds for the specs: the project's one build helper, and the bundled fixture report. */
import { join } from 'node:path';
import { projectRoot } from '../../scripts/lib/build-site.ts';

export { buildSite, buildSiteAsync, copyContent, projectRoot, type BuildResult } from '../../scripts/lib/build-site.ts';

/** The second, tiny report the build tests use. */
export const fixtureReport = join(projectRoot, 'e2e/fixtures/mini-report');
