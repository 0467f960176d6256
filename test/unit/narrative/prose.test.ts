/**
 * Numbers in narrative prose: every decimal figure or percentage in the MDX texts is either a
 * data tag (so it is read from data/) or carries a <Cite> in its sentence. Definitions are in
 * src/lib/narrative/prose.ts. The planted examples show the check failing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bareFigures, sentences, sharedRuns } from '../../../src/lib/narrative/prose.ts';

const root = join(import.meta.dirname, '../../..');
const texts = ['content/editions', 'content/articles'].flatMap((d) =>
	readdirSync(join(root, d))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => join(d, f)),
);

describe('bare figures in MDX prose', () => {
	it('a planted bare decimal fails the check, with its line', () => {
		const planted = '---\ntitle: "x"\n---\n\nĐiểm trung bình là 0,5791.\n';
		expect(bareFigures(planted)).toEqual([
			{ figure: '0,5791', line: 5, sentence: 'Điểm trung bình là 0,5791.' },
		]);
	});

	it('percentages count, and a citation elsewhere in the paragraph does not cover them', () => {
		const planted = 'Tăng khoảng 32,7%. Theo Bộ, tăng chậm lại<Cite source="x" />.';
		expect(bareFigures(planted).map((b) => b.figure)).toEqual(['32,7%']);
	});

	it('a figure is not bare when its sentence cites a source or a data tag prints it', () => {
		expect(bareFigures('Điểm là 0,5791<Cite source="ninhthuan" />.')).toEqual([]);
		expect(bareFigures('Điểm là <Average edition={2022} group="provinces" />.')).toEqual([]);
		// Attributes, frontmatter, integers, thousands and years are not figures.
		expect(
			bareFigures('---\nsummary: "0,5 điểm"\n---\nNăm 2021, 12 trong 89 đơn vị; 10.000 cán bộ.'),
		).toEqual([]);
	});

	it('table rows and list items are sentences of their own; "TP." does not end one', () => {
		const s = sentences('| a | 30,08% |\n| b | 1 |\n\n- 4,5% ở TP. Huế<Cite source="x" />\n');
		expect(s.map((x) => x.line)).toEqual([1, 2, 4]);
		expect(bareFigures('| a | 30,08% |\n\n- 4,5% ở TP. Huế<Cite source="x" />')).toHaveLength(1);
	});

	it.each(texts)('%s has no bare figure', (file) => {
		const bare = bareFigures(readFileSync(join(root, file), 'utf8'));
		expect(bare.map((b) => `${file}:${b.line} ${b.figure} — ${b.sentence}`)).toEqual([]);
	});
});

describe('shared runs of words (the copy check)', () => {
	const source = {
		name: 'seed.txt',
		text: 'Chỉ người đứng đầu mới đủ thẩm quyền, uy tín và quyền lực để điều hướng các nguồn lực để thực thi chuyển đổi số.',
	};

	it('finds a copied run of 12 or more words, ignoring case and punctuation', () => {
		const mdx = 'Theo Bộ trưởng, chỉ người đứng đầu mới đủ thẩm quyền uy tín và quyền lực để điều phối.';
		const runs = sharedRuns(mdx, [source]);
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatchObject({ length: 15, line: 1, source: 'seed.txt' });
		expect(runs[0].text.startsWith('chỉ người đứng đầu')).toBe(true);
	});

	it('ignores runs inside quotation marks and runs cut by a tag', () => {
		expect(
			sharedRuns('Ông nói: “chỉ người đứng đầu mới đủ thẩm quyền, uy tín và quyền lực để điều hướng”.', [
				source,
			]),
		).toEqual([]);
		expect(
			sharedRuns(
				'chỉ người đứng đầu mới đủ <Cite source="a" /> thẩm quyền, uy tín và quyền lực để điều hướng',
				[source],
			),
		).toEqual([]);
	});

	it('does not report runs shorter than the minimum', () => {
		expect(sharedRuns('đứng đầu mới đủ thẩm quyền, uy tín và quyền lực', [source])).toEqual([]);
		expect(sharedRuns('đứng đầu mới đủ thẩm quyền, uy tín và quyền lực', [source], 8)).toHaveLength(1);
	});
});
