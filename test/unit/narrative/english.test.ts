/**
 * The English narrative (issue 12): every edition has an English overview, every English text is
 * a twin of a Vietnamese original (same file name under `en/`) and says `lang: en`, and writes
 * numbers with a decimal point.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const mdx = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.mdx'));
const lang = (file: string) => readFileSync(join(root, file), 'utf8').match(/^lang: (\w+)$/m)?.[1];

describe('English narrative files', () => {
	it('every edition has an English overview', () => {
		const years = readdirSync(join(root, 'data/editions')).sort();
		expect(years.length).toBeGreaterThan(0);
		for (const y of years) expect(existsSync(join(root, `content/editions/en/${y}.mdx`)), `${y}`).toBe(true);
	});

	it.each(['editions', 'articles'])(
		'content/%s/en: each text is lang en and has a Vietnamese original',
		(kind) => {
			const files = mdx(`content/${kind}/en`);
			expect(files.length).toBeGreaterThanOrEqual(2);
			for (const f of files) {
				expect(lang(`content/${kind}/en/${f}`), f).toBe('en');
				expect(existsSync(join(root, `content/${kind}/${f}`)), `original of en/${f}`).toBe(true);
				expect(lang(`content/${kind}/${f}`), f).toBe('vi');
			}
		},
	);

	it('English texts write numbers with a decimal point, never a Vietnamese decimal comma', () => {
		for (const kind of ['editions', 'articles'])
			for (const f of mdx(`content/${kind}/en`)) {
				const body = readFileSync(join(root, `content/${kind}/en/${f}`), 'utf8').split(/\n---\n/)[1];
				// "1,000" is English digit grouping; "0,8002" or "32,7" is a Vietnamese decimal.
				expect(body.match(/\b\d+,(?!\d{3}\b)\d+\b/g), f).toBeNull();
			}
	});
});
