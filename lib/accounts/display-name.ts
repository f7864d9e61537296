// Public names are generated, never derived from an email: a neutral "Adjective Animal NN".
const ADJECTIVES = [
  "Quiet",
  "Bright",
  "Calm",
  "Curious",
  "Gentle",
  "Keen",
  "Lively",
  "Patient",
  "Steady",
  "Swift",
  "Thoughtful",
  "Cheerful",
  "Bold",
  "Kind",
  "Clever",
  "Hopeful",
];
const ANIMALS = [
  "Kingfisher",
  "Otter",
  "Heron",
  "Avocet",
  "Seal",
  "Curlew",
  "Badger",
  "Hare",
  "Owl",
  "Egret",
  "Dormouse",
  "Skylark",
  "Oystercatcher",
  "Fox",
  "Wren",
  "Plover",
];

/** `pick(n)` returns an integer in [0, n): crypto-random in the app, deterministic in the seed. */
export function generateDisplayName(pick: (n: number) => number): string {
  return `${ADJECTIVES[pick(ADJECTIVES.length)]} ${ANIMALS[pick(ANIMALS.length)]} ${10 + pick(90)}`;
}

export const FORMER_PARTICIPANT = "Former participant";
