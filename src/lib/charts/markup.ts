/**
 * Chart markup written as strings, for the marks a chart repeats by the hundred (a beeswarm's
 * dots): the same bytes Astro writes for the same element in a template, at a fraction of the
 * cost. Values are escaped as Astro escapes them: text `& < > ' "`, attribute values `& "`.
 */
const TEXT = /[&<>'"]/g;
const ATTR = /[&"]/g;
const ENTITY: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	"'": '&#39;',
	'"': '&quot;',
};

/** Text content, as `{text}` in a template writes it. */
export function text(value: string): string {
	TEXT.lastIndex = 0;
	return TEXT.test(value) ? value.replace(TEXT, (c) => ENTITY[c]) : value;
}

/**
 * An element: `el('circle', { cx: 1, r: 4 })` → `<circle cx="1" r="4"></circle>` (as a template
 * writes `<circle cx={1} r={4} />`). Attributes that are undefined or null are left out; `inner` is
 * markup, already escaped.
 */
export function el(
	tag: string,
	attrs: Record<string, string | number | undefined | null>,
	inner = '',
): string {
	let out = `<${tag}`;
	for (const key in attrs) {
		const v = attrs[key];
		if (v === undefined || v === null) continue;
		const s = String(v);
		// Most values are numbers and plain words: escaped only when they hold & or ".
		const safe = typeof v === 'number' || (!s.includes('&') && !s.includes('"'));
		out += s === '' ? ` ${key}` : ` ${key}="${safe ? s : s.replace(ATTR, (c) => ENTITY[c])}"`;
	}
	return `${out}>${inner}</${tag}>`;
}
