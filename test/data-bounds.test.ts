import test from 'ava';
import {nestingLimit} from '../source/resume/data-bounds.js';
import {checkJsonResume, ResumeError} from '../source/resume/load.js';
import {aliasBomb, repeatedHighlight} from './helpers/hostile-inputs.js';

async function message(text: string, format: 'json' | 'yaml'): Promise<string> {
	try {
		const {problems} = await checkJsonResume(text, 'r', format);
		return problems.length === 0 ? '' : `problems: ${problems.map(problem => problem.path).join(', ')}`;
	} catch (error) {
		return error instanceof ResumeError ? error.message : `not a ResumeError: ${String(error)}`;
	}
}

const tooLarge = 'r: cannot read the résumé: with its aliases expanded it is more than the 5.0 MB a résumé can be';

test('YAML aliases are counted as what they expand to: a 500-byte alias bomb is refused, not expanded', async t => {
	// Expanded, its 387 million strings would take minutes and gigabytes: the bound is a guard against that,
	// not a timing (the bench times it).
	t.timeout(20_000);
	const bomb = aliasBomb();
	t.true(bomb.length < 600);
	t.is(await message(bomb, 'yaml'), tooLarge);
});

test('one 1 MB highlight named 2,000 times is refused; a few aliases of small text are fine', async t => {
	t.is(await message(repeatedHighlight(), 'yaml'), tooLarge);
	const kind = 'basics:\n  location: &home\n    city: London\nwork:\n  - name: A\n    location: London\n';
	t.is(await message(`${kind}extra:\n  - *home\n  - *home\n`, 'yaml'), '');
});

test(`data nested ${nestingLimit} levels deep is read; one level more is refused with a message`, async t => {
	const nested = (levels: number) => `{"extra": ${'['.repeat(levels - 2)}1${']'.repeat(levels - 2)}}`;
	t.is(await message(nested(nestingLimit), 'json'), '');
	t.is(
		await message(nested(nestingLimit + 1), 'json'),
		`r: cannot read the résumé: it is nested more than ${nestingLimit} levels deep`,
	);
	t.is(
		await message(`{"extra": ${'['.repeat(2_000_000)}${']'.repeat(2_000_000)}}`, 'json'),
		`r: cannot read the résumé: it is nested more than ${nestingLimit} levels deep`,
	);
});
