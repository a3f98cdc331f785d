import type { Article } from "../../schema/article.ts";
import type { Event } from "../../schema/event.ts";

/**
 * A hand-written corpus for the search tests: three events from two outlets, one of them with an
 * article whose body alone names Pompeo, and one article that no event reports.
 */
function article(
  id: string,
  source: string,
  published: string,
  title: string,
  text: string,
  primaryEventId: string,
): Article {
  return {
    id,
    source: { id: source, name: source.toUpperCase() },
    title,
    titleInferred: false,
    published,
    publishedBasis: "metadata",
    text,
    primaryEventId,
    file: `${id}.txt`,
  };
}

export const fixtureArticles: Article[] = [
  article(
    "a1",
    "kcna",
    "2018-03-05",
    "Kim Jong Un Meets Special Envoys",
    "Pyongyang, March 5 (KCNA) -- Kim Jong Un met the special envoys of South Korea. The Supreme Leader spoke warmly.",
    "ev-1",
  ),
  article(
    "a2",
    "reuters",
    "2018-03-06",
    "North Korea's leader meets Seoul envoys",
    "SEOUL (Reuters) - North Korea’s leader Kim Jong Un met envoys. CIA director Mike Pompeo said talks were possible.",
    "ev-1",
  ),
  article(
    "a3",
    "kcna",
    "2018-04-21",
    "Plenary Meeting of WPK Central Committee",
    "The plenary meeting stopped nuclear tests at the Chosŏn site, the supreme leader said.",
    "ev-2",
  ),
  article(
    "a4",
    "reuters",
    "2017-07-04",
    "North Korea fires missile",
    "North Korea fired a missile that flew toward the sea of Japan.",
    "ev-3",
  ),
  article("a5", "reuters", "2017-08-01", "Unrelated notes", "Pompeo zebra quartz.", ""),
];

export const fixtureEvents: Event[] = [
  {
    id: "ev-1",
    title: "Kim Jong Un meets South Korean envoys",
    start: "2018-03-05",
    end: "2018-03-06",
    precision: "day",
    sourceIds: ["kcna", "reuters"],
    articleIds: ["a1", "a2"],
    mentions: [
      {
        articleId: "a1",
        sourceId: "kcna",
        quote: "Kim Jong Un met the special envoys of South Korea.",
        start: 30,
        end: 80,
      },
      {
        articleId: "a2",
        sourceId: "reuters",
        quote: "North Korea’s leader Kim Jong Un met envoys.",
        start: 16,
        end: 60,
      },
    ],
  },
  {
    id: "ev-2",
    title: "Party plenum stops nuclear tests",
    start: "2018-04-21",
    precision: "day",
    sourceIds: ["kcna"],
    articleIds: ["a3"],
    mentions: [
      {
        articleId: "a3",
        sourceId: "kcna",
        quote: "The plenary meeting stopped nuclear tests.",
        start: 0,
        end: 40,
      },
    ],
    summary: "The Workers' Party ends nuclear and missile tests.",
  },
  {
    id: "ev-3",
    title: "North Korea fires a missile",
    start: "2017-07-04",
    precision: "day",
    sourceIds: ["reuters"],
    articleIds: ["a4"],
    mentions: [
      { articleId: "a4", sourceId: "reuters", quote: "North Korea fired a missile.", start: 0, end: 28 },
    ],
  },
];
