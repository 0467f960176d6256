/**
 * Remembers how each output folder was built (base path, public origin), so `npm run preview`
 * serves dist/ at the base it was built for. Kept in node_modules/.cache, outside the site.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ROOT } from './lib.ts';

const FILE = resolve(ROOT, 'node_modules/.cache/dti-site/builds.json');

export interface BuildRecord {
	base: string;
	site?: string;
}

function readAll(): Record<string, BuildRecord> {
	try {
		return JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, BuildRecord>;
	} catch {
		return {};
	}
}

export function recordBuild(out: string, record: BuildRecord): void {
	try {
		const all = readAll();
		all[resolve(out)] = record;
		mkdirSync(dirname(FILE), { recursive: true });
		writeFileSync(FILE, `${JSON.stringify(all, null, '\t')}\n`);
	} catch {
		// Only the preview uses it; a read-only node_modules must not fail the build.
	}
}

export function readBuildRecord(out: string): BuildRecord | undefined {
	return readAll()[resolve(out)];
}
