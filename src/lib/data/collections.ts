/**
 * Content-collection loaders for data/: every collection is filled from one read of data/
 * through `readCheckedData` (schemas, then invariants), so the pages' entry point checks
 * exactly what `npm run check:data` checks, and a problem stops the build with file, entry and
 * field. The five collections share that one read.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { RawDataset } from './invariants.ts';
import { readCheckedDataOnce } from './load.ts';

/** The collections filled from data/. */
export type DataCollection = 'provinces' | 'ministries' | 'sources' | 'editions' | 'results';

/**
 * One checked read of data/, shared by the collections and with astro.config.mjs, which read
 * it first in the same process (read again after a change).
 */
const checked = (root: string): RawDataset => readCheckedDataOnce(root);

function entries(raw: RawDataset, kind: DataCollection): { id: string; data: object; filePath: string }[] {
	switch (kind) {
		case 'provinces':
			return raw.provinces.map((u) => ({ id: u.id, data: u, filePath: 'data/units/provinces.json' }));
		case 'ministries':
			return raw.ministries.map((u) => ({ id: u.id, data: u, filePath: 'data/units/ministries.json' }));
		case 'sources':
			return raw.sources.map((s) => ({ id: s.id, data: s, filePath: 'data/sources.json' }));
		case 'editions':
			return raw.editions.map((e) => ({
				id: String(e.year),
				data: e,
				filePath: `data/editions/${e.year}/edition.json`,
			}));
		case 'results':
			return raw.tables.map(({ file, ...t }) => ({
				id: file.replace(/^data\/editions\//, '').replace(/\.json$/, ''),
				data: t,
				filePath: file,
			}));
	}
}

/** A loader for one collection of data/ (`schema` on the collection gives the entry types). */
export function dataLoader(kind: DataCollection): Loader {
	return {
		name: `dti-data-${kind}`,
		load: async ({ store, config, watcher, logger }) => {
			const root = fileURLToPath(config.root);
			const sync = () => {
				store.clear();
				for (const e of entries(checked(root), kind)) store.set({ ...e, data: { ...e.data } });
			};
			sync();
			const dataDir = resolve(root, 'data');
			watcher?.add(dataDir);
			watcher?.on('change', (path) => {
				if (!path.startsWith(dataDir) || !path.endsWith('.json')) return;
				try {
					sync();
				} catch (e) {
					logger.error((e as Error).message);
				}
			});
		},
	};
}
