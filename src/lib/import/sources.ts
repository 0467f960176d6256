/**
 * Reads the source-key table (section 2 of the dataset's SOURCES.md) into `data/sources.json`,
 * so each result row can cite the page it came from.
 */
import type { Source } from '../data/schema.ts';

const GITHUB = /^GitHub repository (\S+) \(snapshot; commit ([0-9a-f]{40})[^)]*\), (?:file|notebook) (\S+)/;

/** Parses the markdown table rows `| KEY | address | provides |` of section 2 into sources. */
export function parseSourceTable(markdown: string): Source[] {
	const out: Source[] = [];
	const start = markdown.search(/^## 2\./m);
	const end = markdown.search(/^## 3\./m);
	const section = markdown.slice(start < 0 ? 0 : start, end < 0 ? undefined : end);
	for (const line of section.split('\n')) {
		const m = /^\|\s*([A-Z][A-Z0-9_]*)\s*\|\s*(.+?)\s*\|\s*(.+?)\s*\|\s*$/.exec(line);
		if (!m || m[1] === 'key') continue;
		const [, key, address, provides] = m;
		let url: string | undefined;
		if (/^https?:\/\//.test(address)) url = address.split(/\s/)[0];
		else {
			const g = GITHUB.exec(address);
			if (g) url = `https://github.com/${g[1]}/blob/${g[2]}/${g[3]}`;
		}
		if (!url) throw new Error(`SOURCES.md: cannot read an address for source key ${key}`);
		out.push({ id: key, url, provides: provides.replace(/\*\*/g, '') });
	}
	return out;
}
