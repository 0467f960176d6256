/**
 * /so-sanh/tinh.json, /so-sanh/bo.json (and /en/so-sanh/…): what the compare page lays side by
 * side, its labels and names in the page's language (src/lib/compare/).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../../data.ts';
import { compareData } from '../../../lib/compare/model.ts';
import { withLocales, localeOfParams } from '../../../lib/locale-routes.ts';
import { LEVEL_SEGMENT } from '../../../lib/url.ts';
import type { Level } from '../../../lib/data/schema.ts';

export const getStaticPaths = (() =>
	withLocales(
		(['provinces', 'ministries'] as const).map((level) => ({
			params: { level: LEVEL_SEGMENT[level] },
			props: { level },
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ level: Level }> = async (ctx) =>
	new Response(JSON.stringify(compareData(await getDataset(), ctx.props.level, localeOfParams(ctx.params))), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
