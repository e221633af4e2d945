/**
 * The search button and dialog in the header. This is all the search code a page loads; the
 * search engine and Pagefind are fetched the first time the reader opens the dialog.
 */
// The engine's URL, not the module: an import() of the module would bring Vite's preload helper
// into this script, which every page loads (src/integrations/chunk-url.ts).
import engineUrl from './search-engine?chunk-url';
import type * as SearchEngine from './search-engine';

class SiteSearch extends HTMLElement {
	connectedCallback() {
		const openButton = this.querySelector<HTMLButtonElement>('[data-open]');
		const closeButton = this.querySelector<HTMLButtonElement>('[data-close]');
		const dialog = this.querySelector('dialog');
		const input = this.querySelector('input');
		if (!openButton || !closeButton || !dialog || !input) return;
		let engine: Promise<unknown> | undefined;
		let returnFocusTo: HTMLElement | null = null;

		const open = () => {
			if (!dialog.open) {
				returnFocusTo =
					document.activeElement instanceof HTMLElement ? document.activeElement : null;
				dialog.showModal();
			}
			input.focus();
			engine ??= import(/* @vite-ignore */ engineUrl).then(
				({ attachSearch }: typeof SearchEngine) => attachSearch(this),
			);
		};

		openButton.addEventListener('click', open);
		closeButton.addEventListener('click', () => dialog.close());
		dialog.addEventListener('close', () => returnFocusTo?.focus());
		// Escape closes at once, even from a search box that holds text (which would clear it first).
		dialog.addEventListener('keydown', (event) => {
			if (event.key === 'Escape') {
				event.preventDefault();
				dialog.close();
			}
		});
		// A click on the backdrop lands on the dialog element itself.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		window.addEventListener('keydown', (event) => {
			if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
				event.preventDefault();
				if (dialog.open) dialog.close();
				else open();
			}
		});
		const shortcut = openButton.querySelector('kbd');
		if (shortcut && /Mac|iPhone|iPad/.test(navigator.userAgent)) shortcut.textContent = '⌘ K';
		openButton.disabled = false;
	}
}

customElements.define('site-search', SiteSearch);
