/**
 * content/CLAIMS.md, the claims audit: one table per narrative text, every row with a verdict,
 * and a summary whose counts are the counts of the rows (so the audit's figures cannot drift).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const md = readFileSync(join(root, 'content/CLAIMS.md'), 'utf8');

function audit(text: string) {
	const sections = new Map<string, { '✓': number; '✎': number; '✗': number }>();
	let current: string | undefined;
	for (const line of text.split('\n')) {
		const h = line.match(/^## content\/(\S+)$/);
		if (h) {
			current = h[1];
			sections.set(current, { '✓': 0, '✎': 0, '✗': 0 });
			continue;
		}
		const row = line.match(/^\| \d+ \| .* \| ([✓✎✗]) \|.*\|$/);
		if (current && row) sections.get(current)![row[1] as '✓' | '✎' | '✗']++;
	}
	const summary = new Map<string, number[]>();
	for (const m of text.matchAll(/^\| ((?:editions|articles)\/\S+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|$/gm))
		summary.set(m[1], m.slice(2).map(Number));
	return { sections, summary };
}

describe('claims audit', () => {
	const { sections, summary } = audit(md);

	it('covers each of the ten narrative texts, and only files that exist', () => {
		expect(sections.size).toBe(10);
		for (const f of sections.keys()) expect(existsSync(join(root, 'content', f)), f).toBe(true);
	});

	it('its summary counts are the counts of its rows', () => {
		for (const [f, c] of sections) {
			const n = c['✓'] + c['✎'] + c['✗'];
			expect(n, `${f} has rows`).toBeGreaterThan(0);
			expect(summary.get(f), f).toEqual([n, c['✓'], c['✎'], c['✗']]);
		}
	});

	it('detects a summary that drifts from the rows (planted)', () => {
		const planted = md.replace(/^(\| editions\/2020\.mdx \| )(\d+)/m, (_, a, n) => `${a}${Number(n) + 1}`);
		const { sections: s2, summary: m2 } = audit(planted);
		const c = s2.get('editions/2020.mdx')!;
		expect(m2.get('editions/2020.mdx')![0]).not.toBe(c['✓'] + c['✎'] + c['✗']);
	});
});
