/**
 * Preloaded into the `astro build` child of scripts/build.ts (`node --import`): its stdout and
 * stderr are pipes to the build script, and Node writes to a full pipe later, from a queue that
 * is lost when astro exits. The end of astro's log (the last pages, "Complete!", or the error
 * that stopped it) then never reached the publisher. Blocking writes wait for the pipe instead.
 */
for (const stream of [process.stdout, process.stderr])
	(stream as unknown as { _handle?: { setBlocking?: (on: boolean) => void } })._handle?.setBlocking?.(true);
