import { describe, expect, it } from "vitest";
import { textStream } from "@/lib/text-stream";

async function* pieces(...texts: string[]): AsyncGenerator<string> {
  for (const text of texts) yield text;
}

describe("textStream", () => {
  it("sends the pieces in order, passing over empty ones (a pull that sends nothing is not called again)", async () => {
    await expect(new Response(textStream(pieces("a", "", "", "b", ""))).text()).resolves.toBe("ab");
    await expect(new Response(textStream(pieces())).text()).resolves.toBe("");
    await expect(new Response(textStream(pieces("", "£ and é"))).text()).resolves.toBe("£ and é");
  });

  it("ends in an error, not short, when a piece cannot be read", async () => {
    async function* failing(): AsyncGenerator<string> {
      yield "first";
      throw new Error("the database went away");
    }
    await expect(new Response(textStream(failing())).text()).rejects.toThrow(/Sorry, something went wrong/);
  });
});
