/**
 * scripts/build.ts starts Astro before it loads the project's code: its static imports are Node's
 * own modules and the two small ones starting Astro needs (the project root, the page-cache lock).
 * Loading the rest first (locales, the narrative code behind the page-cache key, the open-data
 * cache) made Astro start 0.12–0.17 s later in every build.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The modules a file imports statically (not `import type`, not `await import(…)`). */
const staticImports = (file: string) =>
	[...readFileSync(join(ROOT, file), 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)';/gm)].map(
		(m) => m[1],
	);

describe('scripts/build.ts starts Astro first', () => {
	it('loads only Node modules, the project root and the page-cache lock before starting Astro', () => {
		const own = staticImports('scripts/build.ts').filter((m) => !m.startsWith('node:'));
		expect(own.sort()).toEqual(['../src/lib/page-cache-lock.ts', './lib.ts']);
	});
	it('and those two load nothing of the project themselves', () => {
		for (const f of ['scripts/lib.ts', 'src/lib/page-cache-lock.ts'])
			expect(
				staticImports(f).filter((m) => !m.startsWith('node:')),
				f,
			).toEqual([]);
	});
});
