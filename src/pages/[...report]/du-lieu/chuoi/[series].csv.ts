/** One series as CSV, as the report saw it (points of reports no newer than it); only series of two points or more. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, reportParam, seriesOf } from '../../../../data/report';
import { publicUrl } from '../../../../data/url';
import { seriesCsv, type Series } from '../../../../lib/series/index';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.reports.flatMap((data) => {
    const seen = new Map<string, Series>();
    for (const i of data.indicators) {
      const s = seriesOf(site, data, i);
      if (s) seen.set(s.id, s);
    }
    return [...seen.values()].map((series) => ({ params: { report: reportParam(data), series: series.id }, props: { series } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(seriesCsv([(props as { series: Series }).series], publicUrl), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
