/**
 * The held-out set: reports the proposer's rules were not written from, each imported once into a content
 * root under scripts/fixtures/held-out/ with its indicators typed by hand from the text (the answer key).
 * The agreement test and the bench measure the proposer on them apart from the bundled report.
 */
import { join } from 'node:path';
import { measureAgreement, type Agreement, proposeIndicators, type Proposal } from '../../src/lib/figures/index.ts';
import { projectRoot } from './build-site.ts';
import { readContent } from './report-content.ts';

/** The held-out content roots: a district 10-month report (the importer's fixture) and a provincial monthly report. */
export const heldOutRoots = ['muoi-thang', 'thang-10'].map((name) => join(projectRoot, 'scripts/fixtures/held-out', name));

/** Agreement of the proposer, run on each held-out entry's text alone, with its hand-typed answer key. */
export function heldOutAgreement(): Agreement {
  const entries = heldOutRoots.flatMap((root) => readContent(root));
  return measureAgreement(entries.map((e) => ({ text: e.text, indicators: e.indicators })));
}

/** Every proposal the proposer makes on the held-out texts, with the file it is for. */
export function heldOutProposals(): { file: string; proposal: Proposal }[] {
  return heldOutRoots.flatMap((root) => readContent(root)).flatMap((e) => proposeIndicators(e.text).map((proposal) => ({ file: e.file, proposal })));
}
