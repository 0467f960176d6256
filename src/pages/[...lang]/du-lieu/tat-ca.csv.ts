/** /du-lieu/tat-ca.csv (and /en/du-lieu/…): every edition, table and unit in long format (src/lib/downloads/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue, openDataPaths } from '../../../open-data.ts';
import { renderLong } from '../../../lib/downloads/catalogue.ts';
import { localeOfParams, localeParams } from '../../../lib/locale-routes.ts';

export const getStaticPaths = (() => openDataPaths(localeParams)) satisfies GetStaticPaths;

export const GET: APIRoute = async (ctx) =>
	new Response(renderLong(await getCatalogue(ctx.site, localeOfParams(ctx.params))), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
