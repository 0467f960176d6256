/**
 * Checks over every page of the real build (made once per run by test/global-setup.ts at the
 * sub-path /dti/): internal references resolve under the base, each page has its frame (lang,
 * title, one h1, canonical to itself) and html-validate finds no errors. The same checks run
 * for publishers as `npm run check:site -- dist`.
 */
import { describe, expect, inject, it } from 'vitest';
import {
	checkBasics,
	checkLinks,
	formatIssues,
	guessBase,
	readSite,
	validateHtml,
	type SiteFiles,
} from '../../scripts/check-site.ts';

/** The public origin test/global-setup.ts builds with (SITE_URL). */
const SITE_URL = 'https://dti.example.org';

const base = inject('siteBase');
let cached: SiteFiles | undefined;
/** Read in the tests, not in a hook: a hook failure would be reported as skipped tests. */
const built = () => (cached ??= readSite(inject('siteDir')));

describe('built site at the sub-path', () => {
	it('has a home page whose canonical link carries the base and the site origin', () => {
		const site = built();
		expect(site.files.has('index.html')).toBe(true);
		expect(guessBase(site)).toBe(base);
		expect(site.pages.length).toBeGreaterThan(0);
	});

	it('resolves every internal href, src, srcset and CSS url() under the base', () => {
		const site = built();
		const issues = checkLinks({
			base,
			site: SITE_URL,
			files: site.files,
			pages: site.pages,
			stylesheets: site.stylesheets,
		});
		expect(formatIssues(issues, 200), `${issues.length} broken reference(s)`).toBe('');
	});

	it('gives every page lang, one non-empty <title>, exactly one <h1> and a canonical link to itself', () => {
		const issues = checkBasics(built(), base, SITE_URL);
		expect(formatIssues(issues, 200), `${issues.length} page-frame problem(s)`).toBe('');
	});

	// ~2,000 pages since the English edition doubled them: about 5 min on a loaded 2-core machine.
	it('has valid HTML on every page (html-validate, .htmlvalidate.json)', { timeout: 900_000 }, async () => {
		const issues = await validateHtml(built(), base, process.cwd());
		expect(formatIssues(issues, 200), `${issues.length} html-validate error(s)`).toBe('');
	});
});
