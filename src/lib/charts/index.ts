/**
 * Charts from typed indicators: the serialisable spec and its label rules. What the rest of the code may
 * use; browser scripts (src/scripts/) import the files themselves, so their bundles carry only what they
 * need.
 */
export { type ChartSpec, chartAriaLabel, chartLayout, chartPlacements, chartSpec, chartTable } from './spec.ts';
