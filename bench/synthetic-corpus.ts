import { MONTH_NAMES, WEEKDAYS as WEEKDAY_NAMES } from "../src/lib/days.ts";
import { seededRandom } from "../src/lib/seeded-random.ts";

export { seededRandom };
/**
 * Synthetic news corpora for the benchmark and the scale tests: a fixed seed gives the same corpus
 * every time. Articles follow story arcs (a burst of coverage by several outlets around an event,
 * then follow-ups), with realistic lengths (lognormal, median ~2,500 characters), datelines, quotes
 * with speakers and relative time expressions, so that every pipeline stage does its real work.
 */

export interface SyntheticArticle {
  title: string;
  source: string;
  published: string;
  url: string;
  body: string;
}

const OUTLETS = [
  { name: "Reuters", agency: "Reuters", host: "reuters.com" },
  { name: "The Associated Press", agency: "AP", host: "apnews.com" },
  { name: "KCNA", agency: "KCNA", host: "kcna.kp" },
  { name: "Yonhap", agency: "Yonhap", host: "yna.co.kr" },
  { name: "Fox News", agency: "", host: "foxnews.com" },
  { name: "CNN", agency: "", host: "cnn.com" },
  { name: "The New York Times", agency: "", host: "nytimes.com" },
  { name: "The Guardian", agency: "", host: "theguardian.com" },
  { name: "Politico", agency: "", host: "politico.com" },
  { name: "Vox", agency: "", host: "vox.com" },
  { name: "AFP", agency: "AFP", host: "afp.com" },
  { name: "NPR", agency: "", host: "npr.org" },
];
const FIRST = [
  "Anna",
  "Boris",
  "Chen",
  "Dara",
  "Elena",
  "Farid",
  "Grace",
  "Hiro",
  "Ines",
  "Jonas",
  "Kwame",
  "Lena",
  "Mateo",
  "Nadia",
  "Omar",
  "Priya",
  "Quentin",
  "Rosa",
  "Sven",
  "Tariq",
];
const LAST = [
  "Alvarez",
  "Brandt",
  "Cho",
  "Dubois",
  "Eriksen",
  "Fischer",
  "Gupta",
  "Haddad",
  "Ito",
  "Jensen",
  "Kowalski",
  "Lindqvist",
  "Moreau",
  "Novak",
  "Okafor",
  "Park",
  "Quinn",
  "Rossi",
  "Sato",
  "Tanaka",
];
const ROLES = [
  "Foreign Minister",
  "President",
  "Prime Minister",
  "Defense Secretary",
  "envoy",
  "spokesperson",
  "Secretary of State",
  "opposition leader",
];
const COUNTRIES = [
  "North Korea",
  "South Korea",
  "China",
  "Japan",
  "Russia",
  "the United States",
  "France",
  "Germany",
  "India",
  "Brazil",
];
const CITIES = [
  "Pyongyang",
  "Seoul",
  "Beijing",
  "Tokyo",
  "Moscow",
  "Washington",
  "Paris",
  "Berlin",
  "New Delhi",
  "Brasilia",
  "Singapore",
  "Geneva",
];
const ACTIONS = [
  ["met", "meets"],
  ["held talks with", "holds talks with"],
  ["signed an agreement with", "signs an agreement with"],
  ["criticized", "criticizes"],
  ["welcomed", "welcomes"],
  ["visited", "visits"],
];
const TOPICS = [
  "trade",
  "denuclearization",
  "sanctions",
  "the border",
  "energy supplies",
  "a peace treaty",
  "fisheries",
  "cyber security",
  "food aid",
  "the summit",
];
const WEEKDAYS = WEEKDAY_NAMES.map((d) => d[0]!.toUpperCase() + d.slice(1));
const MONTHS = MONTH_NAMES;

interface Arc {
  day: number; // days since 2015-01-01
  a: string;
  b: string;
  role: string;
  city: string;
  country: string;
  action: [string, string];
  topic: string;
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

function dayString(day: number): string {
  return new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** Lognormal-ish: most articles 1,500–4,000 characters, a long tail to ~15,000. */
function sentenceCount(rand: () => number): number {
  const normal = Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand());
  return Math.max(4, Math.min(90, Math.round(Math.exp(Math.log(16) + 0.6 * normal))));
}

export function* syntheticCorpus(count: number, seed = 20180510): Generator<SyntheticArticle> {
  const rand = seededRandom(seed);
  const people = Array.from({ length: 120 }, () => `${pick(rand, FIRST)} ${pick(rand, LAST)}`);
  // About one story arc per 12 articles, spread over ten years with busier stretches.
  const arcs: Arc[] = Array.from({ length: Math.max(1, Math.round(count / 12)) }, () => {
    const base = rand() < 0.3 ? 1200 + rand() * 400 : rand() * 3650;
    return {
      day: Math.floor(base),
      a: pick(rand, people),
      b: pick(rand, people),
      role: pick(rand, ROLES),
      city: pick(rand, CITIES),
      country: pick(rand, COUNTRIES),
      action: pick(rand, ACTIONS) as [string, string],
      topic: pick(rand, TOPICS),
    };
  });
  for (let i = 0; i < count; i++) {
    const arc = pick(rand, arcs);
    const outlet = pick(rand, OUTLETS);
    const lag = Math.floor(rand() * rand() * 10);
    const published = arc.day + lag;
    const weekday = WEEKDAYS[(published + 4) % 7]!; // 2015-01-01 was a Thursday
    const eventDate = new Date(Date.UTC(2015, 0, 1) + arc.day * 86_400_000);
    const eventWhen =
      lag === 0
        ? `on ${weekday}`
        : lag < 6
          ? `on ${WEEKDAYS[(arc.day + 4) % 7]}`
          : `on ${MONTHS[eventDate.getUTCMonth()]} ${eventDate.getUTCDate()}`;
    const dateline = outlet.agency
      ? `${arc.city.toUpperCase()}, ${MONTHS[new Date(Date.UTC(2015, 0, 1) + published * 86_400_000).getUTCMonth()]} ${new Date(Date.UTC(2015, 0, 1) + published * 86_400_000).getUTCDate()} (${outlet.agency}) -- `
      : "";
    const sentences = [
      `${dateline}${arc.role} ${arc.a} ${arc.action[0]} ${arc.b} in ${arc.city} ${eventWhen}, as talks on ${arc.topic} with ${arc.country} entered a new phase.`,
    ];
    const n = sentenceCount(rand);
    for (let s = 1; s < n; s++) {
      const r = rand();
      const person = rand() < 0.5 ? arc.a : arc.b;
      if (r < 0.2) {
        sentences.push(
          `“We made progress on ${arc.topic}, and we will meet again next month,” ${person} said.`,
        );
      } else if (r < 0.35) {
        sentences.push(
          `Last week, officials in ${pick(rand, CITIES)} said the dispute over ${pick(rand, TOPICS)} could take years to settle.`,
        );
      } else if (r < 0.5) {
        sentences.push(
          `The talks follow a meeting in ${MONTHS[Math.floor(rand() * 12)]} that ended without an agreement, according to ${pick(rand, OUTLETS).name}.`,
        );
      } else if (r < 0.65) {
        sentences.push(
          `${person} is expected to travel to ${pick(rand, CITIES)} on ${pick(rand, WEEKDAYS)} for further consultations with ${pick(rand, people)}.`,
        );
      } else {
        sentences.push(
          `Analysts said ${pick(rand, COUNTRIES)} and ${pick(rand, COUNTRIES)} remained divided over ${pick(rand, TOPICS)}, while ${pick(rand, people)} called for patience.`,
        );
      }
    }
    const paragraphs: string[] = [];
    for (let s = 0; s < sentences.length; s += 3) paragraphs.push(sentences.slice(s, s + 3).join(" "));
    yield {
      title: `${arc.a} ${arc.action[1]} ${arc.b} in ${arc.city}${rand() < 0.5 ? ` amid ${arc.topic} talks` : ""}`,
      source: outlet.name,
      published: dayString(published),
      url: `https://${outlet.host}/story/${seed}-${i}`,
      body: paragraphs.join("\n\n"),
    };
  }
}
