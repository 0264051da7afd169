import {lookup} from 'node:dns/promises';
import {request as httpRequest, type IncomingMessage} from 'node:http';
import {request as httpsRequest} from 'node:https';
import {isIP} from 'node:net';
import {visibleText} from '../text/safe-text.js';
import {mayRedirect, placeOf, type Place} from './address-place.js';
import {ResumeError} from './errors.js';
import {megabytes, readCounted, type Limits} from './read-counted.js';

/** The address a host name leads to, and its place. */
export type Resolved = {readonly address: string; readonly family: number; readonly place: Place};

/** Finds where a host name leads; tests give their own, so that a name on 127.0.0.1 can stand for any place. */
export type Resolve = (hostname: string) => Promise<Resolved>;

export const systemResolve: Resolve = async hostname => {
	const {address, family} = await lookup(hostname);
	return {address, family, place: placeOf(address)};
};

/** Says why a download failed, naming the URL the person typed. */
type Fail = (reason: string) => ResumeError;

/**
Downloads a résumé within the limits. Https only, but for an http URL that leads to this machine, where no one
can read or change it on the way. Each address is resolved once, checked, and is the one connected to (a name
that resolves elsewhere the second time cannot slip past the check). A redirect never goes from https to http,
nor nearer in (from the internet to a private network or this machine).
*/
export async function download(typed: string, limits: Limits, resolve: Resolve = systemResolve): Promise<string> {
	const shown = visibleText(typed);
	const fail: Fail = reason => new ResumeError(`${shown}: cannot download the résumé${reason}`);
	const signal = AbortSignal.timeout(limits.milliseconds);
	let url = parseUrl(typed, fail);
	let from: Place | undefined;
	try {
		for (let redirects = 0; ; redirects++) {
			// eslint-disable-next-line no-await-in-loop -- each hop depends on the one before
			const resolved = await resolveHop(url, from, resolve, fail);
			// eslint-disable-next-line no-await-in-loop
			const response = await get(url, resolved, signal);
			const location = redirectOf(response);
			if (location === undefined) {
				// eslint-disable-next-line no-await-in-loop
				return await readAnswer(response, shown, limits, fail);
			}

			if (redirects === limits.redirects) {
				throw fail(`: more than ${limits.redirects} redirects`);
			}

			const next = parseUrl(new URL(location, url).href, fail);
			if (url.protocol === 'https:' && next.protocol !== 'https:') {
				throw fail(`: https redirected to ${visibleText(next.origin)}, which is not https`);
			}

			url = next;
			from = resolved.place;
		}
	} catch (error) {
		if (error instanceof ResumeError) {
			throw error;
		}

		const reason = signal.aborted
			? `no answer within ${limits.milliseconds / 1000} s`
			: error instanceof Error
				? error.message
				: String(error);
		throw new ResumeError(`${shown}: cannot download the résumé: ${visibleText(reason)}`, {cause: error});
	}
}

function parseUrl(url: string, fail: Fail): URL {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw fail(`: "${visibleText(url)}" is not a valid URL`);
	}

	if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
		throw fail(` from ${visibleText(`${parsed.protocol}//${parsed.host}`)}: ${httpsOnly}`);
	}

	return parsed;
}

const httpsOnly = 'only https is allowed (http only for localhost)';

/** Where the next request goes, once it is known to be allowed there. */
async function resolveHop(url: URL, from: Place | undefined, resolve: Resolve, fail: Fail): Promise<Resolved> {
	const hostname = url.hostname.replace(/^\[(.*)\]$/v, '$1');
	const plain = url.protocol === 'http:';
	// A name is checked before it is looked up, so that no name server learns of a refused plain-http host.
	if (plain && hostname !== 'localhost' && !(isIP(hostname) && placeOf(hostname) === 'loopback')) {
		throw fail(` from ${visibleText(url.origin)}: ${httpsOnly}`);
	}

	const resolved = await resolve(hostname);
	if (plain && resolved.place !== 'loopback') {
		throw fail(` from ${visibleText(url.origin)}: ${httpsOnly}`);
	}

	if (from !== undefined && !mayRedirect(from, resolved.place)) {
		throw fail(`: a ${from} server redirected to ${visibleText(url.origin)}, on a ${resolved.place} address`);
	}

	return resolved;
}

/** Where a redirect points; undefined for any other answer. */
function redirectOf(response: IncomingMessage): string | undefined {
	const status = response.statusCode ?? 0;
	const {location} = response.headers;
	if (status < 300 || status >= 400 || !location) {
		return undefined;
	}

	response.destroy();
	return location;
}

/** The résumé in a final answer, or why there is none. */
async function readAnswer(response: IncomingMessage, shown: string, limits: Limits, fail: Fail): Promise<string> {
	const status = response.statusCode ?? 0;
	const answer = `the server answered ${status} ${visibleText(response.statusMessage ?? '')}`.trim();
	// 204 and 205 are successes that carry nothing, which a person should hear as that.
	if (status === 204 || status === 205 || status < 200 || status >= 300) {
		response.destroy();
		throw fail(`: ${answer}${status < 300 ? ', with no résumé' : ''}`);
	}

	if (Number(response.headers['content-length'] ?? 0) > limits.bytes) {
		response.destroy();
		throw fail(`: it is larger than the ${megabytes(limits.bytes)} a résumé can be`);
	}

	return readCounted(response, shown, limits);
}

/** One GET to the address already checked, whatever the name would resolve to now. */
async function get(url: URL, resolved: Resolved, signal: AbortSignal): Promise<IncomingMessage> {
	const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
	return new Promise((resolve, reject) => {
		request(url, {
			signal,
			headers: {accept: 'application/json, application/yaml, text/yaml, */*'},
			lookup(_hostname, options, callback) {
				if (options.all) {
					callback(null, [{address: resolved.address, family: resolved.family}]);
				} else {
					callback(null, resolved.address, resolved.family);
				}
			},
		})
			.on('response', resolve)
			.on('error', reject)
			.end();
	});
}
