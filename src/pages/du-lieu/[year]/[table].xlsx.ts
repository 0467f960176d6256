/** /du-lieu/<year>/<table>.xlsx: one ranking table of one edition (src/lib/downloads/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue, tableFilePaths } from '../../../open-data.ts';
import { renderTable } from '../../../lib/downloads/catalogue.ts';

export const getStaticPaths = (() => tableFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number; id: string }> = async ({ props, site }) =>
	new Response(await renderTable(await getCatalogue(site), props.year, props.id, 'xlsx'), {
		headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
	});
