/**
 * The one place pages get data from: reads every data collection once per build and builds the
 * model. The collections' loader (src/lib/data/collections.ts) has already run every check.
 */
import { getCollection } from 'astro:content';
import { buildDataset, type Dataset } from './lib/data/model.ts';

let cached: Promise<Dataset> | undefined;

async function load(): Promise<Dataset> {
	const [provinces, ministries, sources, editions, results] = await Promise.all([
		getCollection('provinces'),
		getCollection('ministries'),
		getCollection('sources'),
		getCollection('editions'),
		getCollection('results'),
	]);
	const raw = {
		provinces: provinces.map((e) => e.data),
		ministries: ministries.map((e) => e.data),
		sources: sources.map((e) => e.data),
		editions: editions.map((e) => e.data),
		tables: results.map((e) => ({ ...e.data, file: e.filePath ?? `data/editions/${e.id}.json` })),
	};
	return buildDataset(raw);
}

/** The dataset model for this build (loaded and checked once). */
export function getDataset(): Promise<Dataset> {
	cached ??= load();
	return cached;
}
