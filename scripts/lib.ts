/** Small file helpers shared by the publishing scripts. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (the folder holding package.json). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function readText(path: string): string {
	return readFileSync(resolve(ROOT, path), 'utf8');
}

export function readJson<T = unknown>(path: string): T {
	return JSON.parse(readText(path)) as T;
}

/** A data file's text as the importer writes it (tab-indented, final newline). */
export const jsonText = (data: unknown): string => `${JSON.stringify(data, null, '\t')}\n`;

/** Writes JSON atomically (temp file + rename), as `jsonText`. */
export function writeJsonAtomic(path: string, data: unknown): void {
	const full = resolve(ROOT, path);
	mkdirSync(dirname(full), { recursive: true });
	const tmp = `${full}.tmp-${process.pid}`;
	writeFileSync(tmp, jsonText(data));
	renameSync(tmp, full);
}
