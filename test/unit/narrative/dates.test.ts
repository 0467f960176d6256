/**
 * True dates: a text's date (or its "cập nhật" date) is never earlier than anything it reports,
 * i.e. the publication date of each edition it is about and the date of each source it cites.
 * Texts dated by their subject's event (2020–2024) while citing later pages fail here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const texts = ['content/editions', 'content/articles'].flatMap((d) =>
	readdirSync(join(root, d))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => join(d, f)),
);

/** Top-level date and updated, source dates (indented), editions of a text's frontmatter. */
function frontmatterDates(mdx: string) {
	const yaml = mdx.slice(4, mdx.indexOf('\n---', 4));
	const top = (key: string) => yaml.match(new RegExp(`^${key}: "(\\d{4}-\\d{2}-\\d{2})"`, 'm'))?.[1];
	const sources = [...yaml.matchAll(/^\s+date: "(\d{4}-\d{2}-\d{2})"/gm)].map((m) => m[1]);
	const editions = (yaml.match(/^editions: \[([^\]]*)\]/m)?.[1] ?? '')
		.split(',')
		.map((s) => Number(s.trim()))
		.filter(Boolean);
	return { date: top('date'), updated: top('updated'), sources, editions };
}

function latestClaimed(file: string): { on: string; what: string }[] {
	const fm = frontmatterDates(readFileSync(join(root, file), 'utf8'));
	const out = fm.sources.map((d) => ({ on: d, what: `a source dated ${d}` }));
	for (const y of fm.editions) {
		const e = JSON.parse(readFileSync(join(root, `data/editions/${y}/edition.json`), 'utf8'));
		out.push({ on: e.published.date, what: `DTI ${y}, published ${e.published.date}` });
	}
	return out;
}

describe('true dates', () => {
	it('a planted text dated by its event, citing a later page, fails', () => {
		const planted =
			'---\ntitle: "x"\ndate: "2021-10-19"\nsources:\n  - title: "y"\n    date: "2024-07-19"\n---\n';
		const fm = frontmatterDates(planted);
		expect(fm.date).toBe('2021-10-19');
		expect(fm.sources.some((d) => d > (fm.updated ?? fm.date!))).toBe(true);
	});

	it.each(texts)('%s is dated no earlier than what it reports', (file) => {
		const fm = frontmatterDates(readFileSync(join(root, file), 'utf8'));
		expect(fm.date, 'date').toBeDefined();
		const asOf = fm.updated ?? fm.date!;
		if (fm.updated) expect(fm.updated >= fm.date!, 'updated after date').toBe(true);
		for (const c of latestClaimed(file))
			expect(c.on <= asOf, `${file} (${asOf}) reports ${c.what}`).toBe(true);
	});
});
