/**
 * `<dti-chart>`: progressive enhancement for server-rendered charts. Marks (elements of the SVG
 * with `data-key` and a `<title>`, the title's text being the tooltip) get a
 * tooltip on hover and focus, one roving tab stop with arrow-key navigation, and highlight
 * linking with every element of the page that carries the same `data-key` (table rows, marks;
 * a key `row|part` links with its row).
 * Also enables the "download SVG" button (the layout shown). The chart is complete without it.
 */
class DtiChart extends HTMLElement {
	#tip?: HTMLDivElement;

	connectedCallback(): void {
		// One SVG per layout (narrow, wide): one is shown; each gets its own roving tab stop.
		const svgs = [...this.querySelectorAll<SVGSVGElement>('svg[data-chart-svg]')];
		// A mark: an element with a data-key and a tooltip (its title, or its wide twin's title:
		// the narrow layout carries no titles). Marks get data-tip; the titles are removed so the
		// browser's own tooltip does not double ours.
		const marksOf = (svg: Element) => [...svg.querySelectorAll<SVGElement>('[data-key][data-tip]')];
		const tips = new Map<string, string>();
		for (const t of this.querySelectorAll('svg [data-key] > title'))
			tips.set((t.parentElement as HTMLElement | null)?.dataset.key ?? '', t.textContent ?? '');
		for (const svg of svgs) {
			for (const m of svg.querySelectorAll<SVGElement>('[data-key]')) {
				const tip = m.dataset.tip ?? tips.get(m.dataset.key ?? '') ?? m.getAttribute('aria-label');
				if (tip) m.dataset.tip = tip;
				m.querySelector(':scope > title')?.remove();
			}
			const marks = marksOf(svg);
			// Focusable marks cannot live inside an image: expose the chart as a group of labelled marks.
			if (marks.length && svg.getAttribute('role') === 'img') svg.setAttribute('role', 'group');
			marks.forEach((m, i) => {
				m.setAttribute('tabindex', i === 0 ? '0' : '-1');
				if (m.tagName.toLowerCase() !== 'a') m.setAttribute('role', 'img');
				if (!m.getAttribute('aria-label')) m.setAttribute('aria-label', m.dataset.tip!);
			});
		}
		this.addEventListener('pointerover', (e) => this.#show(e.target));
		this.addEventListener('focusin', (e) => this.#show(e.target));
		this.addEventListener('pointerleave', () => this.#hide());
		this.addEventListener('focusout', () => this.#hide());
		this.addEventListener('keydown', (e) => {
			const svg = (e.target as Element).closest?.('svg[data-chart-svg]');
			const marks = svg ? marksOf(svg) : [];
			const i = marks.indexOf(e.target as SVGElement);
			const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
			if (i < 0 || !step) return;
			e.preventDefault();
			const next = marks[(i + step + marks.length) % marks.length];
			marks[i].setAttribute('tabindex', '-1');
			next.setAttribute('tabindex', '0');
			next.focus();
		});
		for (const row of this.querySelectorAll<HTMLElement>('tr[data-key]')) {
			row.addEventListener('pointerenter', () => this.#link(row.dataset.key));
			row.addEventListener('pointerleave', () => this.#link());
		}
		const button = this.querySelector<HTMLButtonElement>('[data-download]');
		if (button && svgs.length) {
			button.hidden = false;
			button.addEventListener('click', () => {
				// The layout the reader sees.
				const svg = svgs.find((el) => el.getBoundingClientRect().width > 0) ?? svgs[0];
				const blob = new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
				const a = Object.assign(document.createElement('a'), {
					href: URL.createObjectURL(blob),
					download: button.dataset.download,
				});
				a.click();
				URL.revokeObjectURL(a.href);
			});
		}
	}

	#show(target: EventTarget | null): void {
		const mark = (target as Element | null)?.closest?.<SVGElement>('svg [data-tip]');
		if (!mark || !this.contains(mark)) return;
		this.#link(mark.dataset.key);
		this.#tip ??= this.appendChild(Object.assign(document.createElement('div'), { className: 'chart-tip' }));
		this.#tip.textContent = mark.dataset.tip ?? '';
		this.#tip.hidden = false;
		const box = mark.getBoundingClientRect();
		const host = this.getBoundingClientRect();
		const left = Math.min(box.left - host.left + box.width / 2, host.width - this.#tip.offsetWidth);
		this.#tip.style.left = `${Math.max(0, left)}px`;
		this.#tip.style.top = `${box.top - host.top - this.#tip.offsetHeight - 6}px`;
	}

	#hide(): void {
		if (this.#tip) this.#tip.hidden = true;
		this.#link();
	}

	/** Highlights everything of the key's row: a key `row|part` (one heatmap cell) belongs to row `row`. */
	#link(key?: string): void {
		for (const el of document.querySelectorAll('.is-hl')) el.classList.remove('is-hl');
		if (!key) return;
		const row = CSS.escape(key.split('|')[0]);
		for (const el of document.querySelectorAll(`[data-key="${row}"], [data-key^="${row}|"]`))
			el.classList.add('is-hl');
	}
}

if (!customElements.get('dti-chart')) customElements.define('dti-chart', DtiChart);
