import { describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  isDatabaseUnreachable,
  isForeignKeyViolation,
  isTransactionTimeout,
  isUniqueViolation,
  isWriteConflict,
  retryOnWriteConflict,
} from "@/lib/db-errors";

const prismaError = (code: string) =>
  new Prisma.PrismaClientKnownRequestError(`failed with ${code}`, { code, clientVersion: "test" });

describe("Prisma error codes", () => {
  it("names each code it reads, and only for Prisma's own errors", () => {
    expect(isUniqueViolation(prismaError("P2002"))).toBe(true);
    expect(isForeignKeyViolation(prismaError("P2003"))).toBe(true);
    expect(isTransactionTimeout(prismaError("P2028"))).toBe(true);
    expect(isWriteConflict(prismaError("P2034"))).toBe(true);
    expect(isUniqueViolation(prismaError("P2003"))).toBe(false);
    // An object that merely carries the code (or a message mentioning it) is not a Prisma error.
    expect(isUniqueViolation({ code: "P2002" })).toBe(false);
    expect(isUniqueViolation(new Error("P2002"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});

describe("isDatabaseUnreachable", () => {
  it("is true for Prisma's connection errors and the pg adapter's under a raw query, and nothing else", () => {
    expect(isDatabaseUnreachable(prismaError("P1001"))).toBe(true); // can't reach the server
    expect(isDatabaseUnreachable(prismaError("P1017"))).toBe(true); // the server closed the connection
    const rawQuery = (kind: string) =>
      new Prisma.PrismaClientKnownRequestError("Raw query failed.", {
        code: "P2010",
        clientVersion: "test",
        meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind } } },
      });
    expect(isDatabaseUnreachable(rawQuery("DatabaseNotReachable"))).toBe(true);
    expect(isDatabaseUnreachable(rawQuery("ConnectionClosed"))).toBe(true);
    expect(isDatabaseUnreachable(rawQuery("UniqueConstraintViolation"))).toBe(false);
    expect(isDatabaseUnreachable(prismaError("P2010"))).toBe(false);
    expect(isDatabaseUnreachable(prismaError("P2002"))).toBe(false);
    // A busy pool (a transaction that waited too long for a connection) is not the database being away.
    expect(isDatabaseUnreachable(prismaError("P2028"))).toBe(false);
    expect(isDatabaseUnreachable(Object.assign(new Error("connect ECONNREFUSED"), { code: "P1001" }))).toBe(false);
  });
});

describe("retryOnWriteConflict", () => {
  it("runs the transaction again after a write conflict, up to the number of attempts", async () => {
    const transaction = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(prismaError("P2034"))
      .mockResolvedValueOnce("done");
    await expect(retryOnWriteConflict(transaction)).resolves.toBe("done");
    expect(transaction).toHaveBeenCalledTimes(2);

    const conflicting = vi.fn<() => Promise<string>>().mockRejectedValue(prismaError("P2034"));
    await expect(retryOnWriteConflict(conflicting, 3)).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect(conflicting).toHaveBeenCalledTimes(3);
  });

  it("does not retry any other failure", async () => {
    const failing = vi.fn<() => Promise<string>>().mockRejectedValue(prismaError("P2002"));
    await expect(retryOnWriteConflict(failing)).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect(failing).toHaveBeenCalledOnce();
  });
});
