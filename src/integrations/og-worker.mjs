// @ts-check
/**
 * A worker thread of src/integrations/og-images.ts: draws preview cards to PNG files. Satori lays
 * a card out as SVG and resvg rasterises and encodes it; both take CPU time, so the build runs one
 * such worker per core. Plain JavaScript, so that Node runs it as it is, in any build.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { opaquePng } from './opaque-png.mjs';

/** @type {{ fonts: import('satori').SatoriOptions['fonts'], width: number, height: number }} */
const { fonts, width, height } = workerData;
if (!parentPort) throw new Error('og-worker.mjs runs as a worker thread only.');
const port = parentPort;

/** @param {{ id: number, card: any, path: string }} job */
async function draw({ id, card, path }) {
	try {
		// The same `fonts` array each time: satori parses the fonts once and caches them by it.
		const svg = await satori(card, { width, height, fonts });
		const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
		const png = opaquePng(image.pixels, image.width, image.height) ?? image.asPng();
		await mkdir(dirname(path), { recursive: true });
		await writeFile(path, png);
		port.postMessage({ id });
	} catch (error) {
		port.postMessage({ id, error: error instanceof Error ? error.stack : String(error) });
	}
}

port.on('message', (job) => void draw(job));
// Parse the fonts now, while the pages are still being read, and say when ready.
// (Satori's types call this element a React node; with React's types installed they check it.)
satori(/** @type {any} */ ({ type: 'div', props: {} }), { width: 1, height: 1, fonts }).then(
	() => port.postMessage({ ready: true }),
	(error) => port.postMessage({ ready: false, error: String(error) }),
);
