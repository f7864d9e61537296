import { describe, expect, it } from "vitest";
import { findBlockedWords, hasBlockedWords, wordPattern } from "@/lib/moderation/screening/blocked-words";

// The portal's extra words an admin might set (lib/settings/moderation.ts getBlockedWords).
const ADMIN_WORDS = ["muppet", "numpty", "lard brain"];

// Text that must be held, with the disguises people use: case, repeated letters, digits and symbols for
// letters, look-alike letters from other alphabets; the portal's own Essex list; the admin's words.
const POSITIVE: string[] = [
  "fuck this",
  "FUCK",
  "Fuck off",
  "fuuuuuck",
  "f*ck the lot of them",
  "fück",
  "what the fuk",
  "motherfucker",
  "this is shit",
  "sh1t service",
  "sh!t",
  "SHITE buses",
  "you prick",
  "what a prick!",
  "what a twat",
  "absolute bollocks",
  "bastards, all of them",
  "b1tch",
  "cunt",
  "c0ck",
  "wanker",
  "dickhead councillors",
  "piss off",
  "pissed off with the potholes",
  "arsehole drivers",
  "slut",
  "whore",
  "retard",
  "spastic",
  "you tosser",
  "TOSSERS!",
  "t0sser",
  "bellend",
  "pikeys on the common",
  "gyppos",
  "nonce",
  "Basildump",
  "Scumend council",
  "what a muppet",
  "MUPPETS",
  "numpty drivers",
  "lard brain",
  "f u c k e r s",
  "s.h.i.t",
];

// Text that must not be held: ordinary words with a blocked word inside, Scunthorpe-style place names, Essex
// place names, and words near a blocked one.
const NEGATIVE: string[] = [
  "Scunthorpe",
  "Penistone",
  "Cockfosters",
  "Shoeburyness",
  "Tiptree",
  "Dedham",
  "Braintree",
  "Saffron Walden",
  "Canvey Island",
  "Wickford",
  "Hockley",
  "Rayleigh",
  "Shenfield",
  "Mucking",
  "Fobbing",
  "Messing",
  "Ugley",
  "Matching Tye",
  "Cock Clarks",
  "Pitsea",
  "Hullbridge",
  "Beaumont-cum-Moze",
  "Great Dunmow",
  "Steeple Bumpstead",
  "Middlesex and Sussex",
  "Essex County Council",
  "Dick Turpin was born in Hempstead",
  "Cockfield",
  "Wivenhoe and Fingringhoe",
  "the Mucking Marshes",
  "an analysis of bus data",
  "assess the class sizes",
  "the passage by the bass pond",
  "cocktail bar in Colchester",
  "a therapist at the surgery",
  "grapes and cockles from Leigh",
  "Arsenal fans on the train",
  "Dickens visited Chelmsford",
  "a Sussex spaniel",
  "hello there",
  "shiitake mushrooms",
  "The Butts Green road",
  "muppetry",
  "Numptyshire",
  "a b c of the bus timetable",
  "Bushey Heath",
];

describe("the blocked-word detector", () => {
  it("has at least 40 examples each way", () => {
    expect(POSITIVE.length).toBeGreaterThanOrEqual(40);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(POSITIVE.map((text) => [text]))("holds %j", (text) => {
    expect(findBlockedWords(text, ADMIN_WORDS)).not.toEqual([]);
    expect(hasBlockedWords(text, ADMIN_WORDS)).toBe(true);
  });

  it.each(NEGATIVE.map((text) => [text]))("lets %j through", (text) => {
    expect(findBlockedWords(text, ADMIN_WORDS)).toEqual([]);
  });

  it("adds the admin's words only when they are set", () => {
    expect(hasBlockedWords("what a muppet", [])).toBe(false);
    expect(hasBlockedWords("what a muppet", ["Muppet"])).toBe(true);
    // A place name stays allowed even when it holds a word on the list.
    expect(hasBlockedWords("Penistone", ["penis"])).toBe(false);
  });

  it("writes list words as whole-word patterns in the folded form the matcher compares", () => {
    expect(wordPattern("Gyppo")).toBe("|gypo[s]|");
    expect(wordPattern("tosser")).toBe("|tosser[s]|");
    expect(wordPattern("Lard  Brain!")).toBe("|lard brain[s]|");
    expect(wordPattern("bollocks")).toBe("|bollocks|");
    expect(wordPattern("x")).toBeNull();
    expect(wordPattern("[]|?")).toBeNull();
  });
});
