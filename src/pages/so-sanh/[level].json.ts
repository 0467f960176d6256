/** /so-sanh/tinh.json, /so-sanh/bo.json: what the compare page lays side by side (src/lib/compare/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../data.ts';
import { compareData } from '../../lib/compare/model.ts';
import { LEVEL_SEGMENT } from '../../lib/url.ts';
import type { Level } from '../../lib/data/schema.ts';

export const getStaticPaths = (() =>
	(['provinces', 'ministries'] as const).map((level) => ({
		params: { level: LEVEL_SEGMENT[level] },
		props: { level },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ level: Level }> = async ({ props }) =>
	new Response(JSON.stringify(compareData(await getDataset(), props.level)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
