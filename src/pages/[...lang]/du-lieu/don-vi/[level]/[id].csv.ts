/** /du-lieu/don-vi/<tinh|bo>/<id>.csv (and /en/du-lieu/…): one unit across editions, the data of its history chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../../../data.ts';
import { getCatalogue, openDataPaths } from '../../../../../open-data.ts';
import { renderUnit, unitsWithCsv } from '../../../../../lib/downloads/catalogue.ts';
import { withLocales, localeOfParams } from '../../../../../lib/locale-routes.ts';
import { LEVEL_SEGMENT } from '../../../../../lib/url.ts';

export const getStaticPaths = (() =>
	openDataPaths(async () =>
		withLocales(
			unitsWithCsv(await getDataset()).map((u) => ({
				params: { level: LEVEL_SEGMENT[u.level], id: u.id },
				props: { unit: u.id },
			})),
		),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: string }> = async (ctx) =>
	new Response(renderUnit(await getCatalogue(ctx.site, localeOfParams(ctx.params)), ctx.props.unit), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
