/**
 * The search page (/tim-kiem/): Pagefind over the site's own index (pagefind/ under the base,
 * written by scripts/search-index.ts). The only script the search needs; without it the page
 * links to the unit lists. The query lives in the URL (?q=…), so a search can be shared.
 */
interface PagefindResult {
	data: () => Promise<{ url: string; excerpt: string; meta: { title?: string; description?: string } }>;
}
interface Pagefind {
	options: (o: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (q: string) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 10;
const root = document.querySelector<HTMLElement>('[data-search-page]');

if (root) {
	const base = root.dataset.base ?? '/';
	const str = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
	const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	root.querySelector<HTMLElement>('[data-search-fallback]')!.hidden = true;
	form.hidden = false;

	/**
	 * pagefind.js is a module of the built site, not of the bundle: a tiny module script imports
	 * it (a bundled dynamic import() would be rewritten by Vite's preload helper, which breaks in
	 * Astro's inlined scripts).
	 */
	const importPagefind = () =>
		new Promise<Pagefind>((resolve, reject) => {
			const w = window as unknown as Record<string, unknown>;
			w.dtiPagefindLoaded = resolve;
			const el = document.createElement('script');
			el.type = 'module';
			el.textContent = `import * as p from ${JSON.stringify(`${base}pagefind/pagefind.js`)}; window.dtiPagefindLoaded(p);`;
			el.addEventListener('error', reject);
			setTimeout(() => reject(new Error('pagefind.js did not load')), 15_000);
			document.head.append(el);
		});
	let engine: Promise<Pagefind> | undefined;
	const load = () =>
		(engine ??= importPagefind().then(async (pf) => {
			// No worker: one request less, and searching this index is quick on the main thread.
			await pf.options({ basePath: `${base}pagefind/`, baseUrl: base, excerptLength: 24, noWorker: true });
			await pf.init();
			return pf;
		}));

	const text = (tag: string, className: string, content: string) => {
		const el = document.createElement(tag);
		el.className = className;
		el.textContent = content;
		return el;
	};

	let current = 0;
	const run = async (q: string) => {
		const ticket = ++current;
		const url = new URL(location.href);
		if (q) url.searchParams.set('q', q);
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
		if (!q.trim()) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		status.textContent = str.loading;
		try {
			const pf = await load();
			const found = await pf.search(q);
			if (ticket !== current || !found) return;
			// Each result's page data is a small file of its own: the first is fetched alone and shown
			// at once, then the rest together.
			const top = found.results.slice(0, MAX_RESULTS);
			const first = top.length ? await top[0].data() : undefined;
			if (ticket !== current) return;
			const pending = [first, ...top.slice(1).map((r) => r.data())];
			list.replaceChildren();
			for (const p of top.length ? pending : []) {
				const d = (await p)!;
				if (ticket !== current) return;
				const li = document.createElement('li');
				const a = text('a', 'search-result-title', d.meta.title ?? d.url);
				a.setAttribute('href', d.url);
				// The page's description reads better than an excerpt of the hidden name forms;
				// Pagefind's excerpt (the page's own text, escaped, matches in <mark>) otherwise.
				const excerpt = document.createElement('p');
				excerpt.className = 'search-result-excerpt small';
				if (d.meta.description) excerpt.textContent = d.meta.description;
				else excerpt.innerHTML = d.excerpt;
				li.append(a, excerpt);
				list.append(li);
			}
			const n = found.results.length;
			status.textContent = n
				? (n === 1 ? str.countOne : str.count).replace('{n}', String(n)).replace('{q}', q)
				: str.none.replace('{q}', q);
		} catch {
			if (ticket === current) status.textContent = str.failed;
		}
	};

	let timer: ReturnType<typeof setTimeout> | undefined;
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => run(input.value), 150);
	});
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		clearTimeout(timer);
		void run(input.value);
	});
	const initial = new URLSearchParams(location.search).get('q') ?? '';
	if (initial) {
		input.value = initial;
		void run(initial);
	}
}
