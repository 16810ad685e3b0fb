/** Open data: every indicator of the report as CSV (UTF-8 with BOM, comma-separated, dot decimals, RFC 4180 quoting). */
import type { APIRoute } from 'astro';
import { getReportData, openDataRows } from '../../data/report';
import { publicUrl } from '../../data/url';
import { openDataCsv } from '../../lib/open-data';

export const GET: APIRoute = async () => {
  const data = await getReportData();
  return new Response(openDataCsv(openDataRows(data, publicUrl)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
