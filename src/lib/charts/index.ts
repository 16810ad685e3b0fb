/**
 * Charts from typed indicators: the serialisable spec and its label rules. What code outside src/lib may
 * use. Modules inside src/lib and browser scripts (src/scripts/) import the files themselves, so a browser
 * bundle carries only what it uses.
 */
export { type ChartSpec, chartAriaLabel, chartLayout, chartPlacements, chartSpec, chartTable } from './spec.ts';
