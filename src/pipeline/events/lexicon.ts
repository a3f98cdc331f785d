/**
 * The small vocabularies the entity and event rules lean on. General news English, not tuned to
 * one story: country names and demonyms, role nouns, organisation heads, verbs of the news.
 */

/** Country surface forms -> canonical name. Longest forms are matched first by the recogniser. */
export const COUNTRY_FORMS: Record<string, string> = {};
const countries: [string, string[]][] = [
  [
    "United States",
    [
      "United States",
      "United States of America",
      "U.S.",
      "U.S",
      "U.S.A.",
      "U.S.A",
      "US",
      "USA",
      "America",
      "the U.S.",
      "Washington",
    ],
  ],
  [
    "North Korea",
    [
      "North Korea",
      "DPRK",
      "D.P.R.K.",
      "Democratic People's Republic of Korea",
      "Democratic People's Republic",
      "N. Korea",
      "NKorea",
      "Pyongyang",
      "Hermit Kingdom",
      "Juche Korea",
    ],
  ],
  ["South Korea", ["South Korea", "ROK", "Republic of Korea", "S. Korea", "Seoul"]],
  ["China", ["China", "PRC", "People's Republic of China", "Beijing"]],
  ["Japan", ["Japan", "Tokyo"]],
  ["Russia", ["Russia", "Russian Federation", "Moscow", "Kremlin"]],
  ["United Kingdom", ["United Kingdom", "Britain", "Great Britain", "UK", "U.K.", "London"]],
  ["France", ["France", "Paris"]],
  ["Germany", ["Germany", "Berlin"]],
  ["Iran", ["Iran", "Tehran", "Islamic Republic", "Islamic Republic of Iran"]],
  ["Israel", ["Israel", "Jerusalem"]],
  ["Syria", ["Syria", "Damascus", "Syrian Arab Republic"]],
  ["Iraq", ["Iraq", "Baghdad"]],
  ["Afghanistan", ["Afghanistan", "Kabul"]],
  ["Ukraine", ["Ukraine", "Kyiv", "Kiev"]],
  ["India", ["India", "New Delhi"]],
  ["Pakistan", ["Pakistan", "Islamabad"]],
  ["Mexico", ["Mexico", "Mexico City"]],
  ["Canada", ["Canada", "Ottawa"]],
  ["Cuba", ["Cuba", "Havana"]],
  ["Venezuela", ["Venezuela", "Caracas"]],
  ["Singapore", ["Singapore"]],
  ["Vietnam", ["Vietnam", "Viet Nam", "Hanoi"]],
  ["Laos", ["Laos", "Lao"]],
  ["Mongolia", ["Mongolia", "Ulaanbaatar"]],
  ["Saudi Arabia", ["Saudi Arabia", "Riyadh"]],
  ["Egypt", ["Egypt", "Cairo"]],
  ["Turkey", ["Turkey", "Ankara"]],
  ["Italy", ["Italy", "Rome"]],
  ["Spain", ["Spain", "Madrid"]],
  ["Australia", ["Australia", "Canberra"]],
  ["Brazil", ["Brazil", "Brasilia"]],
  ["Taiwan", ["Taiwan", "Taipei"]],
  ["Korea", ["Korea", "Korean Peninsula", "Korean peninsula"]],
];
for (const [name, forms] of countries) for (const form of forms) COUNTRY_FORMS[form] = name;

/**
 * The other countries, by name alone: left out of the list above, a lone "Sweden" or "Libya" was
 * taken for a person's surname. Names that are also given names ("Jordan", "Chad") or places
 * elsewhere ("Georgia", a U.S. state) are not here: a wrong country is worse than none.
 */
const OTHER_COUNTRIES =
  "Albania|Algeria|Andorra|Angola|Argentina|Armenia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Cape Verde|Central African Republic|Chile|Colombia|Comoros|Costa Rica|Croatia|Cyprus|Czech Republic|Denmark|Djibouti|Dominican Republic|Ecuador|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|Gabon|Gambia|Ghana|Greece|Grenada|Guatemala|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|Indonesia|Ireland|Ivory Coast|Jamaica|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Moldova|Monaco|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Rwanda|Samoa|San Marino|Senegal|Serbia|Seychelles|Sierra Leone|Slovakia|Slovenia|Somalia|South Africa|South Sudan|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Tajikistan|Tanzania|Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkmenistan|Uganda|United Arab Emirates|Uruguay|Uzbekistan|Vanuatu|Yemen|Zambia|Zimbabwe";
for (const name of OTHER_COUNTRIES.split("|")) COUNTRY_FORMS[name] ??= name;

/**
 * Places that are no country and stand for no government: cities, regions and sites, by their
 * usual spelling. The capitals that news uses for their governments ("Pyongyang said") are country
 * forms above, not places. A name here that is also a person's ("Washington") is in the list above
 * or left out: in a name phrase of its own it is read as the place.
 */
const PLACE_NAMES =
  "Panmunjom|Panmunjeom|Kaesong|Sinuiju|Wonsan|Yongbyon|Punggye-ri|Sohae|Hamhung|Nampo|Chongjin|Rason|Mount Kumgang|Mount Paektu|Busan|Pusan|Incheon|Mangyongdae|Pyeongchang|Gangneung|Jeju|Daegu|Gwangju|Seongju|Dandong|Shenyang|Dalian|Shanghai|Hong Kong|Macau|Vladivostok|Khabarovsk|Osaka|Okinawa|Hokkaido|Guam|Hawaii|Honolulu|Alaska|Sentosa|Helsinki|Geneva|Stockholm|Brussels|Vienna|Davos|Munich|Hamburg|Manila|Jakarta|Bangkok|Kuala Lumpur|Phnom Penh|Ulan Bator|Vientiane|Da Nang|Ho Chi Minh City|Dubai|Doha|Abu Dhabi|Gaza|West Bank|Golan Heights|Crimea|Donbas|Kashmir|Tibet|Xinjiang|Camp David|Mar-a-Lago|Capitol Hill|Wall Street|Silicon Valley|New York|New York City|Los Angeles|San Francisco|Chicago|Boston|Seattle|Houston|Dallas|Miami|Atlanta|Detroit|Philadelphia|Pittsburgh|Denver|Phoenix|Las Vegas|New Orleans|Palm Beach|Alabama|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming|Asia|Europe|Africa|Oceania|Antarctica|Arctic|Middle East|Northeast Asia|East Asia|Southeast Asia|South Asia|Central Asia|Asia-Pacific|Indo-Pacific|Pacific|Atlantic|Latin America|North America|Far East|South America|Eastern Europe|Western Europe|Scandinavia|Balkans|Caucasus|Persian Gulf|Yellow Sea|East Sea|South China Sea|East China Sea|Sea of Japan|Taiwan Strait|Strait of Hormuz|Demilitarized Zone|DMZ|Northern Limit Line";

/** Places by their name folded to lower case: each one's usual spelling. */
export const PLACES = new Map(PLACE_NAMES.split("|").map((name) => [name.toLowerCase(), name]));

/**
 * Last words of a name that make it a place: "Sentosa Island", "Sunan Airport", "Kim Il Sung
 * Square". A capitalised run that ends in one names where, not who.
 */
export const PLACE_HEADS = new Set(
  "Peninsula Sea Ocean Strait Island Islands Province Prefecture County Region Zone Mountain Mountains River Bay Gulf Lake Valley Coast Canal Airport Square Avenue Boulevard Bridge Hotel Stadium Harbor Harbour Port Base City District Village Tower Islets Resort Plaza Cemetery Street Museum Palace Camp Peak Territory".split(
    " ",
  ),
);

/** Words that open a place's name the same way: "Mount Paektu", "Lake Baikal", "Gulf of Aden". */
export const PLACE_OPENERS = new Set("Mount Mt. Mt Lake Gulf Sea Strait Bay Cape".split(" "));

/**
 * Last words of a name that make it a happening, a document or a programme, which takes no part in
 * anything as a person would: "the Winter Olympics", "the Panmunjom Declaration", "the Iran
 * nuclear deal" ("Deal"), "the Singapore Summit". Such a run is no entity (a leading country in it
 * still is one).
 */
export const NOT_ENTITY_HEADS = new Set(
  "Olympics Olympic Paralympics Games Summit Declaration Agreement Accord Accords Treaty Act Resolution Resolutions Initiative Doctrine Festival Cup Exercise Exercises Drill Drills Award Prize Conference Talks Dialogue Statement Communique Plan Program Programme Strategy Amendment Crisis Deal Day Address Speech Policy Charter Uprising".split(
    " ",
  ),
);

/** Last words of a run that make it a party member's description ("Arizona Republican"), not a name. */
export const PARTY_MEMBERS = new Set(
  "Republican Republicans Democrat Democrats Democratic Independent".split(" "),
);

/** Compass words before a place: "Northeast Asia", "West Texas", "Southern California". */
export const COMPASS_WORDS = new Set(
  "North South East West Northeast Northwest Southeast Southwest Northern Southern Eastern Western Central".split(
    " ",
  ),
);

/** Demonyms, which make a role noun national: "North Korean leader", "the U.S. president". */
export const DEMONYMS: Record<string, string> = {
  "North Korean": "North Korea",
  "South Korean": "South Korea",
  "S. Korean": "South Korea",
  "N. Korean": "North Korea",
  American: "United States",
  "U.S.": "United States",
  US: "United States",
  Chinese: "China",
  "China's": "China",
  Japanese: "Japan",
  Russian: "Russia",
  British: "United Kingdom",
  French: "France",
  German: "Germany",
  Iranian: "Iran",
  Israeli: "Israel",
  Syrian: "Syria",
  Ukrainian: "Ukraine",
  Indian: "India",
  Mexican: "Mexico",
  Canadian: "Canada",
  Cuban: "Cuba",
  Korean: "Korea",
  Singaporean: "Singapore",
  Vietnamese: "Vietnam",
};

/**
 * Role nouns and their class: a definite description ("the despot", "the U.S. state secretary")
 * refers to a person introduced earlier with a role of the same class.
 */
export const ROLE_CLASS: Record<string, string> = {
  leader: "leader",
  "supreme leader": "leader",
  despot: "leader",
  dictator: "leader",
  strongman: "leader",
  tyrant: "leader",
  ruler: "leader",
  chairman: "leader",
  marshal: "leader",
  "general secretary": "leader",
  "head of state": "leader",
  president: "president",
  "vice president": "vice-president",
  "vice-president": "vice-president",
  "secretary of state": "secretary",
  "state secretary": "secretary",
  secretary: "secretary",
  "top diplomat": "secretary",
  "foreign minister": "minister",
  minister: "minister",
  "prime minister": "premier",
  premier: "premier",
  envoy: "envoy",
  "special envoy": "envoy",
  ambassador: "envoy",
  negotiator: "envoy",
  official: "official",
  spokesman: "spokesperson",
  spokeswoman: "spokesperson",
  spokesperson: "spokesperson",
  adviser: "adviser",
  advisor: "adviser",
  "national security adviser": "adviser",
  senator: "senator",
  governor: "governor",
  king: "monarch",
  queen: "monarch",
  "vice-chairman": "official",
  "vice chairman": "official",
  director: "official",
  chief: "official",
};

/** Capitalised words that form a title before a name: "Secretary of State Mike Pompeo". */
export const TITLE_WORDS = new Set(
  "President Vice Secretary Secretaries State General Chairman Chairwoman Supreme Leader Premier Prime Minister Foreign Defense Defence National Security Adviser Advisor Comrade Marshal Respected Mr. Mrs. Ms. Dr. Sen. Senator Rep. Representative Gov. Governor Ambassador Chief Deputy First Lady King Queen Special Envoy Director Excellency Spokesman Spokeswoman Judge Justice Speaker Leader Majority Minority Attorney Press Commander Gen. Lt. Col. Adm. Admiral Colonel Lieutenant Sergeant Captain Pope Crown Prince Princess Chancellor Mayor Sheriff Officer Treasury Homeland Senior Top Former Dear Generalissimo of the Party Central Committee Vice-Chairman Vice-President President-elect".split(
    " ",
  ),
);

/** Lower-case words allowed between "the" and a role noun in a description. */
export const DESCRIPTION_MODIFIERS = new Set(
  "respected beloved dear supreme top senior former then new current chief deputy foreign reclusive young north south korean american u.s. us chinese japanese russian state communist authoritarian brutal rogue nuclear-armed isolated defiant".split(
    " ",
  ),
);

/** Words in a capitalised phrase that make it an organisation. */
export const ORG_WORDS = new Set(
  "Party Ministry Committee Commission Council Agency Department Assembly Army Navy Forces Force Union Association Institute University Bank Company Corp Corp. Inc Inc. News Times Post Journal Congress Senate House Office Court Nations Organization Organisation Federation Front Government Administration Service Network Group Foundation Center Centre League Bureau Pentagon Kremlin Chongwadae Chongryon Guard Corps Command Cabinet Parliament Station Broadcasting Press Television Radio Daily Herald Tribune Review Sinmun Sinbo Sibo Ilbo Shimbun Minju Voice Democrats Republicans Images Society Conservatory Embassy Consulate School Academy Hospital Factory Mill Complex Division Confederation".split(
    " ",
  ),
);

/** Capitalised words that are never names on their own. */
export const NOT_NAMES = new Set(
  "The A An In On At As After Before When While But And Or If It He She They We I You This That These Those His Her Their Its Our My Your Then There Here What Who Why How Where Also Still Yet So For From To By With Without During Since Until Under Over Earlier Later Now Today Tonight Yesterday Tomorrow Last Next Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Meanwhile However Asked Read Look Speaking According One Two Three Some Many Most All No Not Mr Mrs Ms Both Each Every Another Such Other Even Just Only Despite Although Though Because Instead Among Amid Across Through Following Photo Image Video Watch Click Related More Advertisement Editor Note Please Copyright Source Date Twitter Facebook Instagram YouTube Friday's Thursday's God Lord Americans Koreans Like Unlike Several Should Would Could Can Did Does Do Is Are Was Were Has Have Had Must Might Any Koreas".split(
    " ",
  ),
);

/**
 * Korean and Chinese family names: in "Kim Jong Un" the family name comes first. Family names that
 * are also common English words ("No", "Ha", "Won", "Bang") are left out: a capitalised run they
 * open would be read as someone's name.
 */
export const EAST_ASIAN_SURNAMES = new Set(
  (
    "Kim Ri Lee Yi Park Pak Choe Choi Moon Mun Jong Chung Jung Suh So Yun Yoon Hwang Kang Han Jang Cho Jo " +
    "Ryu Ro Roh Ko Kwon Son Hong Xi Li Wang Zhang Liu Chen Yang Hu Jiang Mao Deng Zhou Wen Peng Ju Ahn An " +
    "Shin Sin Oh Nam Im Lim Song Yu Ho Ra Hyon Hyun Chon Jon Jeon Jeong Pae Bae Paek Baek Heo Kwak Chae " +
    "Ham Byun Pyon Ryom Yeom Thae Kye Sok Kil Koh Joo Ji Jin Sim Cheon Ding Huang Cai Guo Cui Shen Gao " +
    "Zhao Wu Xu Tian Zhu Cao Feng Yuan Dong Meng Tang Lin Luo Zheng Liang Xie Chu Chun"
  ).split(" "),
);

/** Irregular past forms of common news verbs -> third person present, for titles. */
export const IRREGULAR_PAST: Record<string, string> = {
  met: "meets",
  said: "says",
  sent: "sends",
  told: "tells",
  gave: "gives",
  made: "makes",
  took: "takes",
  held: "holds",
  went: "goes",
  came: "comes",
  saw: "sees",
  began: "begins",
  wrote: "writes",
  spoke: "speaks",
  left: "leaves",
  won: "wins",
  lost: "loses",
  led: "leads",
  brought: "brings",
  found: "finds",
  became: "becomes",
  put: "puts",
  set: "sets",
  hit: "hits",
  struck: "strikes",
  fled: "flees",
  flew: "flies",
  drew: "draws",
  threw: "throws",
  broke: "breaks",
  chose: "chooses",
  rose: "rises",
  fell: "falls",
  ran: "runs",
  sold: "sells",
  bought: "buys",
  paid: "pays",
  sought: "seeks",
  taught: "teaches",
  thought: "thinks",
  felt: "feels",
  kept: "keeps",
  stood: "stands",
  understood: "understands",
  shot: "shoots",
  signed: "signs",
  swore: "swears",
  withdrew: "withdraws",
  undertook: "undertakes",
  oversaw: "oversees",
  forgave: "forgives",
  bid: "bids",
  cut: "cuts",
  let: "lets",
  quit: "quits",
  read: "reads",
  shut: "shuts",
  spread: "spreads",
  dealt: "deals",
  heard: "hears",
  meant: "means",
};

/** Of those, the ones that are verbs after a passive auxiliary: "detained Americans", but "was detained". */
export const PASSIVE_ONLY_VERBS = new Set("detained limited armed united".split(" "));

/** Words ending in -ed that are not verbs of an event in news text. */
export const NOT_VERBS = new Set(
  "united based red bed need speed seed feed creed hundred kindred hatred sacred naked wicked alleged so-called detained limited advanced armed related concerned interested supposed aged skilled talented unprecedented unexpected unnamed unidentified undisclosed undated unconfirmed unspecified".split(
    " ",
  ),
);

/** The forms of "be" that make a participle after them passive ("was detained", "is expected"). */
export const BE_FORMS = new Set("is are was were be been being".split(" "));

/**
 * Sentence-opening words that a capital letter makes look like a name: adverbs and gerunds
 * ("Shortly", "Assessing the North", "Defusing").
 */
export const SENTENCE_OPENER = /^\p{Lu}\p{Ll}{3,}(?:ly|ing)$/u;

/** Words that introduce reported speech or an auxiliary form of a verb. */
export const AUXILIARIES = new Set(
  "will would shall could can may might must has have had is are was were be been".split(" "),
);

/** Event nouns that name a happening without a verb: "the summit", "their meeting". */
export const EVENT_NOUNS = new Set(
  "summit meeting talks visit trip conference plenum election vote ceremony parade test launch".split(" "),
);

/** Verbs of meeting and visiting, which take place where the dateline places them. */
export const MEETING_VERBS = new Set(
  "met meets hosted hosts received receives visited visits greeted greets welcomed welcomes".split(" "),
);

export const STOPWORDS = new Set(
  "a an the and or but of to in on at by for from with as is are was were be been being has have had do does did will would shall should could can may might must that this these those it its he she they them his her their we our you your i me my not no yes so than then there here which who whom whose what when where why how all any both each few more most other some such only own same too very just also into over under after before about against between through during out up down off again further once said says say told according while because if until since per mr mrs ms s t".split(
    " ",
  ),
);
