/**
 * The one place pages get data from: reads every collection once per build, checks the
 * invariants (a failure stops the build with file, entry and field), and builds the model.
 */
import { getCollection } from 'astro:content';
import { buildDataset, type Dataset } from './lib/data/model.ts';
import { checkDataset, DataError } from './lib/data/invariants.ts';

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
	const issues = checkDataset(raw);
	if (issues.length) throw new DataError(issues);
	return buildDataset(raw);
}

/** The dataset model for this build (loaded and checked once). */
export function getDataset(): Promise<Dataset> {
	cached ??= load();
	return cached;
}
