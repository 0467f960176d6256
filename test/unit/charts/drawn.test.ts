import { describe, expect, it } from 'vitest';
import { drawOnce } from '../../../src/lib/charts/drawn.ts';

describe('drawOnce()', () => {
	it('draws a part the first time and hands the same markup out again', async () => {
		const part = {};
		let draws = 0;
		const draw = async () => `<g>${++draws}</g>`;
		expect(await drawOnce(part, draw)).toBe('<g>1</g>');
		expect(await drawOnce(part, draw)).toBe('<g>1</g>');
		expect(draws).toBe(1);
	});
	it('draws each part on its own', async () => {
		let draws = 0;
		const draw = async () => `<g>${++draws}</g>`;
		expect(await drawOnce({}, draw)).toBe('<g>1</g>');
		expect(await drawOnce({}, draw)).toBe('<g>2</g>');
	});
	it('draws every time without a part', async () => {
		let draws = 0;
		const draw = async () => `<g>${++draws}</g>`;
		await drawOnce(undefined, draw);
		expect(await drawOnce(undefined, draw)).toBe('<g>2</g>');
	});
});
