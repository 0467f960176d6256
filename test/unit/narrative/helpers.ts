/** The real dataset model built from the committed data/ folder, without Astro's content store. */
import { resolve } from 'node:path';
import { buildDataset, type Dataset } from '../../../src/lib/data/model.ts';
import { readDataDir } from '../../../scripts/check.ts';

let cached: Dataset | undefined;

export function realDataset(): Dataset {
	if (cached) return cached;
	const { raw, issues } = readDataDir(resolve(import.meta.dirname, '../../..'));
	if (issues.length) throw new Error(`data/ has ${issues.length} schema issues`);
	cached = buildDataset(raw);
	return cached;
}
