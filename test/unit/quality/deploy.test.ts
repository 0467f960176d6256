/**
 * Deployment files: the GitHub Pages workflow is valid YAML that installs with npm ci, builds
 * with the Pages base path and origin and uploads dist/; the `_headers` file (Netlify,
 * Cloudflare Pages) gives hashed assets a year and pages none, with no path under two
 * Cache-Control rules, at the root and under a sub-path.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { headersFile, IMMUTABLE, REVALIDATE } from '../../../scripts/deploy-headers.ts';
import { cacheControl, parseHeaders } from '../../fixtures/headers.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

interface Step {
	uses?: string;
	run?: string;
	id?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}

describe('.github/workflows/pages.yml', () => {
	const wf = parse(readFileSync(resolve(ROOT, '.github/workflows/pages.yml'), 'utf8')) as {
		on: Record<string, unknown>;
		permissions: Record<string, string>;
		jobs: Record<string, { steps: Step[]; needs?: string; environment?: { name: string } }>;
	};
	const steps = wf.jobs.build.steps;

	it('runs on pushes to main with the Pages permissions', () => {
		expect(wf.on.push).toEqual({ branches: ['main'] });
		expect(wf.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
	});
	it('installs with npm ci on the Node of .nvmrc and builds with the Pages base and origin', () => {
		expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe(
			'.nvmrc',
		);
		const runs = steps.filter((s) => s.run).map((s) => s.run);
		expect(runs).toEqual(['npm ci', 'npm run build']);
		const build = steps.find((s) => s.run === 'npm run build')!;
		const pages = steps.find((s) => s.uses?.startsWith('actions/configure-pages'))!;
		expect(build.env).toEqual({
			BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}/`,
			SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`,
		});
		expect(steps.indexOf(pages)).toBeLessThan(steps.indexOf(build));
	});
	it('uploads dist/ and deploys it after the build', () => {
		expect(steps.at(-1)).toEqual({ uses: 'actions/upload-pages-artifact@v3', with: { path: 'dist' } });
		expect(wf.jobs.deploy.needs).toBe('build');
		expect(wf.jobs.deploy.environment?.name).toBe('github-pages');
		expect(wf.jobs.deploy.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v4']);
	});
});

describe('_headers', () => {
	it.each([
		['/', ''],
		['/dti/', '/dti'],
	])('at base %s: assets immutable, pages revalidated, never both', (base, prefix) => {
		const rules = parseHeaders(headersFile(base));
		expect(rules.every((r) => r.pattern.startsWith(`${prefix}/`))).toBe(true);
		expect(cacheControl(rules, `${prefix}/_astro/be-vietnam-pro-latin-400-normal.PpnXBOrz.woff2`)).toEqual([
			IMMUTABLE,
		]);
		for (const page of ['/', '/2022/tinh/', '/tinh/da-nang/', '/rss.xml', '/sitemap-index.xml', '/404.html'])
			expect(cacheControl(rules, `${prefix}${page}`)).toEqual([REVALIDATE]);
		expect(rules.find((r) => r.pattern === `${prefix}/*`)?.headers).toContainEqual([
			'X-Content-Type-Options',
			'nosniff',
		]);
	});
});
