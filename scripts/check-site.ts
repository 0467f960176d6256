/**
 * Checks a built site folder, page by page: every internal `href`/`src`/`srcset` (and CSS
 * `url()`) resolves to a file of the build, under the build's base path, with the trailing-slash
 * policy, and `#fragment`s point at an id on the target page; every page has `lang`, one
 * non-empty `<title>`, exactly one `<h1>`, an absolute canonical link to itself and nothing but
 * whitespace after `</html>`; and the HTML is valid for html-validate with the project's
 * `.htmlvalidate.json`.
 *
 *   npm run check:site -- dist                 (base and origin read from the home page's canonical)
 *   npm run check:site -- dist --base /dti/    (or BASE_PATH=/dti/)
 *   npm run check:site -- dist --no-html       (links and page basics only, faster)
 *
 * Exits 1 and lists every problem (page, kind, message) when there is any.
 * The functions are pure (strings in, issues out) except `readSite` and `checkSite`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

export type IssueKind = 'link' | 'basics' | 'html';

export interface SiteIssue {
	/** URL path of the page (or stylesheet) the problem is on: "/dti/2024/tinh/". */
	page: string;
	kind: IssueKind;
	message: string;
}

export interface Ref {
	tag: string;
	attr: string;
	value: string;
}

/** Attributes that carry a URL we can check. */
const URL_ATTRS = new Set(['href', 'src', 'srcset', 'poster', 'xlink:href', 'action', 'data']);
const TAG_RE = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR_RE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Removes comments and the bodies of script, style and template-free raw-text elements. */
export function stripRawText(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, '$1$2')
		.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
}

/** Decodes the character references that appear in URLs and ids. */
export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
		const l = e.toLowerCase();
		if (l === 'amp') return '&';
		if (l === 'lt') return '<';
		if (l === 'gt') return '>';
		if (l === 'quot') return '"';
		if (l === 'apos') return "'";
		if (l.startsWith('#x')) return String.fromCodePoint(parseInt(l.slice(2), 16));
		if (l.startsWith('#')) return String.fromCodePoint(parseInt(l.slice(1), 10));
		return m;
	});
}

export interface Tag {
	name: string;
	attrs: Record<string, string>;
}

/** Start tags of a document (outside comments, scripts and styles), attributes decoded. */
export function parseTags(html: string): Tag[] {
	const tags: Tag[] = [];
	for (const m of stripRawText(html).matchAll(TAG_RE)) {
		const attrs: Record<string, string> = {};
		for (const a of (m[2] ?? '').matchAll(ATTR_RE)) {
			const name = a[1].toLowerCase();
			if (!(name in attrs)) attrs[name] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
		}
		tags.push({ name: m[1].toLowerCase(), attrs });
	}
	return tags;
}

/** URL-carrying attributes of every tag; `srcset` is split into its candidate URLs. */
export function extractRefs(html: string): Ref[] {
	const refs: Ref[] = [];
	for (const { name, attrs } of parseTags(html)) {
		for (const [attr, value] of Object.entries(attrs)) {
			if (!URL_ATTRS.has(attr)) continue;
			// `data` is a URL only on <object>; `href` on <base> is not a link.
			if (attr === 'data' && name !== 'object') continue;
			if (attr === 'srcset') {
				for (const candidate of value.split(',')) {
					const url = candidate.trim().split(/\s+/)[0];
					if (url) refs.push({ tag: name, attr, value: url });
				}
			} else refs.push({ tag: name, attr, value: value.trim() });
		}
	}
	return refs;
}

/** `url(...)` references of a stylesheet (data: URIs excluded by `classifyRef`). */
export function extractCssRefs(css: string): string[] {
	const out: string[] = [];
	for (const m of css
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
		const v = (m[1] ?? m[2] ?? m[3] ?? '').trim();
		if (v) out.push(v);
	}
	return out;
}

/** Every `id` (and `<a name>`) of a document: the valid fragment targets. */
export function extractIds(html: string): Set<string> {
	const ids = new Set<string>();
	for (const { name, attrs } of parseTags(html)) {
		if (attrs.id) ids.add(attrs.id);
		if (name === 'a' && attrs.name) ids.add(attrs.name);
	}
	return ids;
}

/**
 * What kind of reference a URL is: `external` (another origin, or a scheme such as mailto:,
 * which checkLinks then reports: pages may link with http: and https: only),
 * `skip` (data:, javascript:, empty), `fragment` (same page), or `internal` (a path on this site).
 * Absolute URLs on `siteOrigin` count as internal.
 */
export function classifyRef(
	value: string,
	siteOrigin?: string,
): 'external' | 'skip' | 'fragment' | 'internal' {
	const v = value.trim();
	if (v === '') return 'skip';
	if (/^(data|javascript|blob):/i.test(v)) return 'skip';
	if (v.startsWith('#')) return 'fragment';
	if (v.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(v)) {
		if (siteOrigin) {
			try {
				if (new URL(v, siteOrigin).origin === new URL(siteOrigin).origin) return 'internal';
			} catch {
				return 'external';
			}
		}
		return 'external';
	}
	return 'internal';
}

/** Normalises a base path to "/" or "/x/y/". */
export function normaliseBase(base: string): string {
	const t = base.replace(/^\/+|\/+$/g, '');
	return t ? `/${t}/` : '/';
}

/** URL path of a built file: ("2024/tinh/index.html", "/dti/") → "/dti/2024/tinh/". */
export function fileToUrl(file: string, base: string): string {
	const f = file.split(sep).join('/');
	const b = normaliseBase(base);
	if (f === 'index.html') return b;
	if (f.endsWith('/index.html')) return `${b}${f.slice(0, -'index.html'.length)}`;
	return `${b}${f}`;
}

export type Resolution = { ok: true; file: string } | { ok: false; reason: string };

/**
 * Resolves a URL path against the built files: the path must lie under `base`; a directory
 * page must be linked with its trailing slash; a file must exist. `files` holds paths relative
 * to the site folder with "/" separators.
 */
export function resolvePath(pathname: string, base: string, files: ReadonlySet<string>): Resolution {
	const b = normaliseBase(base);
	let p: string;
	try {
		p = decodeURIComponent(pathname);
	} catch {
		return { ok: false, reason: 'is not a valid percent-encoded path' };
	}
	if (`${p}/` === b) return { ok: false, reason: 'lacks the trailing slash of a directory page' };
	if (!p.startsWith(b)) return { ok: false, reason: `is outside the base path ${b}` };
	const rest = p.slice(b.length);
	if (rest === '' || rest.endsWith('/')) {
		const file = `${rest}index.html`;
		return files.has(file)
			? { ok: true, file }
			: { ok: false, reason: 'points to a page that does not exist' };
	}
	if (files.has(rest)) return { ok: true, file: rest };
	if (files.has(`${rest}/index.html`))
		return { ok: false, reason: 'lacks the trailing slash of a directory page' };
	return { ok: false, reason: 'points to a file that does not exist' };
}

/** Problems with the page frame: lang, one title, one h1, a canonical link to the page itself. */
export function checkPageBasics(
	html: string,
	opts: { url?: string; site?: string; noOrigin?: boolean } = {},
): string[] {
	const problems: string[] = [];
	const tags = parseTags(html);
	const htmlTag = tags.find((t) => t.name === 'html');
	if (!htmlTag) problems.push('has no <html> element');
	else if (!htmlTag.attrs.lang?.trim()) problems.push('has no lang attribute on <html>');
	const stripped = stripRawText(html);
	const titles = [...stripped.matchAll(/<title\b[^>]*>([\s\S]*?)<\/title\s*>/gi)]
		// Titles inside inline SVG (<svg><title>) label graphics, not the page.
		.filter((m) => !isInsideSvg(stripped, m.index ?? 0));
	if (titles.length === 0) problems.push('has no <title>');
	else if (titles.length > 1) problems.push(`has ${titles.length} document <title> elements`);
	else if (!decodeEntities(titles[0][1].replace(/<[^>]*>/g, '')).trim())
		problems.push('has an empty <title>');
	// Only whitespace (and comments, already stripped) may follow </html>: a parser moves anything
	// else back into <body>, and the W3C checker stops at it with a fatal error.
	const end = /<\/html\s*>/i.exec(stripped);
	if (end) {
		const after = stripped.slice(end.index + end[0].length).trim();
		if (after)
			problems.push(`has content after </html>: "${after.slice(0, 60)}${after.length > 60 ? '…' : ''}"`);
	}
	const h1 = tags.filter((t) => t.name === 'h1').length;
	if (h1 !== 1) problems.push(`has ${h1} <h1> elements (expected exactly one)`);
	const canonicals = tags.filter(
		(t) => t.name === 'link' && (t.attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'),
	);
	// A site built without SITE_URL has no public origin, so no page may claim one.
	if (opts.noOrigin) {
		if (canonicals.length) problems.push('has a canonical link although the site was built without SITE_URL');
	} else if (canonicals.length !== 1)
		problems.push(`has ${canonicals.length} canonical links (expected one)`);
	else {
		const c = canonicals[0].attrs.href ?? '';
		let u: URL | undefined;
		try {
			u = new URL(c);
		} catch {
			problems.push(`has a canonical link that is not an absolute URL: "${c}"`);
		}
		if (u) {
			if (opts.site && u.origin !== new URL(opts.site).origin)
				problems.push(`has a canonical link on another origin: ${c} (site is ${opts.site})`);
			if (opts.url && u.pathname !== opts.url)
				problems.push(`has a canonical link to ${u.pathname}, not to itself (${opts.url})`);
		}
	}
	return problems;
}

/** True when the offset lies between an unclosed <svg …> and its </svg>. */
function isInsideSvg(html: string, offset: number): boolean {
	const before = html.slice(0, offset);
	const open = before.lastIndexOf('<svg');
	return open >= 0 && before.lastIndexOf('</svg') < open;
}

export interface SitePage {
	/** Path relative to the site folder, "/" separators: "2024/tinh/index.html". */
	file: string;
	html: string;
}

export interface LinkCheckInput {
	base: string;
	/** Public origin of the site (for canonical and absolute self-links), e.g. https://dti.example.org. */
	site?: string;
	files: ReadonlySet<string>;
	pages: SitePage[];
	stylesheets?: { file: string; css: string }[];
}

/** Broken internal references of every page and stylesheet (see `resolvePath`), and bad fragments. */
export function checkLinks(input: LinkCheckInput): SiteIssue[] {
	const issues: SiteIssue[] = [];
	const base = normaliseBase(input.base);
	const origin = input.site ? new URL(input.site).origin : 'http://site.invalid';
	const idsCache = new Map<string, Set<string>>();
	const byFile = new Map(input.pages.map((p) => [p.file, p]));
	const idsOf = (file: string): Set<string> | undefined => {
		if (!idsCache.has(file)) {
			const p = byFile.get(file);
			if (!p) return undefined;
			idsCache.set(file, extractIds(p.html));
		}
		return idsCache.get(file);
	};
	const check = (fromUrl: string, value: string, what: string, html: boolean) => {
		const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
		if (html && scheme && scheme !== 'http' && scheme !== 'https') {
			issues.push({
				page: fromUrl,
				kind: 'link',
				message: `${what} "${value.slice(0, 60)}" uses the ${scheme}: scheme; only http: and https: links are allowed`,
			});
			return;
		}
		const kind = classifyRef(value, input.site);
		if (kind === 'skip' || kind === 'external') return;
		const u = new URL(value, `${origin}${fromUrl}`);
		if (u.origin !== origin) return;
		const r = resolvePath(u.pathname, base, input.files);
		if (!r.ok) {
			issues.push({ page: fromUrl, kind: 'link', message: `${what} "${value}" ${r.reason}` });
			return;
		}
		const frag = u.hash.slice(1);
		if (html && frag && frag !== 'top' && r.file.endsWith('.html')) {
			let id = frag;
			try {
				id = decodeURIComponent(frag);
			} catch {
				/* keep as written */
			}
			const ids = idsOf(r.file);
			if (ids && !ids.has(id))
				issues.push({
					page: fromUrl,
					kind: 'link',
					message: `${what} "${value}" targets #${id}, which is not an id on ${u.pathname}`,
				});
		}
	};
	for (const p of input.pages) {
		const url = fileToUrl(p.file, base);
		for (const ref of extractRefs(p.html)) check(url, ref.value, `<${ref.tag} ${ref.attr}>`, true);
	}
	for (const s of input.stylesheets ?? []) {
		const url = fileToUrl(s.file, base);
		for (const v of extractCssRefs(s.css)) check(url, v, 'url()', false);
	}
	return issues;
}

/** Every file of a folder, relative, "/" separators. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const full = join(d, e.name);
			if (e.isDirectory()) walk(full);
			else out.push(relative(dir, full).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}

export interface SiteFiles {
	dir: string;
	files: Set<string>;
	pages: SitePage[];
	stylesheets: { file: string; css: string }[];
}

/** Reads a built site folder. */
export function readSite(dir: string): SiteFiles {
	const root = resolve(dir);
	if (!statSync(root).isDirectory()) throw new Error(`${dir} is not a folder`);
	const files = listFiles(root);
	return {
		dir: root,
		files: new Set(files),
		pages: files
			.filter((f) => f.endsWith('.html'))
			.map((file) => ({ file, html: readFileSync(join(root, file), 'utf8') })),
		stylesheets: files
			.filter((f) => f.endsWith('.css'))
			.map((file) => ({ file, css: readFileSync(join(root, file), 'utf8') })),
	};
}

/** The home page's canonical URL (the only page certain to exist), if usable. */
function homeCanonical(site: Pick<SiteFiles, 'pages'>): URL | undefined {
	const home = site.pages.find((p) => p.file === 'index.html');
	const c =
		home && parseTags(home.html).find((t) => t.name === 'link' && t.attrs.rel === 'canonical')?.attrs.href;
	try {
		return c ? new URL(c) : undefined;
	} catch {
		return undefined;
	}
}

/** Guesses the base path from the home page's canonical link. */
export function guessBase(site: Pick<SiteFiles, 'pages'>): string | undefined {
	const u = homeCanonical(site);
	return u ? normaliseBase(u.pathname) : undefined;
}

/** Guesses the site's public origin from the home page's canonical link. */
export function guessSite(site: Pick<SiteFiles, 'pages'>): string | undefined {
	return homeCanonical(site)?.origin;
}

/** Pages that are not ordinary pages of the site and need no canonical to themselves. */
export function isErrorPage(file: string): boolean {
	return /^(404|500)(\.html|\/index\.html)$/.test(file);
}

/** True for a page marked `<meta name="robots" content="noindex">` (embeds, error pages). */
export function isNoindex(html: string): boolean {
	return parseTags(html).some(
		(t) =>
			t.name === 'meta' &&
			(t.attrs.name ?? '').toLowerCase() === 'robots' &&
			/\bnoindex\b/i.test(t.attrs.content ?? ''),
	);
}

/**
 * lang/title/h1/canonical problems of every page. Two kinds of page are not standalone pages
 * and are held to less: the 404 page (served at any missing URL, so its canonical cannot name
 * "itself") and pages marked noindex, such as chart embeds for iframes, whose canonical names
 * the page they belong to and which need no <h1>. Both still need lang, a title and a canonical
 * link on the site (which the link check resolves).
 */
export function checkBasics(
	site: Pick<SiteFiles, 'pages'>,
	base: string,
	siteUrl?: string,
	noOrigin = false,
): SiteIssue[] {
	const issues: SiteIssue[] = [];
	for (const p of site.pages) {
		const url = fileToUrl(p.file, base);
		const noindex = isNoindex(p.html);
		const self = noindex || isErrorPage(p.file) ? undefined : url;
		for (const message of checkPageBasics(p.html, { url: self, site: siteUrl, noOrigin }))
			if (!(noindex && message.endsWith('<h1> elements (expected exactly one)')))
				issues.push({ page: url, kind: 'basics', message });
	}
	return issues;
}

/** html-validate errors of every page, with the project's `.htmlvalidate.json`. */
export async function validateHtml(
	site: Pick<SiteFiles, 'pages'>,
	base: string,
	configRoot: string,
): Promise<SiteIssue[]> {
	const { HtmlValidate, StaticConfigLoader } = await import('html-validate');
	// One resolved configuration for every page (resolving it per page is most of the cost).
	const config = JSON.parse(readFileSync(join(configRoot, '.htmlvalidate.json'), 'utf8'));
	const hv = new HtmlValidate(new StaticConfigLoader(config));
	const issues: SiteIssue[] = [];
	for (const p of site.pages) {
		const report = await hv.validateString(p.html, p.file);
		for (const r of report.results)
			for (const m of r.messages)
				if (m.severity === 2)
					issues.push({
						page: fileToUrl(p.file, base),
						kind: 'html',
						message: `${m.ruleId}: ${m.message}${m.selector ? ` (at ${m.selector})` : ''}`,
					});
	}
	return issues;
}

export interface CheckOptions {
	base?: string;
	site?: string;
	html?: boolean;
	configRoot?: string;
}

/** All checks over a built site folder. */
export async function checkSite(
	dir: string,
	opts: CheckOptions = {},
): Promise<{ pages: number; base: string; issues: SiteIssue[] }> {
	const site = readSite(dir);
	const base = normaliseBase(opts.base ?? guessBase(site) ?? '/');
	const origin = opts.site ?? guessSite(site);
	const issues = [
		// No canonical on the home page and no --site: built without SITE_URL, canonicals absent.
		...checkBasics(site, base, origin, !origin),
		...checkLinks({
			base,
			site: origin,
			files: site.files,
			pages: site.pages,
			stylesheets: site.stylesheets,
		}),
	];
	if (opts.html !== false)
		issues.push(...(await validateHtml(site, base, opts.configRoot ?? resolve(import.meta.dirname, '..'))));
	return { pages: site.pages.length, base, issues };
}

/** One line per issue, grouped by page: "/dti/2024/tinh/  link  <a href> "/dti/x/" points to …". */
export function formatIssues(issues: SiteIssue[], limit = Infinity): string {
	const lines = issues.slice(0, limit).map((i) => `  ${i.page}  [${i.kind}]  ${i.message}`);
	if (issues.length > limit) lines.push(`  … and ${issues.length - limit} more`);
	return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { base: { type: 'string' }, site: { type: 'string' }, 'no-html': { type: 'boolean' } },
	});
	const dir = positionals[0] ?? 'dist';
	const { pages, base, issues } = await checkSite(dir, {
		base: values.base ?? process.env.BASE_PATH,
		site: values.site,
		html: !values['no-html'],
	});
	if (issues.length) {
		console.error(`Site check of ${dir} (base ${base}): ${issues.length} problem(s) on ${pages} page(s).`);
		console.error(formatIssues(issues));
		process.exit(1);
	}
	console.log(`Site check of ${dir} (base ${base}): ${pages} page(s), no problems.`);
}
