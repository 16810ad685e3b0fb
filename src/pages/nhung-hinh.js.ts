/** The host-page script of figure embeds (`nhung-hinh.js`): sizes each embedded figure's frame to its content. */
import type { APIRoute } from 'astro';
import { embedHostScript } from '../lib/publish/index.ts';

export const GET: APIRoute = () => new Response(embedHostScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
