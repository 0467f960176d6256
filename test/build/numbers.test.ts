/**
 * Every published rank and total in data/editions appears, formatted in vi-VN, in its unit's row
 * of the ranking page, and every row without a rank or total shows the mark and words of its
 * kind of gap instead: "không công bố" where edition.json says the publisher gave none (no
 * results for the level, or the part listed in `unreleased`), otherwise "chưa có trong dữ liệu".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { formatScore } from '../../src/lib/format.ts';
import { tableSegment } from '../../src/lib/url.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const json = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const years = readdirSync(join(ROOT, 'data/editions')).filter((d) => /^\d{4}$/.test(d));

interface Row {
	unit: string;
	rank?: number;
	total?: number;
	precision?: Record<string, number>;
}

/** Cells of the table row that links to the unit's page, by unit id. */
function rowsByUnit(html: string, year: string, segment: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const m of html.matchAll(/<tr data-name[^>]*>([\s\S]*?)<\/tr>/g)) {
		const id = new RegExp(`href="/dti/${year}/(?:tinh|bo)/([a-z0-9-]+)/"`).exec(m[1])?.[1];
		if (!id) throw new Error(`a row of /${year}/${segment}/ links to no unit page`);
		out.set(
			id,
			[...m[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
				c[1]
					.replace(/<[^>]+>/g, ' ')
					.replace(/\s+/g, ' ')
					.trim(),
			),
		);
	}
	return out;
}

describe.each(years)('DTI %s ranking pages carry every published number', (year) => {
	const edition = json(`data/editions/${year}/edition.json`) as {
		tables: {
			id: string;
			level: 'provinces' | 'ministries';
			primary: boolean;
			results_published?: boolean;
			unreleased?: string[];
		}[];
	};
	for (const spec of edition.tables) {
		const rows = (json(`data/editions/${year}/${spec.id}.json`) as { rows: Row[] }).rows;
		if (!rows.length) continue;
		it(`${spec.id}: ${rows.length} rows`, () => {
			const html = readFileSync(join(inject('siteDir'), year, tableSegment(spec), 'index.html'), 'utf8');
			const cells = rowsByUnit(html, year, tableSegment(spec));
			expect([...cells.keys()].sort()).toEqual(rows.map((r) => r.unit).sort());
			for (const r of rows) {
				const [rank, , ...rest] = cells.get(r.unit)!;
				const gap = (part: string) =>
					spec.results_published === false || spec.unreleased?.includes(part)
						? '— Không công bố'
						: '… Chưa có trong dữ liệu';
				if (r.rank !== undefined) expect(rank.split(' ')[0], `${r.unit} rank`).toBe(String(r.rank));
				else expect(rank, `${r.unit} rank`).toBe(gap('rank'));
				// The score comes right after the name (so phones show rank, name and score together).
				const total = rest[0];
				if (r.total !== undefined)
					expect(total, `${r.unit} total`).toBe(formatScore(r.total, 'vi', r.precision?.total));
				else expect(total, `${r.unit} total`).toBe(gap('total'));
			}
		});
	}
});
