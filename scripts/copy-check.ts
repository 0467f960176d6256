/**
 * Own words: reports every run of 12 or more consecutive words that a narrative text (content/
 * editions and articles, outside quotation marks) shares with a source text. The sources are
 * given as arguments, files or folders of .txt/.md files; nothing here is read by the tests.
 *
 *   npm run copy-check -- path/to/seeds              # every .txt/.md under the folder
 *   npm run copy-check -- --min 10 a.txt b.txt      # a shorter run length
 *
 * Prints one line per run (file:line, length, source, the words) and exits 1 if there is any.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sharedRuns } from '../src/lib/narrative/prose.ts';
import { ROOT } from './lib.ts';

const args = process.argv.slice(2);
let min = 12;
const paths: string[] = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === '--min') min = Number(args[++i]);
	else paths.push(args[i]);
}
if (!paths.length || !Number.isInteger(min) || min < 2) {
	console.error('usage: npm run copy-check -- [--min N] <source file or folder>…');
	process.exit(2);
}

function filesUnder(p: string, exts: RegExp): string[] {
	const st = statSync(p, { throwIfNoEntry: false });
	if (!st) {
		console.error(`copy-check: ${p}: no such file or folder`);
		process.exit(2);
	}
	if (st.isFile()) return [p];
	return readdirSync(p, { recursive: true, encoding: 'utf8' })
		.map((f) => join(p, f))
		.filter((f) => exts.test(f) && statSync(f).isFile())
		.sort();
}

const sources = paths
	.flatMap((p) => filesUnder(p, /\.(txt|md)$/i))
	.map((f) => ({ name: f, text: readFileSync(f, 'utf8') }));
const texts = ['content/editions', 'content/articles'].flatMap((d) => filesUnder(join(ROOT, d), /\.mdx$/));

let hits = 0;
for (const file of texts) {
	for (const r of sharedRuns(readFileSync(file, 'utf8'), sources, min)) {
		hits++;
		console.log(`${relative(ROOT, file)}:${r.line}: ${r.length} words shared with ${r.source}: “${r.text}”`);
	}
}
console.log(
	`copy-check: ${texts.length} texts, ${sources.length} sources, ${hits} run${hits === 1 ? '' : 's'} of ≥ ${min} shared words outside quotation marks`,
);
process.exit(hits ? 1 : 0);
