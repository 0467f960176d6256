/**
 * Text of a built page by language: walks the HTML, follows `lang` attributes down the tree and
 * reports the text runs that contain Vietnamese letters outside any element marked `lang="vi"`.
 *
 * The rule for English pages (test/build/english.test.ts): interface text is English. Vietnamese
 * may appear only where it is marked as Vietnamese: unit names in the registry's Vietnamese form,
 * quotations, the titles of Vietnamese sources and texts not yet translated, each inside an
 * element with `lang="vi"` (so screen readers switch voice, and the rule is checkable). English
 * unit names ("Da Nang", "Ministry of Finance") carry no Vietnamese letters.
 */

/** Letters that occur in Vietnamese and not in English (NFC): đ, ă, â, ê, ô, ơ, ư and tone marks. */
export const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;

const VOID = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

export interface LangRun {
	/** Language in force at the run (nearest `lang` attribute). */
	lang: string;
	text: string;
	/** Tag path to the run, for messages: "body > main > p". */
	path: string;
}

const decode = (s: string) =>
	s
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
		.replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)));

/**
 * Text runs of the document with their language, from `<body>` on (or the whole input), and
 * the `title` and `aria-label` attribute values, which readers hear too. Script and style
 * contents are skipped.
 */
export function langRuns(html: string): LangRun[] {
	const out: LangRun[] = [];
	const stack: { tag: string; lang: string }[] = [];
	const rootLang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] ?? '';
	const lang = () => stack.at(-1)?.lang ?? rootLang;
	const path = () => stack.map((s) => s.tag).join(' > ');
	const start = html.search(/<body[\s>]/);
	const src = start < 0 ? html : html.slice(start);
	const token =
		/<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1>|<\/?([a-zA-Z][\w:-]*)([^>]*)>|([^<]+)/g;
	for (const m of src.matchAll(token)) {
		const [whole, , tag, attrs, text] = m;
		if (text !== undefined) {
			const t = decode(text).trim();
			if (t) out.push({ lang: lang(), text: t, path: path() });
			continue;
		}
		if (!tag) continue;
		const name = tag.toLowerCase();
		if (whole.startsWith('</')) {
			const at = stack.map((s) => s.tag).lastIndexOf(name);
			if (at >= 0) stack.length = at;
			continue;
		}
		const own = attrs.match(/\slang="([^"]*)"/)?.[1];
		const here = own ?? lang();
		for (const a of attrs.matchAll(/\s(title|aria-label|alt|placeholder)="([^"]*)"/g))
			out.push({ lang: here, text: decode(a[2]), path: `${path()} > ${name}[${a[1]}]` });
		if (VOID.has(name) || attrs.trimEnd().endsWith('/')) continue;
		stack.push({ tag: name, lang: here });
	}
	return out;
}

/** Runs in Vietnamese letters that are not marked Vietnamese (on an English page: untranslated text). */
export function unmarkedVietnamese(html: string): LangRun[] {
	return langRuns(html).filter((r) => !r.lang.startsWith('vi') && VIETNAMESE_LETTER.test(r.text));
}
