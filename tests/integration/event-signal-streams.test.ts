import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/events/[id]/signals/route";
import { stopEventSignalHub } from "@/lib/events/signals";
import { openStreamCount } from "@/lib/events/stream-slots";
import { createEvent } from "../support/event-room";

let eventId: string;
const opened: AbortController[] = [];

beforeAll(async () => {
  process.env.EVENT_STREAMS_PER_INSTANCE = "2";
  eventId = (await createEvent({})).id;
});

afterEach(() => {
  for (const controller of opened.splice(0)) controller.abort();
});

afterAll(async () => {
  delete process.env.EVENT_STREAMS_PER_INSTANCE;
  await stopEventSignalHub();
});

/** Opens the event's stream as a browser would, keeping the means to close it. */
async function openStream(id: string) {
  const controller = new AbortController();
  opened.push(controller);
  const request = new Request(`http://localhost/api/events/${id}/signals`, { signal: controller.signal });
  const response = await GET(request, { params: Promise.resolve({ id }) });
  return { response, close: () => controller.abort() };
}

async function firstSignal(response: Response): Promise<string> {
  const { value } = await response.body!.getReader().read();
  return new TextDecoder().decode(value);
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("live-signal streams", () => {
  it("open for an event that exists, saying they are ready", async () => {
    const { response } = await openStream(eventId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(await firstSignal(response)).toContain(`event: ready\ndata: ${eventId}`);
  });

  it("refuse an address that is no event, holding nothing open", async () => {
    for (const id of [randomUUID(), "not-an-event"]) {
      const { response } = await openStream(id);
      expect(response.status).toBe(404);
    }
    expect(openStreamCount()).toBe(0);
  });

  it("past the process's bound, are refused with a 503 and a time to try again, until one closes", async () => {
    const first = await openStream(eventId);
    const second = await openStream(eventId);
    expect([first.response.status, second.response.status]).toEqual([200, 200]);
    expect(openStreamCount()).toBe(2);

    const refused = await openStream(eventId);
    expect(refused.response.status).toBe(503);
    expect(refused.response.headers.get("retry-after")).toBe("30");
    expect(await refused.response.text()).toMatch(/keep itself up to date/);
    expect(openStreamCount()).toBe(2);

    first.close();
    await settled();
    expect(openStreamCount()).toBe(1);
    const again = await openStream(eventId);
    expect(again.response.status).toBe(200);
    expect(await firstSignal(again.response)).toContain("event: ready");
  });

  it("give their place back however they end", async () => {
    // Closed by the browser going away, before or after the first signal was read.
    const a = await openStream(eventId);
    const b = await openStream(eventId);
    await firstSignal(b.response);
    a.close();
    b.close();
    await settled();
    expect(openStreamCount()).toBe(0);
    // Cancelled by the reader (the server dropping the response).
    const c = await openStream(eventId);
    await c.response.body!.cancel();
    expect(openStreamCount()).toBe(0);
  });
});
