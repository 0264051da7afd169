import test from 'ava';
import {startRenderers} from '../source/ssh/renderers.js';
import {waitFor} from './helpers/wait-for.js';

const echo = new URL('fixtures/echo-renderer.js', import.meta.url);
const request = {
	look: {interactive: true, color: 'color', depth: 'ansi256', ascii: false, hyperlinks: false},
	background: 'dark',
	size: {columns: 80, rows: 24},
} as const;

/** An app on the echo renderer, and what it has written. */
function started(renderers: ReturnType<typeof startRenderers>) {
	const written: string[] = [];
	const app = renderers.start(request, text => {
		written.push(text);
	});
	const outcome = app.done.then(
		() => 'ended',
		() => 'failed',
	);
	return {app, written, outcome};
}

const threadOf = (written: readonly string[]) => /^thread (\d+)/v.exec(written[0] ?? '')?.[1];

test('sessions go to the renderer with the fewest, and each hears only its own', async t => {
	const renderers = startRenderers(2, {json: {}, command: 'first'}, echo);
	t.teardown(async () => renderers.close());
	const apps = [started(renderers), started(renderers), started(renderers), started(renderers)];
	await waitFor(() => apps.every(({written}) => written.length > 0), 'every app to start');
	const threads = apps.map(({written}) => threadOf(written));
	t.is(new Set(threads).size, 2);
	t.is(threads.filter(thread => thread === threads[0]).length, 2);
	t.true(apps.every(({written}) => written[0]!.endsWith(' first')));

	apps[1]!.app.type('x');
	await waitFor(() => apps[1]!.written.length === 2, 'the keys to be echoed');
	t.is(apps[1]!.written[1], `thread ${threads[1]} keys x`);
	t.true([0, 2, 3].every(index => apps[index]!.written.length === 1));

	apps[0]!.app.stop();
	t.is(await apps[0]!.outcome, 'ended');
});

test('a renderer that fails ends its own sessions only, and a new one takes the next', async t => {
	const renderers = startRenderers(2, {json: {}, command: 'first'}, echo);
	t.teardown(async () => renderers.close());
	const [crashing, sameThread, otherThread] = [started(renderers), started(renderers), started(renderers)];
	await waitFor(
		() => [crashing, sameThread, otherThread].every(({written}) => written.length > 0),
		'the apps to start',
	);
	// The third went to the first renderer again, which had one app to the second's one.
	t.is(threadOf(otherThread.written), threadOf(crashing.written));
	t.not(threadOf(sameThread.written), threadOf(crashing.written));

	crashing.app.type('crash');
	t.is(await crashing.outcome, 'failed');
	t.is(await otherThread.outcome, 'failed');
	sameThread.app.type('still here');
	await waitFor(() => sameThread.written.length === 2, 'the other renderer to answer');

	// Until its replacement comes (a second after the failed one started, at most), the other takes every app.
	renderers.reload({json: {}, command: 'second'});
	const meanwhile = started(renderers);
	await waitFor(() => meanwhile.written.length > 0, 'an app meanwhile');
	t.is(threadOf(meanwhile.written), threadOf(sameThread.written));
	t.true(meanwhile.written[0]!.endsWith(' second'));

	await new Promise(resolve => {
		setTimeout(resolve, 1200);
	});
	const next = started(renderers);
	await waitFor(() => next.written.length > 0, 'an app on the new renderer');
	const threads = [crashing, sameThread].map(({written}) => threadOf(written));
	t.false(threads.includes(threadOf(next.written)), 'a renderer of its own, the new one');
	t.true(next.written[0]!.endsWith(' second'));
});

test('apps on a renderer that cannot start fail at once, and none hangs', async t => {
	const renderers = startRenderers(
		1,
		{json: {}, command: 'first'},
		new URL('fixtures/no-such-renderer.js', import.meta.url),
	);
	t.teardown(async () => renderers.close());
	await new Promise(resolve => {
		setTimeout(resolve, 300);
	});
	// It has failed, and its replacement (a second after it started, at most) fails as it did.
	t.is(await started(renderers).outcome, 'failed');
	await new Promise(resolve => {
		setTimeout(resolve, 1200);
	});
	t.is(await started(renderers).outcome, 'failed');
});

test('closing ends the renderers, and the apps still on them', async t => {
	const renderers = startRenderers(1, {json: {}, command: 'first'}, echo);
	const app = started(renderers);
	await waitFor(() => app.written.length > 0, 'the app to start');
	await renderers.close();
	t.is(await app.outcome, 'failed');
});
