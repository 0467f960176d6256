/**
 * Builds the real site once per test run, at the sub-path /dti/, into .build-tmp/test-site,
 * through the same script users run (`scripts/build.ts`). Build tests and browser tests read
 * it. Set DTI_SKIP_BUILD=1 to run unit tests alone.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/** One folder per test run, so runs in parallel (several terminals, CI) never share a site. */
export const SITE_DIR = resolve(import.meta.dirname, `../.build-tmp/test-site-${process.pid}`);
export const SITE_BASE = '/dti/';

/**
 * The environment without what Vitest adds (NODE_ENV=test, BASE_URL, MODE, DEV, PROD, SSR,
 * VITEST_*): Vite would read BASE_URL as the build's base and ignore BASE_PATH.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const k of Object.keys(env)) {
		if (['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(k) || k.startsWith('VITEST'))
			delete env[k];
	}
	return env;
}

export default function setup(project: TestProject): () => void {
	project.provide('siteDir', SITE_DIR);
	project.provide('siteBase', SITE_BASE);
	const teardown = () => rmSync(SITE_DIR, { recursive: true, force: true });
	if (process.env.DTI_SKIP_BUILD) return teardown;
	const started = Date.now();
	const r = spawnSync(process.execPath, ['scripts/build.ts', '--out', SITE_DIR], {
		cwd: resolve(import.meta.dirname, '..'),
		env: { ...cleanEnv(), BASE_PATH: SITE_BASE, SITE_URL: 'https://dti.example.org' },
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`Site build for tests failed:\n${r.stdout}\n${r.stderr}`);
	process.stdout.write(
		`Built the test site at ${SITE_BASE} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
	);
	return teardown;
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteDir: string;
		siteBase: string;
	}
}
