import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	utimesSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	cachedOpenData,
	fillOpenData,
	KEEP,
	openDataKey,
	placeOpenData,
} from '../../../scripts/open-data-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'dti-open-data-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const put = (root: string, file: string, text: string) => {
	mkdirSync(dirname(join(root, file)), { recursive: true });
	writeFileSync(join(root, file), text);
};

function project(name: string): string {
	const root = join(work, name);
	put(root, 'data/editions/2024.json', '{"year":2024}');
	put(root, 'src/lib/downloads/csv.ts', 'export const x = 1;');
	put(root, 'scripts/open-data-files.ts', '// writer');
	put(root, 'package-lock.json', '{}');
	return root;
}

describe('the open-data cache key', () => {
	it('is the same for the same inputs and changes with data, code, the lock, the base path and the origin', () => {
		const root = project('key');
		const key = openDataKey(root, '/dti/', 'https://example.gov.vn');
		expect(key).toMatch(/^[0-9a-f]{16}$/);
		expect(openDataKey(root, '/dti/', 'https://example.gov.vn')).toBe(key);
		expect(openDataKey(root, '/', 'https://example.gov.vn')).not.toBe(key);
		expect(openDataKey(root, '/dti/', undefined)).not.toBe(key);
		const changed = (file: string, text: string) => {
			const before = readFileSync(join(root, file), 'utf8');
			put(root, file, text);
			const k = openDataKey(root, '/dti/', 'https://example.gov.vn');
			put(root, file, before);
			return k;
		};
		expect(changed('data/editions/2024.json', '{"year":2024 }')).not.toBe(key);
		expect(changed('src/lib/downloads/csv.ts', 'export const x = 2;')).not.toBe(key);
		expect(changed('scripts/open-data-files.ts', '// writer 2')).not.toBe(key);
		expect(changed('package-lock.json', '{"lockfileVersion":3}')).not.toBe(key);
		// A new file counts too, and so does its name.
		put(root, 'data/editions/2025.json', '{}');
		expect(openDataKey(root, '/dti/', 'https://example.gov.vn')).not.toBe(key);
		rmSync(join(root, 'data/editions/2025.json'));
		expect(openDataKey(root, '/dti/', 'https://example.gov.vn')).toBe(key);
		// What the files are not made of does not count.
		put(root, 'content/articles/a.mdx', '# A');
		expect(openDataKey(root, '/dti/', 'https://example.gov.vn')).toBe(key);
	});
});

describe('cache entries', () => {
	it('are complete or absent: a failed write leaves neither an entry nor its temporary folder', async () => {
		const cache = join(work, 'cache-fail');
		await expect(
			fillOpenData(cache, 'aaaa', async (dir) => {
				put(dir, 'du-lieu/half.csv', 'a');
				throw new Error('disk full');
			}),
		).rejects.toThrow('disk full');
		expect(cachedOpenData(cache, 'aaaa')).toBeUndefined();
		expect(readdirSync(cache)).toEqual([]);
	});

	it('are found after they are filled, and only the ones used last are kept', async () => {
		const cache = join(work, 'cache-keep');
		const keys = Array.from({ length: KEEP + 2 }, (_, i) => `k${i}`);
		for (const [i, key] of keys.entries()) {
			const { dir, files } = await fillOpenData(cache, key, async (d) => {
				put(d, 'du-lieu/a.csv', key);
				return 1;
			});
			expect(files).toBe(1);
			// Entries age in the order they were filled (mtime one second apart).
			const t = new Date(Date.now() - (keys.length - i) * 1000);
			utimesSync(dir, t, t);
			if (i === 1) expect(cachedOpenData(cache, 'k0')).toBe(join(cache, 'k0')); // k0 used again: now the newest
		}
		const kept = readdirSync(cache).sort();
		expect(kept).toHaveLength(KEEP);
		expect(kept).toContain('k0');
		expect(kept).toContain(keys.at(-1));
		expect(kept).not.toContain('k1');
		expect(cachedOpenData(cache, 'k1')).toBeUndefined();
	});

	it('are linked into a site with the same bytes, replacing what was there', async () => {
		const cache = join(work, 'cache-place');
		const { dir } = await fillOpenData(cache, 'bbbb', async (d) => {
			put(d, 'du-lieu/dti-2024.csv', '\uFEFFTỉnh,Điểm\nĐà Nẵng,0.82\n');
			put(d, 'en/du-lieu/dti-2024.csv', '\uFEFFProvince,Score\n');
			return 2;
		});
		const site = join(work, 'site');
		put(site, 'du-lieu/dti-2024.csv', 'stale');
		expect(placeOpenData(dir, site)).toBe(2);
		expect(readFileSync(join(site, 'du-lieu/dti-2024.csv'), 'utf8')).toBe('\uFEFFTỉnh,Điểm\nĐà Nẵng,0.82\n');
		expect(readFileSync(join(site, 'en/du-lieu/dti-2024.csv'), 'utf8')).toBe('\uFEFFProvince,Score\n');
		// Removing the site (as a later build does) leaves the entry whole.
		rmSync(site, { recursive: true });
		expect(existsSync(join(dir, 'du-lieu/dti-2024.csv'))).toBe(true);
	});
});
