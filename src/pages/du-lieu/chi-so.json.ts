/** Open data: every indicator of the report as JSON (report metadata, column names, one object per indicator). */
import type { APIRoute } from 'astro';
import { getReportData, openDataRows } from '../../data/report';
import { publicUrl } from '../../data/url';
import { openDataJson } from '../../lib/open-data';

export const GET: APIRoute = async () => {
  const data = await getReportData();
  const { report } = data;
  const meta = { title: report.title.replace(/\n/g, ' '), issuer: report.issuer, number: report.number, date: report.date, url: publicUrl('/') };
  return new Response(openDataJson(meta, openDataRows(data, publicUrl)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
