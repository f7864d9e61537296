import { reportUnexpected } from "@/lib/errors";

/**
 * Text made a piece at a time, as a response body. A piece is asked for only when the client is ready for more
 * (pull), so memory holds one piece however long the whole. An error ends the body abruptly, so the client sees a
 * failed download rather than a short one, and is logged with a reference.
 */
export function textStream(pieces: AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        // An empty piece enqueues nothing, and a pull that enqueues nothing is not called again: read on to text.
        let next = await pieces.next();
        while (!next.done && !next.value) next = await pieces.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(new Error(reportUnexpected(error)));
      }
    },
    async cancel() {
      await pieces.return?.(undefined);
    },
  });
}
