import { describe, expect, it } from "vitest";
import { findEntities } from "./find-entities.ts";
import { createEntityLinker, UNLINKED } from "./link-entities.ts";
import { splitSentences } from "./split-sentences.ts";

/** The entities of a text as "kind:name". */
function kinds(text: string): string[] {
  return findEntities(text, splitSentences(text)).entities.map((e) => `${e.kind}:${e.name}`);
}

/** The texts' entities, each text an article of one outlet, linked in order across them all. */
function linkAll(texts: string[]) {
  const found = texts.map((t) => findEntities(t, splitSentences(t)));
  const linker = createEntityLinker(found.map((f) => f.entities));
  const ids = found.map((f, n) => linker.link({ id: `a${n}`, sourceId: "s" }, f));
  return { found, linker, ids };
}

describe("what kind of entity a capitalised name is", () => {
  it("takes known places, compass regions and runs ending or opening in a place word for places", () => {
    const found = kinds(
      "Kim Jong Un met Moon Jae-in at Panmunjom, inside the Demilitarized Zone. Trade with Northeast Asia grew. " +
        "Envoys flew to Sentosa Island and stayed at the Capella Hotel. Pilgrims climbed Mount Paektu. Ships sailed the Sea of Japan.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "place:Panmunjom",
        "place:Demilitarized Zone",
        "place:Northeast Asia",
        "place:Sentosa Island",
        "place:Capella Hotel",
        "place:Mount Paektu",
        "place:Sea of Japan",
        "person:Kim Jong Un",
        "person:Moon Jae-in",
      ]),
    );
    expect(found.filter((k) => k.startsWith("person:"))).toEqual([
      "person:Kim Jong Un",
      "person:Moon Jae-in",
    ]);
  });

  it("names a dateline's city in capitals by its place or its country, not as an organisation", () => {
    expect(kinds("PANMUNJOM (AP) -- The two leaders shook hands.")).toContain("place:Panmunjom");
    expect(kinds("SEOUL (Yonhap) -- The two leaders shook hands.")).toContain("country:South Korea");
    expect(kinds("SEOUL (Yonhap) -- The two leaders shook hands.")).not.toContain("organization:SEOUL");
  });

  it("reads a dateline's city of several words in capitals as its country or place, never a person", () => {
    expect(kinds("NEW DELHI, July 15 (KCNA) -- The talks went on.")).toEqual([
      "country:India",
      "organization:KCNA",
    ]);
    expect(kinds("HONG KONG (Reuters) - Shares fell.")).toContain("place:Hong Kong");
    // Unknown to the lists, it is a place all the same, and so is one word long enough to be no acronym.
    expect(kinds("SAN JOSE, Costa Rica (AP) — Envoys met.")).toContain("place:San Jose");
    expect(kinds("BEIRUT (Reuters) - Envoys met.")).toContain("place:Beirut");
    // An acronym heading a line is no place, and capitals in a headline are no dateline.
    expect(kinds("NATO (Reuters) - Envoys met.").filter((k) => k.startsWith("place:"))).toEqual([]);
    expect(kinds("Envoys said KIM JONG UN WILL MEET TRUMP.").filter((k) => k.startsWith("place:"))).toEqual(
      [],
    );
  });

  it("makes no entity of a happening or a document, but keeps a country leading it", () => {
    const found = kinds(
      "Athletes marched at the Winter Olympics. Both signed the Panmunjom Declaration. The Singapore Summit ended. Kim gave his New Year Address.",
    );
    expect(found.some((k) => /Olympics|Declaration|Summit|Address/.test(k))).toBe(false);
    expect(found).toContain("country:Singapore");
  });

  it("makes no person of an idea joined over 'of the', and splits a person from the country after 'of'", () => {
    const idea = kinds("Talks turned to the Denuclearization of the Korean Peninsula on Friday.");
    expect(idea.filter((k) => k.startsWith("person:") || k.startsWith("place:"))).toEqual([]);
    const abe = findEntities(
      "Prime Minister Shinzo Abe of Japan met Trump.",
      splitSentences("Prime Minister Shinzo Abe of Japan met Trump."),
    );
    expect(abe.entities.map((e) => `${e.kind}:${e.name}`)).toEqual(
      expect.arrayContaining(["person:Shinzo Abe", "country:Japan"]),
    );
    expect(abe.entities.find((e) => e.name === "Shinzo Abe")).toMatchObject({ country: "Japan" });
  });

  it("takes newspapers, parties and photo agencies for organisations", () => {
    expect(
      kinds("The Rodong Sinmun said so. Minju Joson agreed. Texas Democrats rallied. Photo by Getty Images."),
    ).toEqual(
      expect.arrayContaining([
        "organization:Rodong Sinmun",
        "organization:Minju Joson",
        "organization:Texas Democrats",
        "organization:Getty Images",
      ]),
    );
  });

  it("reads a Korean given name spelt in two words, and keeps a titled person with a place word as a person", () => {
    expect(kinds("President Moon Jae In met Kim on Friday.")).toContain("person:Moon Jae In");
    expect(kinds("Former envoy Christopher Hill said talks would go on.")).toContain(
      "person:Christopher Hill",
    );
    // "In" opening a clause is the preposition still.
    expect(kinds("In Seoul, officials met.").some((k) => k.includes("In "))).toBe(false);
  });

  it("links a name in capitals to the person written ordinarily, and drops capitals no one writes so", () => {
    const texts = [
      "Envoys met KIM JONG UN on Monday.",
      "Kim Jong Un met envoys on Monday.",
      "He wrote FAKE NEWS on Monday.",
      "The talks began, and NEXT STEPS followed.",
      // A line written as a headline names no one (its story names its people again).
      "FAKE NEWS\n\nThe president spoke on Monday.",
      "Chongryon Senior Officials Blast Trump's Invectives\n\nThe talks began.",
    ];
    const found = texts.map((t) => findEntities(t, splitSentences(t)));
    expect(found.map((f) => f.entities.map((e) => e.name))).toEqual([
      ["KIM JONG UN"],
      ["Kim Jong Un"],
      ["FAKE NEWS"],
      ["NEXT STEPS"],
      [],
      // Its organisation is kept.
      ["Chongryon"],
    ]);
    const linker = createEntityLinker(found.map((f) => f.entities));
    const ids = found.map((f, n) => linker.link({ id: `a${n}`, sourceId: "s" }, f));
    expect(ids).toEqual([
      ["person-kim-jong-un"],
      ["person-kim-jong-un"],
      [UNLINKED],
      [UNLINKED],
      [],
      ["org-chongryon"],
    ]);
    // Met first in capitals, the person is still shown by the name written ordinarily.
    expect(linker.finish().map((e) => `${e.name}:${e.mentions.count}`)).toEqual([
      "Chongryon:1",
      "Kim Jong Un:2",
    ]);
  });

  it("reads a full name the article writes cut short as the longer name it writes more often", () => {
    const text =
      "Kim Jong Un arrived on Monday. Aides said Kim Jong Un was tired. Trump will meet with Kim Jong un on Tuesday.";
    const found = findEntities(text, splitSentences(text));
    expect(found.entities.filter((e) => e.kind === "person").map((e) => e.name)).toEqual(["Kim Jong Un"]);
    expect(found.occurrences.filter((o) => o.text.startsWith("Kim"))).toHaveLength(3);
    // Not a father cut from his son's name, nor a name two longer ones start with.
    expect(kinds("Donald Trump Jr. spoke. Donald Trump Jr. left. Donald Trump stayed.")).toEqual([
      "person:Donald Trump Jr.",
      "person:Donald Trump",
    ]);
    expect(
      kinds("Kim Jong Il died. Kim Jong Il ruled. Kim Jong Nam fled. Kim Jong Nam hid. Kim Jong spoke."),
    ).toContain("person:Kim Jong");
  });

  it("links a name with middle initials to the name without them, unless other initials claim it", () => {
    const texts = [
      "President Donald J. Trump signed the order.",
      "Donald Trump met envoys on Monday.",
      "George W. Bush spoke. George H. W. Bush spoke. George Bush spoke.",
      "Ri U Song and Ri Song met.",
    ];
    const { linker, ids } = linkAll(texts);
    expect(ids).toEqual([
      ["person-donald-trump"],
      ["person-donald-trump"],
      ["person-george-w-bush", "person-george-h-w-bush", "person-george-bush"],
      ["person-ri-u-song", "person-ri-song"],
    ]);
    expect(linker.finish().find((e) => e.id === "person-donald-trump")?.name).toBe("Donald Trump");
  });

  it("drops a description the article ties to a person of another country than the corpus gives them", () => {
    const texts = [
      "U.S. President Donald Trump spoke on Monday. South Korean President Moon Jae-in listened.",
      "President Donald Trump met Moon in the Oval Office. Later the South Korean president praised the talks, and the U.S. president agreed.",
      // KCNA's lower case, and a Korean with no north or south, are still of the country.
      "President Moon Jae-in spoke. Then the south Korean president left, and the Korean president returned.",
    ];
    const found = texts.map((t) => findEntities(t, splitSentences(t)));
    const descriptions = found[1]!.occurrences.filter((o) => o.form === "description");
    // Read alone, the article takes both descriptions for the only president it names.
    expect(descriptions.map((o) => [o.text, found[1]!.entities[o.entity]!.name])).toEqual([
      ["the South Korean president", "Donald Trump"],
      ["the U.S. president", "Donald Trump"],
    ]);
    const linker = createEntityLinker(found.map((f) => f.entities));
    linker.link({ id: "a0", sourceId: "s" }, found[0]!);
    expect(linker.dropped()).toEqual([]);
    linker.link({ id: "a1", sourceId: "s" }, found[1]!);
    expect(linker.dropped().map((n) => found[1]!.occurrences[n]!.text)).toEqual([
      "the South Korean president",
    ]);
    linker.link({ id: "a2", sourceId: "s" }, found[2]!);
    expect(linker.dropped()).toEqual([]);
    const people = linker.finish();
    expect(people.find((e) => e.id === "person-donald-trump")?.mentions.count).toBe(3);
    // Named twice in the first two articles ("Moon" is his surname), three times in the third.
    expect(people.find((e) => e.id === "person-moon-jae-in")?.mentions.count).toBe(5);
  });

  it("takes no initialism for a surname", () => {
    const text = "Kim Jong Un spoke. His country is under U.N. sanctions, and the U.N. says so.";
    const found = findEntities(text, splitSentences(text));
    expect(found.occurrences.map((o) => o.text)).not.toContain("U.N.");
  });

  it("makes no person of a party member's home and party, nor of a question's verb before a name", () => {
    expect(kinds("Sen. Jeff Flake, Arizona Republican and a frequent critic, spoke.")).toEqual([
      "person:Jeff Flake",
    ]);
    expect(kinds("said Colin Strother, a veteran Texas Democratic strategist.")).toEqual([
      "person:Colin Strother",
    ]);
    expect(kinds("Pyongyang teases concessions. Should Trump believe them? Democrats doubt it.")).toEqual([
      "country:North Korea",
      "organization:Democrats",
      "person:Trump",
    ]);
  });

  it("takes an owner, an organisation's initials and a leading preposition off a person's name", () => {
    expect(kinds("CBS' Lesley Stahl asked him. Fox News’ Bret Baier asked too.")).toEqual([
      "organization:CBS",
      "organization:Fox News",
      "person:Lesley Stahl",
      "person:Bret Baier",
    ]);
    const text = "CIA Director Mike Pompeo visited. Like President-elect Trump, he spoke.";
    const found = findEntities(text, splitSentences(text)).entities;
    expect(found.map((e) => [e.name, e.titles])).toEqual([
      ["Mike Pompeo", ["CIA Director"]],
      ["Trump", ["President-elect"]],
    ]);
    // An owner whose rest names no one stays in the name.
    expect(kinds("The Workers' Party of Korea met.")).toEqual(["organization:Workers' Party of Korea"]);
  });

  it("reads a country's formal name however its apostrophe is written", () => {
    expect(kinds("The Democratic People’s Republic said so. The Islamic Republic agreed.")).toEqual([
      "country:North Korea",
      "country:Iran",
    ]);
  });

  it("links an organisation's initials to the one full name they stand for", () => {
    const texts = [
      "The United Nations met. The Workers' Party of Korea met.",
      "The United Nations voted.",
      "The United Nations spoke.",
      "The Unites Nations spoke.",
      "The UN and the WPK agreed. The NSC and the NBA met.",
      "The National Security Council met. The National Basketball Association met. The Nuclear Safety Commission met.",
    ];
    const { linker, ids } = linkAll(texts);
    expect(ids[4]).toEqual([
      "org-united-nations",
      "org-workers-party-of-korea",
      // Two bodies of those initials, named as often: which one is meant is not known.
      "org-nsc",
      "org-national-basketball-association",
    ]);
    expect(linker.finish().find((e) => e.id === "org-united-nations")?.name).toBe("United Nations");
  });

  it("keeps a full name as a person only where some article treats it as someone's", () => {
    const texts = [
      "The Foal Eagle drills began. Readers can use the Email Sign Up box. Vipin Narang watched.",
      "Diplomats met, and Narang said the drills were routine.",
      "Van Jackson said so. It was left to Hillary Clinton and Ri Sol Ju. Little Rocket Man was back.",
      "Officials met Kim Yong Chol. Envoy Joe Yun flew in. Tom Roe, who had flown in, waited.",
      // A portfolio after "minister of" is no one; nor is a bare word another run ends in.
      "Kim Il Guk, minister of Physical Culture and Sports, spoke. Mourners recalled the ferry Sewol.",
      "The Ferry Sewol sank. Families of the Sewol dead wept. Under Saddam Hussein's regime, it was so.",
    ];
    const { linker } = linkAll(texts);
    expect(
      linker
        .finish()
        .filter((e) => e.kind === "person")
        .map((e) => e.name),
    ).toEqual([
      // Said something; a common first name; titled; an East Asian name; met; a "who"; a regime.
      "Hillary Clinton",
      "Joe Yun",
      "Kim Il Guk",
      "Kim Yong Chol",
      "Ri Sol Ju",
      "Saddam Hussein",
      "Tom Roe",
      "Van Jackson",
      // Written by the surname alone in another article, and saying something there.
      "Vipin Narang",
    ]);
  });

  it("reads Korean dailies as organisations, and two organisations joined by 'and' as two", () => {
    expect(kinds("The Chosun Ilbo and Dong-A Ilbo reported it. The Senate and House voted.")).toEqual([
      "organization:Chosun Ilbo",
      "organization:Dong-A Ilbo",
      "organization:Senate",
      "organization:House",
    ]);
  });

  it("splits an organisation from the title it gives a person and the person's name", () => {
    expect(kinds("White House Press Secretary Sarah Sanders said so.")).toEqual([
      "organization:White House",
      "person:Sarah Sanders",
    ]);
    expect(kinds("Senate Majority Leader Mitch McConnell spoke.")).toEqual([
      "organization:Senate",
      "person:Mitch McConnell",
    ]);
    expect(kinds("Press Secretary Yoon Young-chan spoke.")).toEqual(["person:Yoon Young-chan"]);
    // Organisations whose words are also titles stay whole.
    expect(kinds("Press TV reported it.")).toEqual(["organization:Press TV"]);
    expect(
      kinds(
        "The Committee for the Peaceful Reunification of the Country said so. The Institute of International Studies agreed.",
      ),
    ).toEqual([
      "organization:Committee for the Peaceful Reunification of the Country",
      "organization:Institute of International Studies",
    ]);
  });

  it("leaves out a word or two the run took in before a title, and a title that is no person's", () => {
    expect(kinds("Republican Sen. Ted Cruz spoke. Foreign Affairs Minister Taro Kono agreed.")).toEqual([
      "person:Ted Cruz",
      "person:Taro Kono",
    ]);
    const texts = ["They repealed the Security Law.", "The Security Law stands.", "Mr. Ward waited."];
    const { ids } = linkAll(texts);
    // "Security" before "Law" is no title of anyone's; "Mr." is.
    expect(ids).toEqual([[UNLINKED], [UNLINKED], ["person-ward"]]);
  });

  it("takes an office's own words and a body's initials off the name of the person holding it", () => {
    expect(
      kinds(
        "Japan's Minister of Foreign Affairs Taro Kono spoke. Former Director of National Intelligence James Clapper agreed. " +
          "The delegation was led by Minister of Physical Culture and Sports Kim Il Guk. US Ambassador to the UN Nikki Haley left. " +
          "Proposals put forward by HE Kim Jong Un were read. Former U.S. State Secretaries Kissinger and Shultz wrote.",
      ).filter((k) => k.startsWith("person:")),
    ).toEqual([
      "person:Taro Kono",
      "person:James Clapper",
      "person:Kim Il Guk",
      "person:Nikki Haley",
      "person:Kim Jong Un",
      "person:Kissinger",
      "person:Shultz",
    ]);
    expect(kinds("Representative of the LKP Hong Jun Phyo spoke.")).toEqual(["person:Hong Jun Phyo"]);
    // Initials without a title are read apart from the name (in capitals they may be a headline's word).
    expect(kinds("He read KCNA Kim Jong Un reports. The Embassy said so.")).toEqual(["person:Kim Jong Un"]);
  });

  it("makes no person of a demonym, a place, a title or a district a run ends in", () => {
    expect(kinds("It strains the U.S.-South Korean alliance.")).toEqual(["country:United States"]);
    expect(kinds("The Chinese Hong Kong paper wrote.")).toEqual(["place:Hong Kong"]);
    expect(
      kinds(
        "He is known as the Great Leader. The Texas Seventh votes. Talks between the two Koreas went on.",
      ),
    ).toEqual([]);
    expect(
      kinds("Any Korean would agree. The official English-language paper and a Dolt-like Trump."),
    ).toEqual(["person:Trump"]);
    expect(kinds("Senator Angus King of Maine, an independent, spoke.")).toEqual([
      "place:Maine",
      "person:Angus King",
    ]);
  });

  it("takes societies, embassies and schools for organisations, exercises and ships for no one", () => {
    expect(kinds("The Headquarters for Building Democratic Society met at the US Embassy.")).toEqual(
      expect.arrayContaining(["organization:US Embassy"]),
    );
    expect(kinds("A student of Kim Won Gyun Conservatory sang.")).toEqual([
      "organization:Kim Won Gyun Conservatory",
    ]);
    expect(
      kinds(
        "Jets joined the Max Thunder drills. The aircraft carrier Carl Vinson sailed, and so did USS Ronald Reagan.",
      ),
    ).toEqual([]);
  });

  it("reads lower-case particles inside a name, and knows the name by its surname alone", () => {
    expect(kinds("Crown Prince Mohammed bin Salman spoke. President Bashar al-Assad listened.")).toEqual([
      "person:Mohammed bin Salman",
      "person:Bashar al-Assad",
    ]);
    const texts = ["President Bashar al-Assad spoke.", "Later, Assad said so."];
    expect(linkAll(texts).ids).toEqual([["person-bashar-al-assad"], ["person-bashar-al-assad"]]);
  });

  it("links a name with middle initials to the plain name given by its short first name", () => {
    const texts = [
      "Sen. Charles E. Schumer spoke.",
      "Then Chuck Schumer agreed.",
      "Sen. Charles E. Schumer left.",
    ];
    expect(linkAll(texts).ids).toEqual([
      ["person-chuck-schumer"],
      ["person-chuck-schumer"],
      ["person-chuck-schumer"],
    ]);
  });

  it("reads a surname met before the article writes a full name with it as the one the reader knows", () => {
    const read = (text: string) => {
      const { entities, occurrences } = findEntities(text, splitSentences(text));
      return occurrences.map((o) => `${o.text}=${entities[o.entity]!.name}`);
    };
    // The corpus's Trump, and Melania Trump once; a woman's honorific takes the full name written.
    expect(read("President Trump spoke. Trump and first lady Melania Trump boarded. Trump said so.")).toEqual(
      ["President Trump=Trump", "Trump=Trump", "Melania Trump=Melania Trump", "Trump=Trump"],
    );
    expect(read("President Trump spoke. His daughter Ivanka Trump came. Ms. Trump smiled.")).toEqual([
      "President Trump=Trump",
      "Ivanka Trump=Ivanka Trump",
      "Ms. Trump=Ivanka Trump",
    ]);
    // Written first, the full name takes its surname, the most named of two.
    expect(
      read("Kim Jong Un met Moon Jae-in. Kim Jong Un spoke. Kim said so. Then Kim Yo Jong came. Kim left."),
    ).toEqual([
      "Kim Jong Un=Kim Jong Un",
      "Moon Jae-in=Moon Jae-in",
      "Kim Jong Un=Kim Jong Un",
      "Kim=Kim Jong Un",
      "Kim Yo Jong=Kim Yo Jong",
      "Kim=Kim Jong Un",
    ]);
  });

  it("reads KCNA's epithets, openers and titles' countries apart from the name", () => {
    expect(
      kinds(
        "Recently Trump uttered threats. Outgoing Obama left. Traitor Hong Yong Phyo spoke. Lunatic Trump raved. " +
          "Vice-Premier Jon Kwang Ho visited. Prime Minster Abe spoke. " +
          "Recently Prime Minister of Japan Abe said so. They honoured Generalissimo Kim Il Sung. " +
          "It was staged by Hwang Kyo An.",
      )
        .filter((k) => k.startsWith("person:"))
        .sort(),
    ).toEqual([
      "person:Abe",
      "person:Hong Yong Phyo",
      "person:Hwang Kyo An",
      "person:Jon Kwang Ho",
      "person:Kim Il Sung",
      "person:Obama",
      "person:Trump",
    ]);
  });

  it("makes organisations of hospitals and factories, and no one of a festival's people or a day's women", () => {
    expect(
      kinds("The staff of Kim Man Yu Hospital and the Machine Factory marked International Women's Day."),
    ).toEqual(["organization:Kim Man Yu Hospital", "organization:Machine Factory"]);
    expect(kinds("Posters for the April Spring People's Art Festival hung near Mt Paektu.")).toEqual(
      expect.not.arrayContaining(["person:Spring People"]),
    );
    expect(kinds("The tigers of Mt Paektu met.")).toEqual(["place:Mt Paektu"]);
  });

  it("reads weapons, regions, charters, uprisings and landmarks as no one, and a place before a name apart", () => {
    expect(
      kinds(
        "The ICBM Hwasong-14 flew. Regions of East European states met. The UN Charter holds. The Kwangju Popular Uprising is recalled. " +
          "They toured the Revolution Museum and Ryomyong Street. Noting Trump is not entitled to it, the paper spoke.",
      ).filter((k) => k.startsWith("person:")),
    ).toEqual(["person:Trump"]);
    expect(kinds("Days ago, touring Europe Abe met heavyweights.")).toEqual(["place:Europe", "person:Abe"]);
    expect(kinds("It promised a bright future for Juche Korea.")).toEqual(["country:North Korea"]);
    // Exercises named with adjectives before the word; a verb in between is no exercise.
    expect(kinds("The Ulji Freedom Guardian joint military exercises began.")).toEqual([]);
    expect(kinds("Diplomats met, and Narang said the drills were routine.")).toContain("person:Narang");
  });

  it("keeps a surname alone as the person a title gives it, rather than a full name met once among many", () => {
    const texts = [
      "President Trump spoke on Monday.",
      ...Array.from({ length: 24 }, (_, n) => `On day ${n + 2}, the paper said, Trump raved.`),
      "Officials met, and Whatever Trump said went unheeded.",
    ];
    const { linker, ids } = linkAll(texts);
    // Every lone "Trump" is the titled one, though only the first article gives the title.
    expect(ids.slice(0, 25).every((list) => list.length === 1 && list[0] === "person-trump")).toBe(true);
    expect(linker.finish().find((e) => e.id === "person-trump")?.mentions.count).toBe(25);
  });
});
