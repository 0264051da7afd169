/** Bytes gathered before a write: big enough that 150,000 entries are a few hundred writes, not a million. */
const batchSize = 64 * 1024;

/**
Writes `chunks` to `stream` as they are made, gathered into writes of about 64 kB, waiting whenever the stream
asks to (a pipe read slowly), so that no more than a batch waits in memory for the reader.
*/
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
	let batch = '';
	for (const chunk of chunks) {
		batch += chunk;
		if (batch.length >= batchSize) {
			// eslint-disable-next-line no-await-in-loop -- one write at a time is the point
			await write(stream, batch);
			batch = '';
		}
	}

	if (batch !== '') {
		await write(stream, batch);
	}
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
	if (!stream.write(text)) {
		await new Promise(resolve => {
			stream.once('drain', resolve);
		});
	}
}
