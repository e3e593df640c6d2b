import type { NewOrganisation } from "../../schema";

export type OrganisationSeed = Omit<NewOrganisation, "id" | "createdAt"> & { key: string };

// The organisations the source documents name (seeds/001–004), plus the ten ASEAN culture ministries that
// nominate delegations and the Korean government as the 2018 donor.
export const ORGANISATIONS: readonly OrganisationSeed[] = [
  {
    key: "unesco",
    name: "United Nations Educational, Scientific and Cultural Organization",
    shortName: "UNESCO",
    kind: "international",
    country: "FR",
    city: "Paris",
    website: "https://www.unesco.org",
  },
  {
    key: "kncu",
    name: "Korean National Commission for UNESCO",
    shortName: "KNCU",
    kind: "national_commission",
    country: "KR",
    city: "Seoul",
    website: "https://www.unesco.or.kr",
    description:
      "Local partner of UNESCO's capacity development programmes on the 2005 Convention in the Republic of Korea.",
  },
  {
    key: "kfit",
    name: "Korea Funds-in-Trust",
    shortName: "KFIT",
    kind: "foundation",
    country: "KR",
    description:
      "Funds-in-trust of the Republic of Korea at UNESCO; donor of the UNESCO ASEAN–ROK Cultural Policymakers Workshop.",
  },
  {
    key: "rok",
    name: "Government of the Republic of Korea",
    shortName: "Republic of Korea",
    kind: "government",
    country: "KR",
    city: "Seoul",
  },
  {
    key: "mcst",
    name: "Ministry of Culture, Sports and Tourism (Republic of Korea)",
    shortName: "MCST",
    kind: "government",
    country: "KR",
    city: "Sejong",
    website: "https://www.mcst.go.kr",
    description: "Runs the Cultural Partnership Initiative (CPI), South Korea's foremost cultural training programme.",
  },
  {
    key: "kofice",
    name: "Korea Foundation for International Cultural Exchange",
    shortName: "KOFICE",
    kind: "government",
    country: "KR",
    city: "Seoul",
    website: "https://www.kofice.or.kr",
    description: "Delivers the Cultural Partnership Initiative with the Ministry of Culture, Sports and Tourism.",
  },
  {
    key: "kaces",
    name: "Korea Arts & Culture Education Service",
    shortName: "KACES",
    kind: "government",
    country: "KR",
    city: "Seoul",
    website: "https://eng.arte.or.kr",
    description:
      "Expands the value of arts and culture education at the international level through networking and global partnerships.",
  },
  {
    key: "bimf",
    name: "Busan International Magic Festival",
    shortName: "BIMF",
    kind: "cultural_institution",
    country: "KR",
    city: "Busan",
    description: "Korean partner of the CPI section Performing Arts 1, “A Unified World through Magic”.",
  },
  {
    key: "cid",
    name: "International Dance Council CID-UNESCO Korea",
    shortName: "CID-UNESCO",
    kind: "ngo",
    country: "KR",
    city: "Seoul",
    description: "Korean partner of the CPI section Performing Arts 2, for performing arts festival producers.",
  },
  {
    key: "edcn",
    name: "EDCN",
    shortName: "EDCN",
    kind: "other",
    country: "KR",
    description: "Korean partner of the CPI Publication section, with Plan Education.",
  },
  {
    key: "plan",
    name: "Plan Education",
    shortName: "Plan Education",
    kind: "other",
    country: "KR",
    description: "Korean partner of the CPI Publication section, with EDCN.",
  },
  {
    key: "dcb",
    name: "Design Council Busan",
    shortName: "Design Council Busan",
    kind: "cultural_institution",
    country: "KR",
    city: "Busan",
    description: "Korean partner of the CPI Cultural Products section on design thinking.",
  },
  {
    key: "snu-aac",
    name: "Asia-Africa Center, Seoul National University",
    shortName: "SNU Asia-Africa Center",
    kind: "university",
    country: "KR",
    city: "Seoul",
  },
  {
    key: "kaist",
    name: "Korea Advanced Institute of Science and Technology",
    shortName: "KAIST",
    kind: "university",
    country: "KR",
    city: "Daejeon",
    website: "https://www.kaist.ac.kr",
  },
  {
    key: "uil",
    name: "UNESCO Institute for Lifelong Learning",
    shortName: "UIL",
    kind: "international",
    country: "DE",
    city: "Hamburg",
    website: "https://www.uil.unesco.org",
    description: "Coordinates the UNESCO Global Network of Learning Cities.",
  },
  // The ten ASEAN Member States' culture ministries (nominating bodies for the ASEAN–ROK workshop).
  {
    key: "ministry:BN",
    name: "Ministry of Culture, Youth and Sports (Brunei Darussalam)",
    kind: "government",
    country: "BN",
    city: "Bandar Seri Begawan",
  },
  {
    key: "ministry:KH",
    name: "Ministry of Culture and Fine Arts (Cambodia)",
    kind: "government",
    country: "KH",
    city: "Phnom Penh",
  },
  { key: "ministry:ID", name: "Ministry of Culture (Indonesia)", kind: "government", country: "ID", city: "Jakarta" },
  {
    key: "ministry:LA",
    name: "Ministry of Information, Culture and Tourism (Lao PDR)",
    kind: "government",
    country: "LA",
    city: "Vientiane",
  },
  {
    key: "ministry:MY",
    name: "Ministry of Tourism, Arts and Culture (Malaysia)",
    kind: "government",
    country: "MY",
    city: "Putrajaya",
  },
  {
    key: "ministry:MM",
    name: "Ministry of Religious Affairs and Culture (Myanmar)",
    kind: "government",
    country: "MM",
    city: "Nay Pyi Taw",
  },
  {
    key: "ministry:PH",
    name: "National Commission for Culture and the Arts (Philippines)",
    kind: "government",
    country: "PH",
    city: "Manila",
  },
  {
    key: "ministry:SG",
    name: "Ministry of Culture, Community and Youth (Singapore)",
    kind: "government",
    country: "SG",
    city: "Singapore",
  },
  { key: "ministry:TH", name: "Ministry of Culture (Thailand)", kind: "government", country: "TH", city: "Bangkok" },
  {
    key: "ministry:VN",
    name: "Ministry of Culture, Sports and Tourism (Viet Nam)",
    kind: "government",
    country: "VN",
    city: "Hanoi",
  },
];

/** The eight learning cities of seeds/004, each with its approach in the article's words. */
export const LEARNING_CITIES: readonly { name: string; focus: string }[] = [
  {
    name: "Bucheon",
    focus:
      "One of Bucheon’s most striking features is its governance system, which focuses on partnerships that foster civil participation. Bucheon’s main objectives are to promote lifelong learning and use the city’s resources effectively.",
  },
  {
    name: "Gunpo",
    focus:
      "Gunpo aims to foster social integration and to bring communities together by transforming entertainment spaces into learning spaces where all citizens can participate.",
  },
  {
    name: "Jeonju",
    focus:
      "The ‘Jeonju Humanities 365’ project developed by the city of Jeonju encourages citizens, particularly those who are marginalized and vulnerable, to discover a love of reading and lifelong learning.",
  },
  {
    name: "Namyangju",
    focus:
      "Namyangju took part in the pilot phase of UNESCO’s learning city project. Namyangju’s innovative ‘1-2-3 Lifelong Learning Infrastructure’ ensures that lifelong learning facilities are located within easy reach of all citizens. A case study of Namyangju is included in a publication by the UNESCO Institute for Lifelong Learning entitled Unlocking the Potential of Urban Communities: Case Studies of Twelve Learning Cities.",
  },
  {
    name: "Osan",
    focus:
      "Osan’s learning city approach focuses on strengthening citizen participation and transforming the city into a learning space, a workplace and a playground.",
  },
  {
    name: "Suwon",
    focus:
      "Suwon’s actions centre on creating an environment conducive to lifelong learning in libraries and community centres and on building an educational network.",
  },
  {
    name: "Tongyeong",
    focus:
      "Tongyeong was designated a Regional Centre of Expertise on Education for Sustainable Development by the United Nations University in 2005 and is today one of the world’s longest-running regional initiatives for education for sustainable development.",
  },
  {
    name: "Uijeongbu",
    focus:
      "Uijeongbu has made a commitment to provide customized learning to all citizens. It aims to achieve self-actualization through developing the knowledge of its citizens based on their needs.",
  },
];

/** The Seoul Agenda's goals and practical strategies exactly as KACES lists them (seeds/000). */
export const SEOUL_AGENDA: readonly { title: string; strategies: readonly string[] }[] = [
  {
    title: "Secure accessibility to arts education",
    strategies: [
      "Promote arts education from the viewpoint of lifelong education",
      "Invigorate the re-building of regular and non-regular education systems",
      "Reinforce PR and policy implementation",
      "Develop competencies to enhance arts education leadership",
    ],
  },
  {
    title: "Ensure quality arts education",
    strategies: [
      "Promote cooperation between artists and educators in arts education sites",
      "Guarantee continuous arts education and training for arts education practitioners",
      "Develop partnerships for arts education in various segments of the society",
      "Promote discussions and cross-fertilization among arts education theories, researchers and practices",
    ],
  },
  {
    title: "Contribute to solutions of social and cultural challenges",
    strategies: [
      "Reinforce the creative and innovative competencies of the society through arts education",
      "Improve social and cultural welfare through arts education",
      "Promote social responsibility, social integration, cultural diversity and dialogues between different cultures",
      "Provide in-depth arts education that deal with global challenges",
    ],
  },
];
