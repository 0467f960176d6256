/**
 * A card-rendering thread (started by scripts/cards.ts): renders each card it is sent into its
 * cache file and answers with the file, or with the error.
 */
import { parentPort } from 'node:worker_threads';
import type { PageCard } from '../src/lib/cards/spec.ts';
import { writeCard } from './cards.ts';

parentPort!.on('message', async ({ card, path }: { card: PageCard; path: string }) => {
	try {
		await writeCard(card, path);
		parentPort!.postMessage({ file: card.file });
	} catch (e) {
		parentPort!.postMessage({ file: card.file, error: (e as Error).message.split('\n')[0] });
	}
});
