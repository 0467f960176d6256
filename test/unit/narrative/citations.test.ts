/** Numbered citations: keys resolve to frontmatter or data/sources.json, numbered in reading order. */
import { describe, expect, it } from 'vitest';
import { citationAnchor, citationLabel, numberCitations } from '../../../src/lib/remark/citations.ts';
import remarkCitations from '../../../src/lib/remark/citations.ts';

const fm = [
	{ id: 'a', title: 'Bài A', url: 'https://a.vn/x', publisher: 'Báo A' },
	{ id: 'b', title: 'Bài B', publisher: 'Báo B', date: '2020-12-18' },
	{ title: 'Không trích dẫn', url: 'https://c.vn/' },
];
const known = new Map([['A20_VIETJO', { id: 'A20_VIETJO', url: 'https://www.viet-jo.com/x' }]]);

describe('numberCitations', () => {
	it('numbers by first citation, reuses numbers, appends uncited frontmatter sources', () => {
		const { list, numberOf } = numberCitations('t.mdx', ['b', 'A20_VIETJO', 'b', 'a'], fm, known);
		expect([...numberOf]).toEqual([
			['b', 1],
			['A20_VIETJO', 2],
			['a', 3],
		]);
		expect(list.map((c) => [c.n, c.title ?? c.url])).toEqual([
			[1, 'Bài B'],
			[2, 'https://www.viet-jo.com/x'],
			[3, 'Bài A'],
			[4, 'Không trích dẫn'],
		]);
	});

	it('fails on an unknown key, naming the file and the key', () => {
		expect(() => numberCitations('content/articles/x.mdx', ['nope'], fm, known)).toThrow(
			/content\/articles\/x\.mdx: <Cite source="nope">: no source "nope"/,
		);
	});

	it('labels and anchors', () => {
		expect(citationLabel({ n: 3, publisher: 'Báo A', title: 'Bài A' }, 'vi')).toBe('Nguồn 3: Báo A, “Bài A”');
		expect(citationLabel({ n: 2, url: 'https://x.vn/' }, 'en')).toBe('Source 2: https://x.vn/');
		expect(citationAnchor('/repo/content/editions/2020.mdx', 2)).toBe('nguon-2020-2');
	});
});

describe('remark plugin', () => {
	it('writes n, href and label on every <Cite> and the list into the frontmatter', () => {
		const cite = (key: string) => ({
			type: 'mdxJsxTextElement',
			name: 'Cite',
			attributes: [{ type: 'mdxJsxAttribute', name: 'source', value: key }],
			children: [],
		});
		const tree = {
			type: 'root',
			children: [{ type: 'paragraph', children: [cite('a'), cite('A20_VIETJO'), cite('a')] }],
		};
		const frontmatter: Record<string, unknown> = { lang: 'vi', sources: fm };
		remarkCitations({ sources: known.values() })(tree as never, {
			path: '/x/content/articles/bai.mdx',
			data: { astro: { frontmatter } },
		});
		const attrs = tree.children[0].children.map((c) =>
			Object.fromEntries(c.attributes.map((a) => [a.name, a.value])),
		);
		expect(attrs[0]).toMatchObject({ n: '1', href: '#nguon-bai-1', label: 'Nguồn 1: Báo A, “Bài A”' });
		expect(attrs[1]).toMatchObject({ n: '2', href: '#nguon-bai-2' });
		expect(attrs[2].n).toBe('1');
		expect((frontmatter.citations as unknown[]).length).toBe(4);
	});
});
