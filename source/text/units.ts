/* Durations and amounts of bytes as a person writes them in a flag and reads them in a log: 30s, 10m, 1h; 64k, 1M. */

const durationUnits: Readonly<Record<string, number>> = {ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000};

/** Milliseconds from `30s`, `10m` (or `10min`), `1h`, `500ms`, or a bare number of seconds; undefined if not one. */
export function parseDuration(text: string): number | undefined {
	const match = /^(\d+(?:\.\d+)?)(ms|s|m|min|h)?$/v.exec(text.trim());
	if (!match) {
		return undefined;
	}

	return Math.round(Number(match[1]) * durationUnits[match[2] ?? 's']!);
}

/** The largest whole unit: 600000 → `10 min`, 1500 → `1500 ms`. */
export function formatDuration(milliseconds: number): string {
	for (const unit of ['h', 'min', 's']) {
		const size = durationUnits[unit]!;
		if (milliseconds >= size && milliseconds % size === 0) {
			return `${milliseconds / size} ${unit}`;
		}
	}

	return `${milliseconds} ms`;
}

const kibibyte = 1024;
const mebibyte = 1024 * 1024;

/** Bytes from `4096`, `64k` or `1M` (binary units, as `64KiB` and `1MiB` also are); undefined if not one. */
export function parseBytes(text: string): number | undefined {
	const match = /^(\d+)([km]?)(?:i?b)?$/iv.exec(text.trim());
	if (!match) {
		return undefined;
	}

	const unit = match[2]!.toLowerCase();
	return Number(match[1]) * (unit === 'm' ? mebibyte : unit === 'k' ? kibibyte : 1);
}

/** 1048576 → `1 MiB`, 65536 → `64 KiB`, 100 → `100 B`. */
export function formatBytes(bytes: number): string {
	if (bytes >= mebibyte && bytes % mebibyte === 0) {
		return `${bytes / mebibyte} MiB`;
	}

	return bytes >= kibibyte && bytes % kibibyte === 0 ? `${bytes / kibibyte} KiB` : `${bytes} B`;
}
