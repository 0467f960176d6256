/**
 * The data tags rendered with the Container API over the real dataset (the content store is not
 * available under Vitest, so `getDataset()` is replaced by a build of data/).
 */
import { describe, expect, it, vi } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Value from '../../../src/components/narrative/Value.astro';
import Rank from '../../../src/components/narrative/Rank.astro';
import National from '../../../src/components/narrative/National.astro';
import { realDataset } from '../../fixtures/real-data.ts';

vi.mock('../../../src/data.ts', () => ({ getDataset: async () => realDataset() }));

const render = async (c: unknown, props: Record<string, unknown>) =>
	(await AstroContainer.create()).renderToString(c as never, { props });

describe('<Value>', () => {
	it('renders a published total in Vietnamese format with its raw value', async () => {
		const html = await render(Value, { edition: 2022, unit: 'da-nang', field: 'total' });
		expect(html).toMatch(/<data class="dti-num" value="0.8002"[^>]*data-field="total"[^>]*>0,8002<\/data>/);
	});
	it('renders a rank change in words', async () => {
		expect(await render(Value, { edition: 2023, unit: 'ha-noi', field: 'rankChange' })).toContain(
			'>tăng 18 bậc</data>',
		);
	});
	it('fails the render with a clear message for an unknown unit', async () => {
		await expect(render(Value, { edition: 2022, unit: 'atlantis' })).rejects.toThrow(
			'unknown unit "atlantis"',
		);
	});
});

describe('<Rank> and <National>', () => {
	it('renders a rank with its table size', async () => {
		expect(await render(Rank, { edition: 2020, unit: 'bac-giang', outOf: true })).toContain('>10/63</data>');
	});
	it('renders the national value and refuses an unpublished one', async () => {
		expect(await render(National, { edition: 2024 })).toContain('>0,7955</data>');
		await expect(render(National, { edition: 2021 })).rejects.toThrow(
			'the national DTI 2021 is not published',
		);
	});
});
