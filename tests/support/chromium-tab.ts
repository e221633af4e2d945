/**
 * Chromium driven over the DevTools protocol through a pipe, attached to a tab rather than to its
 * page. Chromium prerenders nothing for a client attached to a page ("PrerenderingDisabledByDevTools",
 * which is how Playwright attaches); attached to the tab, the client sees the prerendered page as a
 * second page target and the activation as the swap of the two. Used to measure speculation rules.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { chromiumLaunchOptions } from '../chromium';
import { missingToolsMessage } from './tools';

interface Message {
	id?: number;
	method?: string;
	params?: Record<string, unknown>;
	result?: Record<string, unknown>;
	error?: { message: string };
	sessionId?: string;
}

type Listener = (message: Message) => void;

export class ChromiumOverPipe {
	private readonly process: ChildProcess;
	private readonly profile: string;
	private readonly input: Writable;
	private nextId = 1;
	private readonly pending = new Map<number, { resolve: Listener; method: string }>();
	private readonly listeners = new Set<Listener>();

	constructor(extraArgs: string[] = []) {
		this.profile = mkdtempSync(join(tmpdir(), 'new-midec-chromium-'));
		const chromium = chromiumLaunchOptions.executablePath;
		if (!chromium) throw new Error(missingToolsMessage(['chromium']));
		this.process = spawn(
			chromium,
			[
				...chromiumLaunchOptions.args,
				'--headless',
				'--remote-debugging-pipe',
				`--user-data-dir=${this.profile}`,
				// The loopback server's certificate is the throwaway one the test set-up makes.
				'--ignore-certificate-errors',
				...extraArgs,
				'about:blank',
			],
			{ stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
		);
		this.input = this.process.stdio[3] as Writable;
		let buffered = '';
		(this.process.stdio[4] as Readable).on('data', (chunk: Buffer) => {
			buffered += chunk.toString();
			let end = buffered.indexOf('\0');
			while (end !== -1) {
				this.receive(JSON.parse(buffered.slice(0, end)) as Message);
				buffered = buffered.slice(end + 1);
				end = buffered.indexOf('\0');
			}
		});
	}

	private receive(message: Message) {
		if (message.id !== undefined) {
			this.pending.get(message.id)?.resolve(message);
			this.pending.delete(message.id);
		} else for (const listener of this.listeners) listener(message);
	}

	/** Sends a command, to the browser or to the target of `sessionId`, and returns its result. */
	send<T = Record<string, unknown>>(
		method: string,
		params: object = {},
		sessionId?: string,
	): Promise<T> {
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.pending.set(id, {
				method,
				resolve: ({ result, error }) =>
					error ? reject(new Error(`${method}: ${error.message}`)) : resolve(result as T),
			});
			this.input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
		});
	}

	/** Calls `listener` with every event until the returned function is called. */
	on(listener: Listener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** The first event that `predicate` accepts, within `timeoutMs`. */
	waitFor(predicate: (message: Message) => boolean, timeoutMs = 30_000): Promise<Message> {
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				off();
				reject(new Error(`No matching DevTools event within ${timeoutMs} ms.`));
			}, timeoutMs);
			const off = this.on((message) => {
				if (!predicate(message)) return;
				clearTimeout(timer);
				off();
				resolve(message);
			});
		});
	}

	/** Stops Chromium and removes its profile once it has exited: until then it still writes there. */
	async close() {
		if (this.process.exitCode === null && this.process.signalCode === null) {
			const exited = new Promise((resolve) => this.process.once('exit', resolve));
			this.process.kill();
			await exited;
		}
		rmSync(this.profile, { recursive: true, force: true });
	}
}

export interface PageTarget {
	sessionId: string;
	/** `prerender` while the page is being prerendered in the background. */
	subtype?: string;
}

/**
 * A new tab in a browser context of its own (an empty cache), with every page target in it
 * attached, the prerendered ones included. `prepare` sends its commands to each page target before
 * it starts loading (to throttle it, for example); it must send them all before it awaits any.
 */
export async function openTab(
	browser: ChromiumOverPipe,
	prepare: (sessionId: string) => Promise<unknown>,
) {
	const { browserContextId } = await browser.send<{ browserContextId: string }>(
		'Target.createBrowserContext',
	);
	await browser.send('Target.createTarget', { url: 'about:blank', browserContextId });
	const { targetInfos } = await browser.send<{
		targetInfos: { targetId: string; browserContextId: string }[];
	}>('Target.getTargets', { filter: [{ type: 'tab' }] });
	const tab = targetInfos.find((info) => info.browserContextId === browserContextId);
	if (!tab) throw new Error('Chromium opened no tab in the new browser context.');
	const { sessionId: tabSession } = await browser.send<{ sessionId: string }>(
		'Target.attachToTarget',
		{ targetId: tab.targetId, flatten: true },
	);
	const pages = new Map<string, PageTarget>();
	const preparations: Promise<unknown>[] = [];
	const stopListening = browser.on(({ method, params, sessionId }) => {
		if (method === 'Target.attachedToTarget' && sessionId === tabSession) {
			const { sessionId: pageSession, targetInfo } = params as {
				sessionId: string;
				targetInfo: { type: string; subtype?: string };
			};
			if (targetInfo.type !== 'page') return;
			pages.set(pageSession, { sessionId: pageSession, subtype: targetInfo.subtype });
			// A target waiting for the debugger answers some commands only once it runs; it handles
			// commands in the order sent, so `prepare`'s are sent, not awaited, before it runs.
			const prepared = prepare(pageSession);
			const running = browser.send('Runtime.runIfWaitingForDebugger', {}, pageSession);
			preparations.push(Promise.all([prepared, running]));
		} else if (method === 'Target.detachedFromTarget') {
			pages.delete((params as { sessionId: string }).sessionId);
		}
	});
	const firstPage = browser.waitFor(
		({ method, sessionId }) => method === 'Target.attachedToTarget' && sessionId === tabSession,
	);
	await browser.send(
		'Target.setAutoAttach',
		{ autoAttach: true, waitForDebuggerOnStart: true, flatten: true },
		tabSession,
	);
	await firstPage;
	await Promise.all(preparations);
	return {
		pages,
		close: async () => {
			stopListening();
			await browser.send('Target.disposeBrowserContext', { browserContextId });
		},
	};
}

/** Evaluates `expression` in the page of `sessionId`, awaiting a promise, and returns its value. */
export async function evaluate<T>(
	browser: ChromiumOverPipe,
	sessionId: string,
	expression: string,
): Promise<T> {
	const { result, exceptionDetails } = await browser.send<{
		result: { value: T };
		exceptionDetails?: { text: string; exception?: { description?: string } };
	}>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
	if (exceptionDetails)
		throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
	return result.value;
}

/**
 * A mouse on the first visible link to `href` in the page's main content, scrolled into view:
 * `mouse('mouseMoved')` points at it, `mousePressed` and `mouseReleased` click it.
 */
export async function mouseOnLink(browser: ChromiumOverPipe, sessionId: string, href: string) {
	const [x, y] = await evaluate<[number, number]>(
		browser,
		sessionId,
		`(() => {
			const link = [...document.querySelectorAll('main a[href="${href}"]')].find((a) => a.checkVisibility());
			if (!link) throw new Error('no visible link to ${href} on ' + location.pathname);
			link.scrollIntoView({ block: 'center' });
			const box = link.getBoundingClientRect();
			return [box.x + Math.min(8, box.width / 2), box.y + box.height / 2];
		})()`,
	);
	return (type: 'mouseMoved' | 'mousePressed' | 'mouseReleased') =>
		browser.send(
			'Input.dispatchMouseEvent',
			{ type, x, y, button: type === 'mouseMoved' ? 'none' : 'left', clickCount: 1 },
			sessionId,
		);
}
