/**
 * The bench's reading of a build log: the card and search-index lines scripts/finish-site.ts
 * prints, and the CPU time /usr/bin/time -v reports.
 */
import { describe, expect, it } from 'vitest';
import { buildExtras, cpuSeconds, describeExtras } from '../../../scripts/bench-search.ts';

const log = [
	'Social cards: 401 cards, 401 rendered, 0 from the cache (node_modules/.cache/dti-cards) in 4.2 s. 250 of them rendered while Astro was building. The rest in 2 threads.',
	'Search index: 977 pages, index 225 KB (325 KB with the search scripts) in 3.1 s.',
	'\tUser time (seconds): 20.50',
	'\tSystem time (seconds): 1.75',
].join('\n');

describe('build log figures', () => {
	it('reads the cards rendered during the Astro build and after it, and the index', () => {
		const x = buildExtras(log);
		expect(x.cards).toEqual({ cards: 401, rendered: 401, reused: 0, seconds: 4.2, early: 250 });
		expect(x.index).toEqual({ pages: 977, indexKb: 225, totalKb: 325, seconds: 3.1 });
		expect(describeExtras(x)).toContain('401 rendered, 250 of them during the Astro build, 0 from the cache');
	});
	it('reads a card line without cards rendered during the build', () => {
		const x = buildExtras(
			'Social cards: 401 cards, 0 rendered, 401 from the cache (c) in 0.9 s.\nSearch index: 1 pages, index 1 KB (2 KB with the search scripts) in 1.0 s.',
		);
		expect(x.cards).toMatchObject({ rendered: 0, reused: 401, early: 0 });
		expect(describeExtras(x)).not.toContain('during the Astro build');
	});
	it('adds user and system CPU time', () => {
		expect(cpuSeconds(log)).toBeCloseTo(22.25);
		expect(cpuSeconds('no timing here')).toBeUndefined();
	});
});
