/*
What one process serving strangers must bound, as pure data and functions of the time they are given, so that
each limit can be tested without waiting for it.
*/
import type {TerminalSize} from '../app/frame-layout.js';

export type Limits = {
	/** From accepting a connection to its session starting (a shell or a command), in ms. */
	readonly handshakeTimeout: number;
	/** Without a keystroke, in ms. */
	readonly idleTimeout: number;
	/** The longest a session may last, in ms. */
	readonly maxSession: number;
	/** Connections open at once, from everyone. */
	readonly maxSessions: number;
	/** Connections open at once from one address. */
	readonly maxPerIp: number;
	/** New connections from one address per minute. */
	readonly ratePerIp: number;
	/** Bytes a session may send per second (a burst of one second's worth, then that rate). */
	readonly inputRate: number;
	/** Bytes of output a client has not taken yet; beyond it, the client is dropped. */
	readonly maxUnsent: number;
	/** The largest terminal laid out; a bigger one gets this much of it. */
	readonly maxSize: TerminalSize;
};

/** What a terminal that does not say its size (0×0) is taken to be. */
const fallbackSize: TerminalSize = {columns: 80, rows: 24};

/** The size a client asks for, within `maxSize`: a 3000×1500 request costs what 500×200 does. */
export function clampSize(columns: number, rows: number, maxSize: TerminalSize): TerminalSize {
	const clamp = (value: number, fallback: number, maximum: number) =>
		Number.isInteger(value) && value > 0 ? Math.min(value, maximum) : fallback;
	return {
		columns: clamp(columns, fallbackSize.columns, maxSize.columns),
		rows: clamp(rows, fallbackSize.rows, maxSize.rows),
	};
}

/** A token bucket: `take` says whether `amount` more is within `rate` per second, with a burst of one second's worth. */
export type Bucket = {readonly take: (amount: number, now: number) => boolean};

export function createBucket(rate: number, now: number): Bucket {
	let tokens = rate;
	let last = now;
	return {
		take(amount, time) {
			tokens = Math.min(rate, tokens + ((time - last) / 1000) * rate);
			last = time;
			tokens -= amount;
			return tokens >= 0;
		},
	};
}

export type Refusal = 'max-sessions' | 'max-per-ip' | 'rate-per-ip';

/** Why a new connection from `address` is refused, checked on the raw socket before any SSH work; or accepted. */
export type Gate = {
	/** Counts the connection in when it is accepted (the result is undefined); it must `leave` when it closes. */
	readonly enter: (address: string, now: number) => Refusal | undefined;
	readonly leave: (address: string) => void;
	/** Addresses tracked: a bound on the gate's own memory. */
	readonly size: () => number;
};

const minute = 60_000;

export function createGate({
	maxSessions,
	maxPerIp,
	ratePerIp,
}: Pick<Limits, 'maxSessions' | 'maxPerIp' | 'ratePerIp'>): Gate {
	let open = 0;
	let sweptAt = Number.NEGATIVE_INFINITY;
	/** Per address: connections open now and the start times of the last minute's (at most one more than the rate). */
	const addresses = new Map<string, {open: number; recent: number[]}>();
	const sweep = (now: number) => {
		for (const [address, entry] of addresses) {
			entry.recent = entry.recent.filter(time => now - time < minute);
			if (entry.open === 0 && entry.recent.length === 0) {
				addresses.delete(address);
			}
		}
	};

	return {
		enter(address, now) {
			// Addresses that went quiet are forgotten once a minute, so that many passers-by cost nothing lasting.
			if (now - sweptAt >= minute) {
				sweep(now);
				sweptAt = now;
			}

			const entry = addresses.get(address) ?? {open: 0, recent: []};
			addresses.set(address, entry);
			// Refused connections count towards the rate too: a client that keeps knocking stays refused.
			entry.recent = [...entry.recent.filter(time => now - time < minute).slice(-ratePerIp), now];
			if (open >= maxSessions) {
				return 'max-sessions';
			}

			if (entry.open >= maxPerIp) {
				return 'max-per-ip';
			}

			if (entry.recent.length > ratePerIp) {
				return 'rate-per-ip';
			}

			entry.open++;
			open++;
			return undefined;
		},
		leave(address) {
			const entry = addresses.get(address);
			if (entry && entry.open > 0) {
				entry.open--;
				open--;
			}
		},
		size: () => addresses.size,
	};
}

/**
Whose connection this is, for the limits per address: an IPv4 address (also when mapped into IPv6), or an IPv6
address's /64, the block one subscriber usually has all of.
*/
export function addressKey(address: string): string {
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/iv.exec(address);
	if (mapped) {
		return mapped[1]!;
	}

	if (!address.includes(':')) {
		return address;
	}

	const [head = '', tail] = address.split('::');
	const headGroups = head === '' ? [] : head.split(':');
	const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
	const zeros = Array.from({length: 8 - headGroups.length - tailGroups.length}, () => '0');
	const groups = [...headGroups, ...zeros, ...tailGroups].map(group => Number.parseInt(group, 16).toString(16));
	return `${groups.slice(0, 4).join(':')}::/64`;
}
