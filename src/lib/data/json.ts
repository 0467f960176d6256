/**
 * Reading a JSON data file so that every failure is one plain sentence naming the file, line
 * and column: a syntax error ("data/sources.json:12:5: invalid JSON: …"), an empty file, a
 * missing or unreadable file. Used by the dataset loader (load.ts).
 */
import { readFileSync } from 'node:fs';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, Math.max(0, offset));
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

/** Parses JSON text; on failure, a message with the line and column of the problem. */
export function parseJson(text: string): { value: unknown } | { error: string; line?: number; column?: number } {
	if (text.replace(/^\uFEFF/, '').trim() === '') return { error: 'the file is empty; it must hold JSON' };
	try {
		return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
	} catch (e) {
		const message = (e as Error).message;
		// V8: "… in JSON at position 145 (line 5 column 3)" or "Unexpected end of JSON input".
		const pos = /at position (\d+)/.exec(message);
		const offset = pos ? Number(pos[1]) : text.length;
		const { line, column } = lineColumn(text, offset);
		// Keep V8's description, without its quoted excerpt of the file (which can span lines).
		const what = message
			.split('\n')[0]
			.replace(/^JSON\.parse: /, '')
			.split(/,\s*(?:\.{3})?"/)[0]
			.replace(/ in JSON at position \d+.*$/, '')
			.replace(/^Unexpected end of JSON input$/, 'the file ends before the JSON is complete');
		return { error: `invalid JSON: ${what}`, line, column };
	}
}

/**
 * Reads and parses a JSON file; `where` is the path shown in messages. On failure, `at` is
 * where to look ("data/sources.json:12:5") and `error` what is wrong there.
 */
export function readJsonFile(path: string, where: string): { value: unknown } | { at: string; error: string } {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return {
			at: where,
			error: code === 'ENOENT' ? 'file is missing' : code === 'EISDIR' ? 'is a folder, not a JSON file' : `cannot be read (${code})`,
		};
	}
	const r = parseJson(text);
	if ('value' in r) return r;
	return { at: `${where}${r.line ? `:${r.line}:${r.column}` : ''}`, error: r.error };
}
