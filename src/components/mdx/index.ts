/** Components MDX authors may use inside report entries, without importing them. */
export { default as Chart } from './Chart.astro';
