/** /du-lieu/<year>/<table>.json (and /en/du-lieu/…): one ranking table of one edition (src/lib/downloads/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue, tableFilePaths } from '../../../../open-data.ts';
import { renderTable } from '../../../../lib/downloads/catalogue.ts';
import { localeOfParams } from '../../../../lib/locale-routes.ts';

export const getStaticPaths = (() => tableFilePaths()) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number; id: string }> = async (ctx) =>
	new Response(
		await renderTable(
			await getCatalogue(ctx.site, localeOfParams(ctx.params)),
			ctx.props.year,
			ctx.props.id,
			'json',
		),
		{
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		},
	);
