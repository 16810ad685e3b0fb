/** A series as a chart spec for the site's chart code (`lib/charts.ts`): one bar a period, oldest first. Pure. */
import { chartSpec, type ChartSpec } from '../charts/spec.ts';
import type { Series } from './series.ts';

/**
 * The chart of a series whose points compare (throws for one that does not: never one chart over mixed
 * units or periods). Each bar is labelled with its period; `title` heads the figure.
 */
export function seriesChartSpec(series: Series, title: string): ChartSpec {
  if (series.mismatch) throw new Error(`series "${series.id}": its points do not compare (${series.mismatch.kind}); list them instead`);
  const indicators = series.points.map((p, n) => ({
    id: `p${n + 1}`,
    label: `${p.period} — ${p.reportTitle}`,
    value: p.value,
    unit: p.unit,
    headline: false,
    ...(p.qualifier === undefined ? {} : { qualifier: p.qualifier }),
  }));
  const chart = { id: `chuoi-${series.id}`, title, type: 'bar' as const, measure: 'value' as const, indicators: indicators.map((i) => i.id), labels: series.points.map((p) => p.period) };
  return chartSpec(chart, indicators, 0);
}
