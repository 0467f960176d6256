/** /du-lieu/tat-ca.csv: every edition, table and unit in long format (src/lib/downloads/). */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../open-data.ts';
import { renderLong } from '../../lib/downloads/catalogue.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(renderLong(await getCatalogue(site)), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
