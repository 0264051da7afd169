/*
Job control as a person meets it: the app run from a real shell (dash, which leaves the terminal's modes
as the program left them) in tmux, stopped with Ctrl+Z or `kill -TSTP`, and brought back with `fg`.
*/
import {execFileSync} from 'node:child_process';
import process from 'node:process';
import {setTimeout as delay} from 'node:timers/promises';
import test from 'ava';
import {cliPath, nodePath, projectRoot} from './helpers/terminal.js';

const socket = `terminal-resume-jobs-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
const screen = () => tmux('capture-pane', '-p', '-t', 'jobs');
const alternate = () => tmux('display', '-p', '-t', 'jobs', '#{alternate_on}').trim() === '1';

async function until(what: string, check: () => boolean, timeout = 10_000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!check()) {
		if (Date.now() > deadline) {
			throw new Error(`${what} did not happen within ${timeout} ms. The screen:\n${screen()}`);
		}

		// eslint-disable-next-line no-await-in-loop
		await delay(50);
	}
}

test.before(() => {
	const shell = `cd ${projectRoot} && env PS1='$ ' TERM=xterm-256color sh -i`;
	tmux('new-session', '-d', '-x', '80', '-y', '24', '-s', 'jobs', shell);
});

test.after.always(() => {
	tmux('kill-server');
});

test.serial('Ctrl+Z leaves the alternate screen and raw mode, then stops; fg takes both back and redraws', async t => {
	tmux('send-keys', '-t', 'jobs', `${nodePath} ${cliPath}`, 'Enter');
	await until('the app', () => alternate() && screen().includes('1 About'));
	tmux('send-keys', '-t', 'jobs', 'C-z');
	await until('the shell saying it stopped', () => screen().includes('Stopped'));
	t.false(alternate(), 'the main screen is back');
	// The shell does not set the modes itself: what stty says is what the app left.
	tmux('send-keys', '-t', 'jobs', String.raw`stty -a | grep -o -- '-\?icanon'`, 'Enter');
	await until('stty', () => /^-?icanon$/mv.test(screen()));
	t.regex(screen(), /^icanon$/mv, 'line mode, not raw');
	tmux('send-keys', '-t', 'jobs', 'clear; fg', 'Enter');
	await until('the app again', () => alternate() && screen().includes('1 About'));
	// One key, no Enter: raw mode is on again.
	tmux('send-keys', '-t', 'jobs', '2');
	// About has no cursor; the Experience list has one, on its first company.
	await until('Experience', () => /^ ❯ \S/mv.test(screen()) && /1\/\d+$/mv.test(screen()));
	tmux('send-keys', '-t', 'jobs', 'q');
	await until('the shell', () => !alternate());
	t.false(alternate(), 'q gives the terminal back');
});

test.serial('kill -TSTP from outside does the same; fg brings the app back', async t => {
	// Typed before the last app has ended, the command would be read by it, not by the shell.
	await until(
		'the shell in the foreground',
		() => tmux('display', '-p', '-t', 'jobs', '#{pane_current_command}').trim() === 'sh',
	);
	tmux('send-keys', '-t', 'jobs', `clear; ${nodePath} ${cliPath}`, 'Enter');
	await until('the app', () => alternate() && screen().includes('1 About'));
	const shell = tmux('display', '-p', '-t', 'jobs', '#{pane_pid}').trim();
	const app = execFileSync('pgrep', ['-P', shell, '-f', 'cli.js'], {encoding: 'utf8'}).trim();
	process.kill(Number(app), 'SIGTSTP');
	await until('the shell saying it stopped', () => screen().includes('Stopped'));
	t.false(alternate());
	tmux('send-keys', '-t', 'jobs', 'fg', 'Enter');
	await until('the app again', () => alternate() && screen().includes('1 About'));
	tmux('send-keys', '-t', 'jobs', 'q');
	await until('the shell', () => !alternate());
});
