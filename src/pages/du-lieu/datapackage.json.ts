/** /du-lieu/datapackage.json: the Frictionless Data Package descriptor of the downloads. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../open-data.ts';
import { dataPackage } from '../../lib/downloads/catalogue.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(JSON.stringify(dataPackage(await getCatalogue(site)), null, 1) + '\n', {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
