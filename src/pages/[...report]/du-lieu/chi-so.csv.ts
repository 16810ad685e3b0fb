/** Open data: every indicator of the report as CSV (UTF-8 with BOM, comma-separated, dot decimals, RFC 4180 quoting). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReportData, openDataRows, reportRoutes } from '../../../data/report';
import { publicUrl } from '../../../data/url';
import { openDataCsv } from '../../../lib/publish/index.ts';

export const getStaticPaths = reportRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await getReportData(params['report']);
  return new Response(openDataCsv(openDataRows(data, publicUrl)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
