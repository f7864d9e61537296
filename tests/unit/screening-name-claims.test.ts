import { describe, expect, it } from "vitest";
import { reservedNameClaim } from "@/lib/moderation/screening/name-claims";

const ORGANISATIONS = ["Essex County Council", "Anglia Ruskin University", "Estuary Engineering"];

describe("reservedNameClaim", () => {
  it.each([
    ["Essex County Council", "essex county council"],
    ["essex  county   council", "essex county council"],
    ["EssexCountyCouncil", "essex county council"],
    ["ECC", "ecc"],
    ["E.C.C.", "ecc"],
    ["e c c highways", "ecc"],
    ["Anglia Ruskin", "anglia ruskin"],
    ["Anglia-Ruskin Uni", "anglia ruskin"],
    ["ARU Student", "aru"],
    ["CSES team", "cses"],
    ["Moderator", "moderator"],
    ["M0derat0r", "moderator"],
    ["Adm1n", "admin"],
    ["The Administrator", "administrator"],
    ["0fficial Essex", "official"],
    ["Staff", "staff"],
    ["Council Officer Jo", "council officer"],
    ["Estuary Engineering", "Estuary Engineering"],
    ["Estuary-Engineering Ltd", "Estuary Engineering"],
    ["Ëssex Cöunty Cöuncil", "essex county council"],
  ])("refuses %j (claims %s)", (name, claim) => {
    expect(reservedNameClaim(name, ORGANISATIONS)).toBe(claim);
  });

  it.each([
    "Bright Otter 52",
    "Sue from Tiptree",
    "Admiral Heron",
    "Staffie lover",
    "Eccles cake",
    "Arundel",
    "Officially Sue",
    "Modest Mouse",
    "Essex Girl",
    "Council tax payer",
    "Ruskin reader",
    "Brave Heron 12",
  ])("accepts %j", (name) => {
    expect(reservedNameClaim(name, ORGANISATIONS)).toBeNull();
  });

  it("refuses any organisation's name from the table, and only those passed", () => {
    expect(reservedNameClaim("Harlow Makers")).toBeNull();
    expect(reservedNameClaim("Harlow Makers", ["Harlow Makers"])).toBe("Harlow Makers");
  });
});
