// Issue 15, point 4: an administrator may change their own role, but nobody may take away the last one, by a
// role change or by deleting the account, also when two administrators act at the same moment (decided with
// the administrators' rows locked).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Conflict, Forbidden } from "@/lib/errors";
import { changePlatformRole, LAST_ADMIN, LAST_ADMIN_TARGET } from "@/lib/admin/people/service";
import { deleteAccount, LAST_ADMIN_CANNOT_DELETE } from "@/lib/accounts/your-data/service";
import { personWithRole } from "../support/fixtures";

const adminCount = () => db.user.count({ where: { platformRole: "admin", status: { not: "deleted" } } });

// Each test counts administrators from zero: the ones earlier tests made step aside first.
beforeEach(async () => {
  await db.user.updateMany({ where: { platformRole: "admin" }, data: { platformRole: "citizen" } });
});

describe("the last administrator", () => {
  it("cannot step down, and their account cannot be deleted, and nothing changes", async () => {
    const admin = await personWithRole("admin");
    const auditBefore = await db.auditLog.count();
    await expect(changePlatformRole(admin, { userId: admin.id, platformRole: "moderator" })).rejects.toThrow(
      new Conflict(LAST_ADMIN),
    );
    await expect(deleteAccount(admin)).rejects.toThrow(new Conflict(LAST_ADMIN_CANNOT_DELETE));
    const row = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(row).toMatchObject({ platformRole: "admin", status: "active" });
    expect(row.email).not.toBeNull();
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("with two administrators, one may step down to moderator, and then the other may not", async () => {
    const first = await personWithRole("admin");
    const second = await personWithRole("admin");
    await changePlatformRole(first, { userId: first.id, platformRole: "moderator" });
    expect((await db.user.findUniqueOrThrow({ where: { id: first.id } })).platformRole).toBe("moderator");
    expect(await db.auditLog.count({ where: { action: "user.role_changed", targetId: first.id } })).toBe(1);
    await expect(changePlatformRole(second, { userId: second.id, platformRole: "citizen" })).rejects.toThrow(
      LAST_ADMIN,
    );
    expect(await adminCount()).toBe(1);
  });

  it("with two administrators, one may delete their account; the one left may not", async () => {
    const leaving = await personWithRole("admin");
    const staying = await personWithRole("admin");
    await deleteAccount(leaving);
    expect((await db.user.findUniqueOrThrow({ where: { id: leaving.id } })).status).toBe("deleted");
    await expect(deleteAccount(staying)).rejects.toThrow(LAST_ADMIN_CANNOT_DELETE);
    expect(await adminCount()).toBe(1);
  });

  it("cannot be demoted by someone whose administrator role was taken away a moment ago", async () => {
    const admin = await personWithRole("admin");
    const other = await personWithRole("admin");
    await changePlatformRole(admin, { userId: other.id, platformRole: "citizen" });
    // `other` still holds the actor loaded before their demotion: the rule reads the locked rows, not it.
    await expect(changePlatformRole(other, { userId: admin.id, platformRole: "citizen" })).rejects.toBeInstanceOf(
      Forbidden,
    );
    expect(await adminCount()).toBe(1);
    expect(LAST_ADMIN_TARGET).toContain("only administrator");
  });
});

describe("two administrators acting at the same moment", () => {
  it("demoting each other: exactly one succeeds and one administrator remains", async () => {
    for (let round = 0; round < 5; round++) {
      await db.user.updateMany({ where: { platformRole: "admin" }, data: { platformRole: "citizen" } });
      const a = await personWithRole("admin");
      const b = await personWithRole("admin");
      const results = await Promise.allSettled([
        changePlatformRole(a, { userId: b.id, platformRole: "citizen" }),
        changePlatformRole(b, { userId: a.id, platformRole: "citizen" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await adminCount()).toBe(1);
    }
  });

  it("each stepping down: exactly one succeeds and one administrator remains", async () => {
    for (let round = 0; round < 5; round++) {
      await db.user.updateMany({ where: { platformRole: "admin" }, data: { platformRole: "citizen" } });
      const a = await personWithRole("admin");
      const b = await personWithRole("admin");
      const results = await Promise.allSettled([
        changePlatformRole(a, { userId: a.id, platformRole: "moderator" }),
        changePlatformRole(b, { userId: b.id, platformRole: "moderator" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await adminCount()).toBe(1);
    }
  });

  it("one stepping down while the other deletes their account: one administrator remains", async () => {
    for (let round = 0; round < 3; round++) {
      await db.user.updateMany({ where: { platformRole: "admin" }, data: { platformRole: "citizen" } });
      const a = await personWithRole("admin");
      const b = await personWithRole("admin");
      const results = await Promise.allSettled([
        changePlatformRole(a, { userId: a.id, platformRole: "moderator" }),
        deleteAccount(b),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await adminCount()).toBe(1);
    }
  });
});
