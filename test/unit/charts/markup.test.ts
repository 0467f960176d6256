import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { el, text } from '../../../src/lib/charts/markup.ts';

describe('el() and text()', () => {
	it('write an element with its attributes in order and a closing tag, leaving out undefined ones', () => {
		expect(el('circle', { cx: 1.5, cy: 0, r: 4, fill: undefined, stroke: null })).toBe(
			'<circle cx="1.5" cy="0" r="4"></circle>',
		);
		expect(el('g', { 'data-key': 'da-nang' }, '<title>x</title>')).toBe(
			'<g data-key="da-nang"><title>x</title></g>',
		);
	});
	it('escape text and attribute values as Astro does', () => {
		expect(text(`A & B <c> 'd' "e"`)).toBe('A &amp; B &lt;c&gt; &#39;d&#39; &quot;e&quot;');
		expect(el('a', { title: `A & "B" <c>` })).toBe('<a title="A &amp; &quot;B&quot; <c>"></a>');
	});
	it('write the bytes an Astro template writes for the same element', async () => {
		const container = await AstroContainer.create();
		const label = `Bà Rịa – Vũng Tàu & "Huế" <i>'s`;
		const { default: Probe } = await import('../../fixtures/markup-probe.astro');
		const html = await container.renderToString(Probe, { props: { id: 'a&"b', label, x: 12.3 } });
		expect(html).toBe(
			el(
				'g',
				{ 'data-key': 'a&"b' },
				el('circle', { cx: 12.3, r: 4, 'fill-opacity': 0.75 }) + el('title', {}, text(label)),
			),
		);
	});
});
