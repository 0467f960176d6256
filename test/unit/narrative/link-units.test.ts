/**
 * The unit-linking remark plugin on real mdast trees: first mention only, names and aliases
 * with or without diacritics and "TP." prefixes, never inside headings, links, code or MDX
 * components, ambiguous names resolved by frontmatter and date, unknown frontmatter units fail.
 */
import { describe, expect, it } from 'vitest';
import { remark } from 'remark';
import type { Link, Root } from 'mdast';
import remarkLinkUnits, {
	findMentions,
	buildMatcher,
	foldWithMap,
	type LinkableUnit,
} from '../../../src/lib/remark/link-units.ts';

const U = (id: string, name: string, extra: Partial<LinkableUnit> = {}): LinkableUnit => ({
	id,
	level: 'provinces',
	name,
	aliases: [],
	valid_from: null,
	valid_to: null,
	...extra,
});
const units: LinkableUnit[] = [
	U('da-nang', 'Đà Nẵng', { aliases: ['TP. Đà Nẵng'], valid_from: '2008-08-01', valid_to: '2025-06-30' }),
	U('da-nang-2025', 'Đà Nẵng', { aliases: ['TP. Đà Nẵng'], valid_from: '2025-07-01' }),
	U('hue', 'Huế', { aliases: ['Thừa Thiên - Huế', 'TP. Huế'], former_names: [{ name: 'Thừa Thiên Huế' }] }),
	U('ha-noi', 'Hà Nội', { aliases: ['TP. Hà Nội'] }),
	U('long-an', 'Long An'),
	U('bo-tai-chinh', 'Bộ Tài chính', { level: 'ministries' }),
];

function run(
	md: string,
	frontmatter: Record<string, unknown> = { editions: [2022] },
	opts: Partial<Parameters<typeof remarkLinkUnits>[0]> = {},
): Root {
	const processor = remark().use(remarkLinkUnits, { units, base: '/dti/', ...opts });
	const tree = processor.parse(md);
	processor.runSync(tree, { path: 'content/articles/x.mdx', data: { astro: { frontmatter } } } as never);
	return tree as Root;
}

function links(tree: Root): { url: string; text: string }[] {
	const out: { url: string; text: string }[] = [];
	const walk = (n: any) => {
		if (n.type === 'link' && n.data?.hProperties?.dataUnit)
			out.push({ url: n.url, text: n.children.map((c: any) => c.value).join('') });
		n.children?.forEach(walk);
	};
	walk(tree);
	return out;
}

describe('remarkLinkUnits', () => {
	it('links only the first mention of each unit, under the base', () => {
		const tree = run('Đà Nẵng dẫn đầu. Đà Nẵng giữ hạng. Bộ Tài chính đứng đầu khối bộ.');
		expect(links(tree)).toEqual([
			{ url: '/dti/tinh/da-nang/', text: 'Đà Nẵng' },
			{ url: '/dti/bo/bo-tai-chinh/', text: 'Bộ Tài chính' },
		]);
		expect(remark().stringify(tree)).toContain('[Đà Nẵng](/dti/tinh/da-nang/) dẫn đầu. Đà Nẵng giữ hạng.');
	});

	it("links to the pages of the text's locale, built by the same paths() as the site", () => {
		const tree = run('Đà Nẵng leads.', { editions: [2022], lang: 'en' });
		expect(links(tree)).toEqual([{ url: '/dti/en/tinh/da-nang/', text: 'Đà Nẵng' }]);
		expect(links(run('Đà Nẵng dẫn đầu.', { editions: [2022], lang: 'vi' }))[0].url).toBe(
			'/dti/tinh/da-nang/',
		);
	});

	it('matches aliases, former names, "TP." prefixes and text without diacritics', () => {
		expect(links(run('TP. Hà Nội và Thừa Thiên Huế.'))).toEqual([
			{ url: '/dti/tinh/ha-noi/', text: 'TP. Hà Nội' },
			{ url: '/dti/tinh/hue/', text: 'Thừa Thiên Huế' },
		]);
		expect(links(run('Thua Thien - Hue xep thu hai.'))).toEqual([
			{ url: '/dti/tinh/hue/', text: 'Thua Thien - Hue' },
		]);
		expect(links(run('Thừa Thiên - Huế đứng thứ hai.'))[0].text).toBe('Thừa Thiên - Huế');
	});

	it('handles decomposed (NFD) input and old tone-mark placement', () => {
		const nfd = 'Đà Nẵng dẫn đầu.'.normalize('NFD');
		const [link] = links(run(nfd));
		expect(link.url).toBe('/dti/tinh/da-nang/');
		expect(link.text).toBe('Đà Nẵng'.normalize('NFD'));
	});

	it('prefers the longest name ("Thừa Thiên Huế" over "Huế") and needs a capital letter', () => {
		expect(links(run('Thừa Thiên Huế'))).toEqual([{ url: '/dti/tinh/hue/', text: 'Thừa Thiên Huế' }]);
		expect(links(run('một lòng an tâm, long an dân'))).toEqual([]);
		expect(links(run('Long An tăng hạng'))).toEqual([{ url: '/dti/tinh/long-an/', text: 'Long An' }]);
	});

	it('does not match inside longer words', () => {
		expect(links(run('HuếX và XĐà Nẵng'))).toEqual([]);
	});

	it('never links inside headings, links, inline code or code blocks', () => {
		const md = [
			'# Đà Nẵng',
			'',
			'[Hà Nội](https://example.org) và `Long An`',
			'',
			'```',
			'Bộ Tài chính',
			'```',
			'',
			'Sau đó Đà Nẵng.',
		].join('\n');
		expect(links(run(md))).toEqual([{ url: '/dti/tinh/da-nang/', text: 'Đà Nẵng' }]);
		const tree = run(md);
		expect((tree.children[0] as any).children).toEqual([
			expect.objectContaining({ type: 'text', value: 'Đà Nẵng' }),
		]);
	});

	it('skips MDX components and expressions', () => {
		const processor = remark().use(remarkLinkUnits, { units, base: '/' });
		const tree: Root = {
			type: 'root',
			children: [
				{
					type: 'paragraph',
					children: [
						{
							type: 'mdxJsxTextElement',
							name: 'Note',
							attributes: [],
							children: [{ type: 'text', value: 'Hà Nội' }],
						} as never,
						{ type: 'text', value: ' rồi Hà Nội' },
					],
				},
			],
		};
		processor.runSync(tree, { data: {} } as never);
		const p = tree.children[0] as any;
		expect(p.children[0].children[0]).toEqual({ type: 'text', value: 'Hà Nội' });
		expect((p.children[2] as Link).url).toBe('/tinh/ha-noi/');
	});

	it('resolves a shared name by the frontmatter units, then by the reference date', () => {
		expect(links(run('Đà Nẵng', { units: ['da-nang-2025'] }))[0].url).toBe('/dti/tinh/da-nang-2025/');
		expect(links(run('Đà Nẵng', { editions: [2022] }))[0].url).toBe('/dti/tinh/da-nang/');
		expect(links(run('Đà Nẵng', { date: '2026-01-10' }))[0].url).toBe('/dti/tinh/da-nang-2025/');
		// No date at all: the unit that exists now.
		expect(links(run('Đà Nẵng', {}))[0].url).toBe('/dti/tinh/da-nang-2025/');
		expect(links(run('Đà Nẵng', { editions: [2024], units: ['da-nang', 'da-nang-2025'] }))[0].url).toBe(
			'/dti/tinh/da-nang/',
		);
	});

	it('leaves units without a page as text, and does not link a shorter name inside them', () => {
		const tree = run('Hà Nội và Đà Nẵng', undefined, { hasPage: (id) => id !== 'ha-noi' });
		expect(links(tree)).toEqual([{ url: '/dti/tinh/da-nang/', text: 'Đà Nẵng' }]);
	});

	it('fails when the frontmatter names a unit the registry lacks', () => {
		expect(() => run('Đà Nẵng', { units: ['da-nang', 'atlantis'] })).toThrow(
			'content/articles/x.mdx: frontmatter "units" names unknown unit "atlantis"; use ids from data/units/*.json',
		);
		expect(() => run('x', { units: ['a-b', 'c-d'] })).toThrow('names unknown units "a-b", "c-d"');
	});
});

describe('findMentions / foldWithMap', () => {
	it('maps folded positions back to the original text', () => {
		const { folded, map } = foldWithMap('TP. Đà Nẵng!');
		expect(folded).toBe('tp da nang ');
		expect(map[3]).toBe(4);
		expect(map[0]).toBe(0);
	});
	it('returns non-overlapping mentions in text order', () => {
		const m = findMentions('Huế, rồi Thừa Thiên Huế, rồi Đà Nẵng', buildMatcher(units));
		expect(m.map((x) => x.key)).toEqual(['hue', 'thua thien hue', 'da nang']);
	});
});
