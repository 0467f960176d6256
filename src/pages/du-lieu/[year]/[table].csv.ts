/** /du-lieu/<year>/<table>.csv: one ranking table of one edition (src/lib/downloads/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue, tableFilePaths } from '../../../open-data.ts';
import { renderTable } from '../../../lib/downloads/catalogue.ts';

export const getStaticPaths = (() => tableFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number; id: string }> = async ({ props, site }) =>
	new Response(await renderTable(await getCatalogue(site), props.year, props.id, 'csv'), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
