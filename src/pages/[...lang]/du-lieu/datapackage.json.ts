/** /du-lieu/datapackage.json (and /en/du-lieu/…): the Frictionless Data Package descriptor of the downloads. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue, openDataPaths } from '../../../open-data.ts';
import { dataPackageJson } from '../../../lib/downloads/files.ts';
import { localeOfParams, localeParams } from '../../../lib/locale-routes.ts';

export const getStaticPaths = (() => openDataPaths(localeParams)) satisfies GetStaticPaths;

export const GET: APIRoute = async (ctx) =>
	new Response(dataPackageJson(await getCatalogue(ctx.site, localeOfParams(ctx.params))), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
