// A year of questions Anglia Ruskin University took on, so that its public scorecard (/partners) has enough history
// for every question figure to show (10 or more in the last 90 days and in the last 12 months): most answered,
// after waits from a few days to a couple of months, and a few still waiting, three of them past their due date.
// Few supporters each, so the priorities dashboard's top lists stay as they were. The three claimed lately and not
// yet due were asked months ago (they waited in the pool), so the university's inbox, oldest first, still shows
// questions in time beside the overdue ones on its first page.
import type { DistrictSlug, SeedQuestion, ThemeSlug } from "./questions";

interface HistoryItem {
  key: string;
  title: string;
  body: string;
  themes: ThemeSlug[];
  district: DistrictSlug | null;
  daysAgo: number;
  /** Days from asking to the university's answer; absent while it is still waiting. */
  answeredAfter?: number;
  /** For one still waiting: claimed this many days ago. */
  claimedDaysAgo?: number;
  /** The answer's own paragraph (a closing paragraph is added). */
  answer?: string;
}

const items: HistoryItem[] = [
  {
    key: "aru-history-air-quality-sensors-near-schools",
    title: "Could students help measure air quality outside schools in Chelmsford?",
    body: "Our school runs past a busy junction and parents worry about the air at drop-off time. Cheap sensors exist now. Could the university help pupils set some up and make sense of the readings, so we have real figures to take to the council?",
    themes: ["energy-and-environment", "education-and-skills"],
    district: "chelmsford",
    daysAgo: 85,
    answeredAfter: 6,
    answer:
      "Yes. Our environmental science team already lends low-cost air sensors to schools, with a short training session for staff and a sheet explaining what the readings mean. We can also help pupils compare their figures with the county's monitoring stations.",
  },
  {
    key: "aru-history-dementia-friendly-technology",
    title: "What technology actually helps people living with dementia stay at home?",
    body: "My dad has early dementia and we are offered sensors, smart speakers and apps, but nobody can say which ones help. Has the university looked at what works for families in Essex, rather than what companies want to sell?",
    themes: ["health-and-care", "digital-connectivity"],
    district: "braintree",
    daysAgo: 80,
    answeredAfter: 14,
    answer:
      "Our health researchers have studied this with families in Essex. Simple things help most: clear reminders, door sensors that alert a relative, and video calls set up so they need one touch. Complex systems are often abandoned after a few weeks.",
  },
  {
    key: "aru-history-flood-sensors-on-the-chelmer",
    title: "Could river level sensors give earlier flood warnings along the Chelmer?",
    body: "Gardens near the river flooded twice last winter with little warning. I have read about cheap water level sensors linked to phones. Could the university test some along the Chelmer so residents get a warning before the water arrives?",
    themes: ["energy-and-environment", "community-safety"],
    district: "maldon",
    daysAgo: 74,
    answeredAfter: 30,
    answer:
      "We took time to check this with the Environment Agency, which runs the official warnings. We can add community sensors as a research project, shown on a public map, but they would sit alongside the official warnings rather than replace them.",
  },
  {
    key: "aru-history-apprenticeships-in-green-energy",
    title: "Are there green energy apprenticeships for school leavers in Harlow?",
    body: "My son is 17 and wants to work on heat pumps or solar panels but cannot find a course nearby. Does the university work with employers on apprenticeships in green energy, and how would he find out about them?",
    themes: ["education-and-skills", "economy-and-jobs"],
    district: "harlow",
    daysAgo: 66,
    answeredAfter: 9,
    answer:
      "Yes: we run degree apprenticeships in engineering with local employers, and our partners offer level 3 apprenticeships in heat pump and solar installation. Our outreach team can talk your son through the routes and the entry requirements.",
  },
  {
    key: "aru-history-ai-marking-in-schools",
    title: "Is it safe for schools to use AI to mark homework?",
    body: "My daughter's school has started using an AI tool to mark some homework. I am not against it, but I would like to know whether anyone has checked it is fair to all pupils and what happens to the work they upload.",
    themes: ["education-and-skills", "data-and-privacy"],
    district: "basildon",
    daysAgo: 60,
    answeredAfter: 40,
    answer:
      "This needed a careful answer, so we asked our education and law colleagues together. Schools must be able to say what data the tool keeps and for how long; marking should be checked by a teacher; and tools can mark some groups of pupils more harshly, so schools should test them first.",
  },
  {
    key: "aru-history-bus-data-for-research",
    title: "Could the university study why buses in Tendring are so often late?",
    body: "The buses between Clacton and Colchester are late most mornings and nobody seems to know why. Could researchers look at the bus location data and tell us where the delays happen, so the council and the operator can fix them?",
    themes: ["transport-and-mobility"],
    district: "tendring",
    daysAgo: 52,
    answeredAfter: 12,
    answer:
      "Our transport researchers can analyse the open bus location data for these routes. A first look shows most delay builds up at two junctions in Colchester at peak times; we will publish the full analysis and share it with the council and the operator.",
  },
  {
    key: "aru-history-loneliness-and-digital-skills",
    title: "Would digital skills classes help older people feel less lonely?",
    body: "Lots of older people in our village have tablets from family but never use them. Classes in the library might help them keep in touch. Is there any evidence it reduces loneliness, and could the university help run some?",
    themes: ["health-and-care", "digital-connectivity"],
    district: "uttlesford",
    daysAgo: 45,
    answeredAfter: 20,
    answer:
      "There is good evidence that help with video calls and messaging reduces loneliness, especially when classes are small and run by the same friendly person each week. Our students volunteer in libraries and we can add sessions near you.",
  },
  {
    key: "aru-history-solar-on-school-roofs",
    title: "How much energy could solar panels on Essex school roofs produce?",
    body: "Schools have big flat roofs that sit empty. Has anyone worked out how much electricity solar panels on them could make, and how much money the schools would save? I would like our school to consider it.",
    themes: ["energy-and-environment", "education-and-skills"],
    district: "colchester",
    daysAgo: 38,
    answeredAfter: 4,
    answer:
      "Our engineers mapped school roofs across Essex in a recent study: a typical secondary school could meet around a fifth of its electricity needs from its roof. We can share the figures for your school if it gets in touch.",
  },
  {
    key: "aru-history-cycling-routes-study",
    title: "Which cycle routes would make the most people cycle to work in Chelmsford?",
    body: "The council is planning new cycle lanes but it is not clear how routes are chosen. Could the university use travel data to show which routes would get the most people out of their cars?",
    themes: ["transport-and-mobility", "energy-and-environment"],
    district: "chelmsford",
    daysAgo: 30,
    answeredAfter: 16,
    answer:
      "Our researchers used travel to work data and the national cycling propensity tool. The routes into the city centre from Springfield and Great Baddow would see the largest growth, because many short car journeys start there.",
  },
  {
    key: "aru-history-online-safety-for-parents",
    title: "Could the university run online safety sessions for parents?",
    body: "Parents at our primary school feel out of their depth with games, chat apps and screen time. Could the university run an evening session that explains the risks calmly and what settings actually help?",
    themes: ["data-and-privacy", "education-and-skills"],
    district: "rochford",
    daysAgo: 22,
    answeredAfter: 8,
    answer:
      "Yes. Our cyber security team runs free evening sessions for parents, covering privacy settings, in-game chat and talking with children about what they see online. We can come to your school this term.",
  },
  {
    key: "aru-history-heat-pump-trial-results",
    title: "What did the heat pump trial in council houses find?",
    body: "I heard the university was involved in a trial of heat pumps in older houses. Were tenants happy with them, and did their bills go down? I am thinking of getting one and would like honest results.",
    themes: ["energy-and-environment", "housing-and-planning"],
    district: "basildon",
    daysAgo: 340,
    answeredAfter: 10,
    answer:
      "The trial covered 40 homes. Most tenants were comfortable and bills fell where homes were insulated first; in homes without insulation, bills rose in the coldest months. Our advice is to insulate before fitting a heat pump.",
  },
  {
    key: "aru-history-smart-parking-privacy",
    title: "Do smart parking cameras keep my number plate?",
    body: "New cameras in the car park tell you how many spaces are free. I would like to know whether they record number plates, who sees the data and how long it is kept. Could the university explain how these systems usually work?",
    themes: ["data-and-privacy", "transport-and-mobility"],
    district: "brentwood",
    daysAgo: 300,
    answeredAfter: 50,
    answer:
      "We asked the operators and reviewed how these systems are designed. Space-counting sensors usually do not read plates; systems that charge for parking do, and must say how long they keep the data. Our law school has written a short public guide.",
  },
  {
    key: "aru-history-robotics-club",
    title: "Could the university help start a robotics club for teenagers in Castle Point?",
    body: "There is nothing like a coding or robotics club for teenagers near Canvey. The nearest is an hour away by bus. Could students from the university help run one in a community centre?",
    themes: ["education-and-skills"],
    district: "castle-point",
    daysAgo: 260,
    answeredAfter: 18,
    answer:
      "Yes. Our engineering students run robotics clubs with community centres; we provide kits and volunteers, and the centre provides the room. We can start in the new school term.",
  },
  {
    key: "aru-history-hospital-waiting-data",
    title: "Could hospital waiting times be shown on a simple public map?",
    body: "It is hard to compare waiting times for operations between hospitals in Essex. The figures are published but in spreadsheets. Could the university make them into a simple map people can understand?",
    themes: ["health-and-care", "digital-connectivity"],
    district: "southend-on-sea",
    daysAgo: 220,
    answeredAfter: 26,
    answer:
      "Our data science students built a prototype map from the published NHS figures, updated each month. We are checking it with the hospitals so that it explains the figures fairly before we make it public.",
  },
  {
    key: "aru-history-recycling-contamination",
    title: "Why does so much recycling in Essex get rejected?",
    body: "I read that a lot of recycling is rejected because it is contaminated. What are people getting wrong, and would clearer labels on the bins make a difference? I would like to know before our street gets new bins.",
    themes: ["waste-and-recycling"],
    district: "epping-forest",
    daysAgo: 180,
    answeredAfter: 7,
    answer:
      "Our study of sorting plants found food, nappies and plastic bags cause most rejections. Clear pictures on bin lids reduced contamination by about a tenth in a trial street; we have shared the designs with the district councils.",
  },
  {
    key: "aru-history-rural-broadband-speeds",
    title: "Can the university measure real broadband speeds in rural Maldon?",
    body: "Providers say our village has superfast broadband, but in the evening it barely works. Could researchers measure actual speeds across rural Maldon so we have evidence to show providers?",
    themes: ["digital-connectivity"],
    district: "maldon",
    daysAgo: 150,
    answeredAfter: 34,
    answer:
      "We ran a month of speed tests with volunteers in twelve villages. Evening speeds were often less than half of what is advertised; the report is published and we have sent it to the providers and to the county's broadband team.",
  },
  {
    key: "aru-history-cooler-classrooms",
    title: "How can schools keep classrooms cool in heatwaves without air conditioning?",
    body: "Last summer some classrooms at my school were over 30 degrees. Air conditioning is expensive and uses a lot of energy. Are there cheaper ways to keep classrooms cool that the university has looked at?",
    themes: ["education-and-skills", "energy-and-environment"],
    district: "thurrock",
    daysAgo: 125,
    answeredAfter: 22,
    answer:
      "Yes: external blinds, opening windows at night and planting trees on the sunny side can cut peak temperatures by several degrees. Our architecture team has a short guide for schools and can visit to advise.",
  },
  {
    key: "aru-history-electric-bus-batteries",
    title: "What happens to electric bus batteries when they wear out?",
    body: "More electric buses are coming to Essex, which is good, but I wonder what happens to the batteries after ten years. Are they recycled or reused, or do they end up in landfill?",
    themes: ["transport-and-mobility", "waste-and-recycling"],
    district: "essex-wide",
    daysAgo: 105,
    answeredAfter: 12,
    answer:
      "Worn bus batteries usually still hold most of their charge and are reused for storing energy in buildings; after that their metals are recovered. Our engineers are working with an operator on reusing batteries at a depot in Essex.",
  },
  // Three that took a long time: questions that needed new research before they could be answered.
  {
    key: "aru-history-hydrogen-buses-for-essex",
    title: "Would hydrogen buses make sense for rural Essex routes?",
    body: "Electric buses need charging and rural routes are long. I have read that hydrogen buses can go further. Has the university looked at whether hydrogen would suit routes in the north of the county, and what it would cost?",
    themes: ["transport-and-mobility", "energy-and-environment"],
    district: "uttlesford",
    daysAgo: 330,
    answeredAfter: 110,
    answer:
      "We waited to answer until our study with two bus operators finished. Hydrogen buses can run the long rural routes, but the fuel costs about twice as much as electricity today; battery buses with a midday top-up charge suit most Essex routes better.",
  },
  {
    key: "aru-history-sea-level-and-canvey",
    title: "How fast is the sea level rising around Canvey Island?",
    body: "We live on Canvey and people argue about how quickly the sea is rising and whether the sea wall will be high enough. Are there local measurements the university could explain in plain terms?",
    themes: ["energy-and-environment", "community-safety"],
    district: "castle-point",
    daysAgo: 280,
    answeredAfter: 140,
    answer:
      "Answering properly meant analysing the local tide gauge records with the Environment Agency. The sea around Canvey has risen about 20 centimetres in a century and the rise is speeding up; the defences are planned to be raised in stages over the coming decades.",
  },
  {
    key: "aru-history-care-home-falls-sensors",
    title: "Do fall sensors in care homes reduce injuries?",
    body: "My mum's care home is thinking about sensors that detect falls at night. Staff are worried about privacy and false alarms. Is there evidence that they reduce injuries, and how do other homes handle privacy?",
    themes: ["health-and-care", "data-and-privacy"],
    district: "tendring",
    daysAgo: 240,
    answeredAfter: 120,
    answer:
      "We ran a small study in three Essex care homes before answering. Sensors that alert staff without cameras got help to residents faster after a fall, and false alarms fell after the first month; residents and families were asked first and could say no.",
  },
  {
    key: "aru-history-noise-from-a12-works",
    title: "Could noise sensors show how bad the A12 roadworks noise is at night?",
    body: "The A12 works near us go on through the night and the noise keeps my children awake. Complaints seem to get nowhere. Could the university measure the noise so there is independent evidence?",
    themes: ["community-safety", "transport-and-mobility"],
    district: "braintree",
    daysAgo: 70,
    claimedDaysAgo: 60,
  },
  {
    key: "aru-history-data-centre-heat",
    title: "Could waste heat from data centres warm homes in Harlow?",
    body: "A new data centre is planned near Harlow. In other countries their waste heat warms nearby homes. Has the university looked at whether that could work here, and who would need to agree?",
    themes: ["energy-and-environment", "housing-and-planning"],
    district: "harlow",
    daysAgo: 50,
    claimedDaysAgo: 44,
  },
  {
    key: "aru-history-youth-mental-health-apps",
    title: "Which mental health apps are safe for teenagers?",
    body: "My teenager uses a few mental health apps and I am not sure which are trustworthy. Has the university checked which apps are safe, keep data private and actually help young people?",
    themes: ["health-and-care", "data-and-privacy"],
    district: "colchester",
    daysAgo: 250,
    claimedDaysAgo: 15,
  },
  {
    key: "aru-history-tidal-energy-in-the-blackwater",
    title: "Could the Blackwater estuary produce tidal energy?",
    body: "The tides in the Blackwater are strong. Has anyone studied whether small tidal turbines could produce electricity there without harming wildlife? It would be good to know if it is realistic.",
    themes: ["energy-and-environment"],
    district: "maldon",
    daysAgo: 270,
    claimedDaysAgo: 9,
  },
  {
    key: "aru-history-dropped-kerbs-survey",
    title: "Could wheelchair users map broken dropped kerbs with students?",
    body: "As a wheelchair user I often find dropped kerbs blocked or broken. A map would help the council fix the worst ones. Could students and wheelchair users survey them together in Southend?",
    themes: ["transport-and-mobility", "community-safety"],
    district: "southend-on-sea",
    daysAgo: 200,
    claimedDaysAgo: 190,
  },
  {
    key: "aru-history-repair-cafes",
    title: "Do repair cafés really cut waste?",
    body: "Our town has started a repair café for toasters, clothes and bikes. Volunteers would like to know if it makes a real difference to waste. Could the university help us measure it?",
    themes: ["waste-and-recycling", "economy-and-jobs"],
    district: "rochford",
    daysAgo: 245,
    claimedDaysAgo: 5,
  },
];

const CLOSING =
  "Thank you for asking. If you would like to take part or hear more, follow this question and we will post an update here.";

/** Residents who ask these (ordinary demo residents, none of those the moderation demo relies on). */
const AUTHORS = [21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 36, 37, 38] as const;

export const scorecardHistory: SeedQuestion[] = items.map((item, i) => ({
  key: item.key,
  title: item.title,
  body: item.body,
  themes: item.themes,
  district: item.district,
  author: `resident-${AUTHORS[i % AUTHORS.length]!}`,
  daysAgo: item.daysAgo,
  moderation: "approved",
  status: item.answeredAfter === undefined ? "under_review" : "answered",
  supporters: 1 + (i % 3),
  ...(item.answeredAfter === undefined
    ? { claim: { by: "aru-researcher", daysAgo: item.claimedDaysAgo! } }
    : {
        response: {
          organisation: "anglia-ruskin-university",
          author: "aru-researcher",
          body: `${item.answer}\n\n${CLOSING}`,
          daysAfter: item.answeredAfter,
        },
      }),
}));
