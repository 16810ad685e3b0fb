/** Open data: every indicator of the report as JSON (report metadata, column names, one object per indicator). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReportData, openDataRows, reportRoutes } from '../../../data/report';
import { publicUrl } from '../../../data/url';
import { reportPath, openDataJson } from '../../../lib/publish/index.ts';

export const getStaticPaths = reportRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const data = await getReportData(params['report']);
  const { report } = data;
  const meta = { title: report.title.replace(/\n/g, ' '), issuer: report.issuer, number: report.number, date: report.date, url: publicUrl(reportPath(data.basePath, '/')) };
  return new Response(openDataJson(meta, openDataRows(data, publicUrl)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
