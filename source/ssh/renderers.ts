/*
The server's renderers: worker threads (render-worker.ts) that run the sessions' apps, one per core by default.
A session goes to the renderer with the fewest; a renderer that fails ends its own sessions only, and a new one
takes its place for the sessions that come after.
*/
import {performance} from 'node:perf_hooks';
import {Worker} from 'node:worker_threads';
import type {TerminalSize} from '../app/frame-layout.js';
import type {AppRequest, FromRenderer, ResumeSource, ToRenderer} from './render-messages.js';

/** A session's app, running on a renderer. */
export type RenderedApp = {
	/** Which renderer runs it, from 1: for the log. */
	readonly renderer: number;
	/** Keys the client typed (its terminal's answers taken out). */
	readonly type: (keys: string) => void;
	readonly resize: (size: TerminalSize) => void;
	/** Ends the app: Ink gives the terminal back, and `done` settles. */
	readonly stop: () => void;
	/** Settles once the app has ended; rejects when it ended by an error, or its renderer did. */
	readonly done: Promise<void>;
};

export type Renderers = {
	/** Starts an app; `write` gets its bytes for the terminal. */
	readonly start: (request: AppRequest, write: (text: string) => void) => RenderedApp;
	/** The résumé for apps started from now on. */
	readonly reload: (resume: ResumeSource) => void;
	/** Ends the renderers, and any app still on them. */
	readonly close: () => Promise<void>;
};

type App = {readonly write: (text: string) => void; readonly end: (failed: boolean) => void};

type Renderer = {readonly worker: Worker; readonly apps: Map<number, App>};

/** The renderer's code: beside this file's in the bundle (scripts/build.js makes it an entry of its own). */
const rendererFile = new URL('render-worker.js', import.meta.url);

/** A renderer that cannot even start would fail again at once: one that failed is replaced at most this often. */
const replaceInterval = 1000;

/** An app that no renderer can run (every one has failed, and none has been replaced yet): it fails at once. */
function unrendered(): RenderedApp {
	const nothing = () => undefined;
	return {
		renderer: 0,
		type: nothing,
		resize: nothing,
		stop: nothing,
		done: Promise.reject(new Error('no renderer runs')),
	};
}

/** Starts `count` renderers, each running `workerFile` (the tests give one of their own). */
export function startRenderers(count: number, resume: ResumeSource, workerFile: URL = rendererFile): Renderers {
	let current = resume;
	let nextId = 0;
	let closed = false;
	const renderers: Renderer[] = [];

	const spawn = (): Renderer => {
		const spawnedAt = performance.now();
		const worker = new Worker(workerFile);
		const renderer: Renderer = {worker, apps: new Map()};
		worker.postMessage({type: 'resume', resume: current} satisfies ToRenderer);
		worker.on('message', (message: FromRenderer) => {
			const app = renderer.apps.get(message.id);
			if (message.type === 'output') {
				app?.write(message.text);
			} else {
				renderer.apps.delete(message.id);
				app?.end(message.failed);
			}
		});
		const failed = () => {
			const index = renderers.indexOf(renderer);
			if (index !== -1) {
				renderers.splice(index, 1);
				const wait = Math.max(0, spawnedAt + replaceInterval - performance.now());
				setTimeout(() => {
					if (!closed) {
						renderers.push(spawn());
					}
				}, wait);
			}

			for (const app of renderer.apps.values()) {
				app.end(true);
			}

			renderer.apps.clear();
		};

		worker.on('error', failed);
		worker.once('exit', failed);
		return renderer;
	};

	for (let index = 0; index < count; index++) {
		renderers.push(spawn());
	}

	return {
		start(request, write) {
			if (renderers.length === 0) {
				return unrendered();
			}

			let index = 0;
			for (const [each, {apps}] of renderers.entries()) {
				if (apps.size < renderers[index]!.apps.size) {
					index = each;
				}
			}

			const renderer = renderers[index]!;
			const id = nextId++;
			const send = (message: ToRenderer) => {
				renderer.worker.postMessage(message);
			};

			let end: App['end'] = () => undefined;
			const done = new Promise<void>((resolve, reject) => {
				end = failed => {
					if (failed) {
						reject(new Error('the app failed'));
					} else {
						resolve();
					}
				};
			});
			renderer.apps.set(id, {write, end});
			send({type: 'start', id, request});
			return {
				renderer: index + 1,
				type(keys) {
					send({type: 'keys', id, keys});
				},
				resize(size) {
					send({type: 'resize', id, size});
				},
				stop() {
					send({type: 'stop', id});
				},
				done,
			};
		},
		reload(resume) {
			current = resume;
			for (const {worker} of renderers) {
				worker.postMessage({type: 'resume', resume} satisfies ToRenderer);
			}
		},
		async close() {
			closed = true;
			const closing = renderers.splice(0);
			await Promise.all(closing.map(async ({worker}) => worker.terminate()));
		},
	};
}
