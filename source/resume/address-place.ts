import {BlockList, isIP} from 'node:net';

/** Where an address leads: the internet, a private network (a LAN, a cloud's metadata service), or this machine. */
export type Place = 'public' | 'private' | 'loopback';

/** Ranges by place, IPv4 and IPv6; IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) match their IPv4 range. */
const ranges: ReadonlyArray<readonly [Place, string, number, 'ipv4' | 'ipv6']> = [
	['loopback', '127.0.0.0', 8, 'ipv4'],
	// Connecting to 0.0.0.0 or :: reaches this machine.
	['loopback', '0.0.0.0', 8, 'ipv4'],
	['loopback', '::1', 128, 'ipv6'],
	['loopback', '::', 128, 'ipv6'],
	['private', '10.0.0.0', 8, 'ipv4'],
	['private', '100.64.0.0', 10, 'ipv4'],
	['private', '169.254.0.0', 16, 'ipv4'],
	['private', '172.16.0.0', 12, 'ipv4'],
	['private', '192.0.0.0', 24, 'ipv4'],
	['private', '192.168.0.0', 16, 'ipv4'],
	['private', '198.18.0.0', 15, 'ipv4'],
	['private', '224.0.0.0', 3, 'ipv4'],
	['private', 'fc00::', 7, 'ipv6'],
	['private', 'fe80::', 10, 'ipv6'],
	['private', 'ff00::', 8, 'ipv6'],
];

const blocks = new Map<Place, BlockList>();
for (const [place, network, prefix, family] of ranges) {
	const list = blocks.get(place) ?? new BlockList();
	list.addSubnet(network, prefix, family);
	blocks.set(place, list);
}

/** The place of an IP address (not a name: resolve it first). */
export function placeOf(address: string): Place {
	const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
	for (const place of ['loopback', 'private'] as const) {
		if (blocks.get(place)!.check(address, family)) {
			return place;
		}
	}

	return 'public';
}

const nearness: Readonly<Record<Place, number>> = {public: 0, private: 1, loopback: 2};

/**
A redirect may keep to its place or go further out, never nearer in: a public server must not be able to
send this program to the reader's own network or machine, where it would reach services no one outside can.
*/
export function mayRedirect(from: Place, to: Place): boolean {
	return nearness[to] <= nearness[from];
}
