/** /du-lieu/datapackage.json (and /en/du-lieu/…): the Frictionless Data Package descriptor of the downloads. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../open-data.ts';
import { dataPackage } from '../../../lib/downloads/catalogue.ts';
import { localeOfParams, localeParams } from '../../../lib/locale-routes.ts';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

export const GET: APIRoute = async (ctx) =>
	new Response(
		JSON.stringify(dataPackage(await getCatalogue(ctx.site, localeOfParams(ctx.params))), null, 1) + '\n',
		{
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	);
