/**
 * A site of several reports: every series across them at the site root, `series.json` and `series.csv`
 * (a one-report site has no series and gets neither file).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../data/report';
import { publicUrl } from '../data/url';
import { seriesCsv, seriesJson } from '../lib/series/index';

export const getStaticPaths = (async () => {
  const { multi } = await getSite();
  return multi ? [{ params: { file: 'series.json' } }, { params: { file: 'series.csv' } }] : [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { series } = await getSite();
  const shared = series.filter((s) => s.points.length >= 2);
  return params['file'] === 'series.csv'
    ? new Response(seriesCsv(shared, publicUrl), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })
    : new Response(seriesJson(shared, publicUrl), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
