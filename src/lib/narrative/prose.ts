/**
 * Reading narrative MDX as prose, for the checks that keep it honest: which figures stand in the
 * text without a data tag or a citation (`bareFigures`), and the words of the prose outside
 * quotation marks (`proseSegments`, used by scripts/copy-check.ts).
 *
 * Definitions (the tests rely on them):
 * - **Prose** is the MDX body without its frontmatter, import/export lines, code, comments,
 *   link targets and MDX tags. A data tag (`<Value …/>`, `<Rank …/>`, …) prints its figure from
 *   data/, so the figure is not in the prose at all.
 * - A **sentence** ends at ".", "!" or "?" followed by a space or the end of a line (not after
 *   "TP.", a digit grouping such as "10.000", or inside a number); a table row, a list item and a
 *   heading are each one sentence, and so is every paragraph's last stretch.
 * - A **figure** is a decimal number written with the Vietnamese decimal comma ("0,5791",
 *   "1,8") or a percentage ("30%", "32,7 %").
 * - A figure is **cited** when its sentence contains a `<Cite … />`. A figure that is neither a
 *   data tag nor cited is bare.
 */

export interface BareFigure {
	figure: string;
	/** 1-based line of the MDX file. */
	line: number;
	sentence: string;
}

const CITE = '\u2063CITE\u2063';

/** Lines of the MDX body with their 1-based line numbers; frontmatter, imports and code removed. */
function bodyLines(mdx: string): { text: string; line: number }[] {
	const lines = mdx.split('\n');
	let i = 0;
	if (lines[0]?.trim() === '---') {
		i = lines.indexOf('---', 1) + 1;
		if (i === 0) i = lines.length;
	}
	const out: { text: string; line: number }[] = [];
	let fence = false;
	for (; i < lines.length; i++) {
		const l = lines[i];
		if (/^\s*(```|~~~)/.test(l)) {
			fence = !fence;
			out.push({ text: '', line: i + 1 });
			continue;
		}
		if (fence || /^\s*(import|export)\s/.test(l)) {
			out.push({ text: '', line: i + 1 });
			continue;
		}
		out.push({ text: l, line: i + 1 });
	}
	return out;
}

/** One line of prose: tags out (a citation becomes a marker), inline code and link targets out. */
function cleanLine(l: string, citeMarker: string, tagMarker = ' '): string {
	return l
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/`[^`]*`/g, ' ')
		.replace(/<Cite\b[^<>]*\/>/g, citeMarker)
		.replace(/<\/?[A-Za-z][^<>]*>/g, tagMarker)
		.replace(/\]\([^)]*\)/g, ']');
}

/** Sentences of the prose, each with the line it starts on. */
export function sentences(mdx: string): { text: string; line: number }[] {
	const out: { text: string; line: number }[] = [];
	let para: { text: string; line: number } | undefined;
	const flush = () => {
		if (para) splitSentences(para, out);
		para = undefined;
	};
	for (const { text, line } of bodyLines(mdx)) {
		const l = cleanLine(text, CITE);
		if (!l.trim()) {
			flush();
			continue;
		}
		// Rows, list items and headings stand alone.
		if (/^\s*(\||#{1,6}\s|[-*+]\s|\d+[.)]\s|>)/.test(l)) {
			flush();
			splitSentences({ text: l, line }, out);
			continue;
		}
		if (para) para.text += ` ${l}`;
		else para = { text: l, line };
	}
	flush();
	return out;
}

function splitSentences(p: { text: string; line: number }, out: { text: string; line: number }[]): void {
	// A sentence ends at . ! ? followed by whitespace, except after "TP." and similar abbreviations.
	const re = /(?<!\b(?:TP|Tp|TS|ThS|GS|PGS|Q))[.!?](?=\s)/g;
	let start = 0;
	for (const m of p.text.matchAll(re)) {
		const end = m.index + 1;
		const s = p.text.slice(start, end).trim();
		if (s) out.push({ text: s, line: p.line });
		start = end;
	}
	const rest = p.text.slice(start).trim();
	if (rest) out.push({ text: rest, line: p.line });
}

const FIGURE = /(?<![\p{L}\p{N}])\d+(?:,\d+)?\s?%|(?<![\p{L}\p{N},])\d+,\d+(?![\p{N}])/gu;

/** Figures in the prose of an MDX text that are neither a data tag nor cited in their sentence. */
export function bareFigures(mdx: string): BareFigure[] {
	const out: BareFigure[] = [];
	for (const s of sentences(mdx)) {
		if (s.text.includes(CITE)) continue;
		for (const m of s.text.matchAll(FIGURE))
			out.push({ figure: m[0], line: s.line, sentence: s.text.replaceAll(CITE, '').trim() });
	}
	return out;
}

/** Quotation marks the prose uses: “…” and "…". */
const QUOTED = /“[^”]*”|"[^"\n]*"/g;

/**
 * The prose of an MDX text as runs of words, split wherever a tag, a quotation or a line of
 * markup interrupts it. Words are lower-cased, NFC, letters and digits only; each keeps its line.
 */
export function proseSegments(mdx: string): { word: string; line: number }[][] {
	const segments: { word: string; line: number }[][] = [];
	let current: { word: string; line: number }[] = [];
	const BREAK = '\u2063';
	const cut = () => {
		if (current.length) segments.push(current);
		current = [];
	};
	for (const { text, line } of bodyLines(mdx)) {
		const l = cleanLine(text, BREAK, BREAK).replace(QUOTED, BREAK);
		if (!l.trim()) {
			cut();
			continue;
		}
		for (const part of l.split(BREAK).map((p, i) => ({ p, i }))) {
			if (part.i > 0) cut();
			for (const w of words(part.p)) current.push({ word: w, line });
		}
	}
	cut();
	return segments;
}

/** Words of a text: NFC, lower case, runs of letters and digits. */
export function words(text: string): string[] {
	return (
		text
			.normalize('NFC')
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

export interface SharedRun {
	/** Number of consecutive words shared. */
	length: number;
	/** 1-based line of the MDX text where the run starts. */
	line: number;
	/** The shared words, as they read in the text (lower case). */
	text: string;
	/** Name of the source that holds the run. */
	source: string;
}

/**
 * Every maximal run of at least `min` consecutive words that a text's prose (outside quotation
 * marks and tags) shares with one of the sources. Sources are plain texts, matched on
 * `words()`, so punctuation and case do not hide a copy.
 */
export function sharedRuns(mdx: string, sources: { name: string; text: string }[], min = 12): SharedRun[] {
	const grams = new Map<string, string>();
	for (const src of sources) {
		const w = words(src.text);
		for (let i = 0; i + min <= w.length; i++) {
			const g = w.slice(i, i + min).join(' ');
			if (!grams.has(g)) grams.set(g, src.name);
		}
	}
	const runs: SharedRun[] = [];
	for (const seg of proseSegments(mdx)) {
		const w = seg.map((x) => x.word);
		let i = 0;
		while (i + min <= w.length) {
			const source = grams.get(w.slice(i, i + min).join(' '));
			if (!source) {
				i++;
				continue;
			}
			// Extend while the next window is still shared with the same source.
			let end = i + min;
			while (end < w.length && grams.get(w.slice(end - min + 1, end + 1).join(' ')) === source) end++;
			runs.push({ length: end - i, line: seg[i].line, text: w.slice(i, end).join(' '), source });
			i = end;
		}
	}
	return runs;
}
