import {stripVTControlCharacters} from 'node:util';
import test, {type ExecutionContext} from 'ava';
import {render} from 'ink-testing-library';
import {App} from '../source/app/app.js';
import type {Content} from '../source/app/frame-layout.js';
import type {Command} from '../source/app/keymap.js';
import {initialModel, update, type Model} from '../source/app/update.js';
import {view} from '../source/app/view.js';
import {buildResume} from '../source/resume/build-model.js';
import {buildSections} from '../source/screens/sections.js';
import {createTheme} from '../source/theme/theme.js';
import {keys} from './helpers/app.js';
import {readFixture} from './helpers/fixtures.js';
import {today} from './helpers/model.js';
import {waitFor} from './helpers/wait-for.js';

// Career.json: Harbor Robotics' third highlight has one link; Cobalt Cloud's first role's second highlight has two.
const resume = buildResume(await readFixture('career.json'));
const size = {columns: 80, rows: 24};
const content = (browser: boolean): Content => ({
	resume,
	sections: buildSections(resume),
	theme: createTheme({mode: 'plain'}),
	today,
	browser,
});
const guide = 'https://example.com/blog/incident-reviews';
const announcement = 'https://example.com/news/cross-region-replication';
const internals = 'https://example.org/posts/replication-internals';

function press(model: Model, ...commands: Command[]): Model {
	let current = model;
	for (const command of commands) {
		current = update(current, {type: 'key', press: {command, argument: 0}});
	}

	return current;
}

/** Experience (section 1 after About) → Harbor Robotics → its third highlight. */
const atGuide = (browser = true) => press(initialModel(content(browser), size), 'next-section', 'open', 'down', 'down');
/** Experience → Cobalt Cloud → its first role → the highlight with two links. */
const atReplication = (browser = true) =>
	press(initialModel(content(browser), size), 'next-section', 'down', 'open', 'open', 'down');
const footerOf = (model: Model) => view(model).at(-1)!;

test('o on an item with one link asks the host to open exactly its URL, and the footer says what was opened', t => {
	const model = press(atGuide(), 'open-link');
	t.deepEqual(model.links.request, {action: 'open', url: guide});
	t.regex(footerOf(model), /Opened in the browser: blog post · How we review incidents/v);
	// The next key is a key again: what the footer said goes.
	const moved = press(model, 'up');
	t.is(moved.links.request, undefined);
	t.regex(footerOf(moved), /q quit/v);
});

test('o and y are offered in the footer only where there is a link', t => {
	t.regex(footerOf(atGuide()), /o open link · y copy/v);
	const noLink = press(atGuide(), 'up');
	t.notRegex(footerOf(noLink), /open link|copy/v);
	t.is(press(noLink, 'open-link'), noLink, 'o does nothing there');
	t.is(press(noLink, 'copy-link'), noLink, 'nor does y');
});

test('y asks the host to copy exactly the URL, and says so', t => {
	const model = press(atGuide(), 'copy-link');
	t.deepEqual(model.links.request, {action: 'copy', url: guide});
	t.regex(footerOf(model), /Copied to the clipboard: https:\/\/example\.com\/blog\/incident-reviews/v);
});

test('an item with two links opens a chooser of both; the one chosen is opened; Esc cancels', t => {
	const model = press(atReplication(), 'open-link');
	const screen = view(model).join('\n');
	t.regex(screen, /Open which link\?/v);
	t.regex(screen, /announcement · Cross-region replication is now available/v);
	t.regex(screen, /blog post · Inside cross-region replication/v);
	const chosen = update(update(model, {type: 'highlight-link', index: 1}), {type: 'choose-link', index: 1});
	t.deepEqual(chosen.links.request, {action: 'open', url: internals});
	t.is(chosen.links.layer, undefined);
	t.is(press(model, 'back').links.layer, undefined);
	t.is(press(model, 'back').links.request, undefined);
});

test('with no browser, o shows the full URL in a panel instead of opening anything', t => {
	const model = press(atGuide(false), 'open-link');
	t.is(model.links.request, undefined);
	const screen = view(model).join('\n');
	t.regex(screen, /No browser can be opened from here/v);
	t.true(screen.includes(guide));
	t.is(press(model, 'back').links.layer, undefined);
});

/**
The app in Ink on the highlight with two links (Cobalt Cloud's first role's second), its opener and copier
recording the URLs they are given, and `type`, which writes a key and waits for the frame it should bring.
*/
async function onTwoLinks(t: ExecutionContext) {
	const opened: string[] = [];
	const copied: string[] = [];
	const instance = render(
		<App
			isInteractive
			content={content(true)}
			size={size}
			openUrl={async url => {
				opened.push(url);
			}}
			copyUrl={url => {
				copied.push(url);
			}}
		/>,
	);
	t.teardown(() => {
		instance.unmount();
	});
	const frame = () => stripVTControlCharacters(instance.lastFrame() ?? '');
	const type = async (key: string, until: (frame: string) => boolean, what: string) => {
		// A component drawn by the last frame (the chooser) listens for keys once React has run its effects.
		await new Promise(resolve => {
			setImmediate(resolve);
		});
		instance.stdin.write(key);
		await waitFor(() => until(frame()), `${what}; the last frame was:\n${frame()}`);
	};

	await waitFor(() => instance.stdin.listenerCount('readable') > 0, 'the app to listen for keys');
	await type('2', screen => screen.includes('❯ Harbor Robotics'), 'Experience');
	await type('j', screen => screen.includes('❯ Cobalt Cloud'), 'Cobalt Cloud');
	await type(keys.enter, screen => screen.includes('❯ Senior Software Engineer, Storage'), 'its roles');
	await type(keys.enter, screen => screen.includes('❯ Designed the erasure-coded'), 'the achievements');
	await type('j', screen => screen.includes('❯ Built the cross-region'), 'the highlight with two links');
	return {opened, copied, frame, type};
}

test('in Ink: the chooser lists both links, and the opener is called with exactly the one chosen', async t => {
	const {opened, copied, frame, type} = await onTwoLinks(t);
	await type('o', screen => screen.includes('Open which link?'), 'the chooser');
	t.regex(frame(), /❯ announcement · Cross-region replication is now available/v);
	t.regex(frame(), /blog post · Inside cross-region replication/v);
	await type(keys.down, screen => screen.includes('❯ blog post · Inside cross-region replication'), 'the second link');
	await type(keys.enter, screen => screen.includes('Opened in the browser'), 'the footer to say so');
	t.deepEqual(opened, [internals]);
	t.regex(frame(), /Built the cross-region/v, 'the chooser is gone and the list is back');
	await type('y', screen => screen.includes('Copy which link?'), 'the chooser, for copying');
	await type(keys.enter, screen => screen.includes('Copied to the clipboard'), 'the footer to say so');
	t.deepEqual(copied, [announcement]);
});

test('in Ink: keys typed while the chooser shows are its own, and the list under it does not move', async t => {
	const {opened, frame, type} = await onTwoLinks(t);
	await type('o', screen => screen.includes('Open which link?'), 'the chooser');
	// A move and a choice in one chunk: both are the chooser's, though the app sees them too.
	await type(`${keys.down}${keys.enter}`, screen => screen.includes('Opened in the browser'), 'a link to open');
	t.is(opened.length, 1);
	await new Promise(resolve => {
		setTimeout(resolve, 100);
	});
	t.regex(frame(), /❯ Built the cross-region/v, 'the list stays where the chooser opened');
});
