/* lexicon_data.h -- general knowledge only: countries (aliases, demonyms,
 * capitals), well-known organizations and places, titles, speech verbs and
 * event words. No entry may exist for one article's names. */

/* Country | aliases ; separated | demonyms ; separated | capital */
static const char *const COUNTRIES[] = {
    "Afghanistan||Afghan;Afghans|Kabul",
    "Albania||Albanian|Tirana",
    "Algeria||Algerian|Algiers",
    "Andorra||Andorran|Andorra la Vella",
    "Angola||Angolan|Luanda",
    "Antigua and Barbuda|Antigua|Antiguan|Saint John's",
    "Argentina||Argentine;Argentinian|Buenos Aires",
    "Armenia||Armenian|Yerevan",
    "Australia||Australian|Canberra",
    "Austria||Austrian|Vienna",
    "Azerbaijan||Azerbaijani;Azeri|Baku",
    "Bahamas|the Bahamas|Bahamian|",
    "Bahrain||Bahraini|Manama",
    "Bangladesh||Bangladeshi|Dhaka",
    "Barbados||Barbadian|Bridgetown",
    "Belarus||Belarusian|Minsk",
    "Belgium||Belgian|Brussels",
    "Belize||Belizean|Belmopan",
    "Benin||Beninese|Porto-Novo",
    "Bhutan||Bhutanese|Thimphu",
    "Bolivia||Bolivian|La Paz",
    "Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo",
    "Botswana||Botswanan;Motswana|Gaborone",
    "Brazil||Brazilian|Brasilia",
    "Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan",
    "Bulgaria||Bulgarian|Sofia",
    "Burkina Faso||Burkinabe|Ouagadougou",
    "Burundi||Burundian|Gitega",
    "Cambodia||Cambodian|Phnom Penh",
    "Cameroon||Cameroonian|Yaounde",
    "Canada||Canadian|Ottawa",
    "Cape Verde|Cabo Verde|Cape Verdean|Praia",
    "Central African Republic||Central African|Bangui",
    "Chad||Chadian|N'Djamena",
    "Chile||Chilean|Santiago",
    "China|People's Republic of China;PRC;mainland China|Chinese|Beijing",
    "Colombia||Colombian|Bogota",
    "Comoros||Comorian|",
    "Congo|Democratic Republic of the Congo;Democratic Republic of Congo;DRC;DR Congo|Congolese|Kinshasa",
    "Costa Rica||Costa Rican|San Jose",
    "Croatia||Croatian;Croat|Zagreb",
    "Cuba||Cuban|Havana",
    "Cyprus||Cypriot|Nicosia",
    "Czech Republic|Czechia|Czech|Prague",
    "Denmark||Danish;Dane|Copenhagen",
    "Djibouti||Djiboutian|",
    "Dominica|||Roseau",
    "Dominican Republic||Dominican|Santo Domingo",
    "Ecuador||Ecuadorian|Quito",
    "Egypt||Egyptian|Cairo",
    "El Salvador||Salvadoran|San Salvador",
    "Equatorial Guinea||Equatorial Guinean;Equatoguinean|Malabo",
    "Eritrea||Eritrean|Asmara",
    "Estonia||Estonian|Tallinn",
    "Eswatini|Swaziland|Swazi|Mbabane",
    "Ethiopia||Ethiopian|Addis Ababa",
    "Fiji||Fijian|Suva",
    "Finland||Finnish;Finn|Helsinki",
    "France|French Republic|French;Frenchman;Frenchwoman|Paris",
    "Gabon||Gabonese|Libreville",
    "Gambia|The Gambia|Gambian|Banjul",
    "Georgia||Georgian|Tbilisi",
    "Germany|Federal Republic of Germany|German|Berlin",
    "Ghana||Ghanaian|Accra",
    "Greece||Greek|Athens",
    "Grenada||Grenadian|St. George's",
    "Guatemala||Guatemalan|Guatemala City",
    "Guinea||Guinean|Conakry",
    "Guinea-Bissau||Bissau-Guinean|Bissau",
    "Guyana||Guyanese|Georgetown",
    "Haiti||Haitian|Port-au-Prince",
    "Honduras||Honduran|Tegucigalpa",
    "Hungary||Hungarian|Budapest",
    "Iceland||Icelandic;Icelander|Reykjavik",
    "India|Republic of India|Indian|New Delhi",
    "Indonesia||Indonesian|Jakarta",
    "Iran|Islamic Republic of Iran|Iranian|Tehran",
    "Iraq||Iraqi|Baghdad",
    "Ireland|Republic of Ireland|Irish;Irishman;Irishwoman|Dublin",
    "Israel||Israeli|Jerusalem",
    "Italy||Italian|Rome",
    "Ivory Coast|Cote d'Ivoire|Ivorian|Yamoussoukro",
    "Jamaica||Jamaican|Kingston",
    "Japan||Japanese|Tokyo",
    "Jordan||Jordanian|Amman",
    "Kazakhstan||Kazakh|Astana",
    "Kenya||Kenyan|Nairobi",
    "Kiribati|||Tarawa",
    "Kosovo||Kosovar|Pristina",
    "Kuwait||Kuwaiti|Kuwait City",
    "Kyrgyzstan||Kyrgyz|Bishkek",
    "Laos||Lao;Laotian|Vientiane",
    "Latvia||Latvian|Riga",
    "Lebanon||Lebanese|Beirut",
    "Lesotho||Basotho|Maseru",
    "Liberia||Liberian|Monrovia",
    "Libya||Libyan|Tripoli",
    "Liechtenstein||Liechtensteiner|Vaduz",
    "Lithuania||Lithuanian|Vilnius",
    "Luxembourg||Luxembourgish;Luxembourger|Luxembourg City",
    "Madagascar||Malagasy|Antananarivo",
    "Malawi||Malawian|Lilongwe",
    "Malaysia||Malaysian|Kuala Lumpur",
    "Maldives|the Maldives|Maldivian|",
    "Mali||Malian|Bamako",
    "Malta||Maltese|Valletta",
    "Marshall Islands||Marshallese|Majuro",
    "Mauritania||Mauritanian|Nouakchott",
    "Mauritius||Mauritian|Port Louis",
    "Mexico||Mexican|Mexico City",
    "Micronesia|Federated States of Micronesia|Micronesian|Palikir",
    "Moldova||Moldovan|Chisinau",
    "Monaco||Monegasque|",
    "Mongolia||Mongolian|Ulaanbaatar",
    "Montenegro||Montenegrin|Podgorica",
    "Morocco||Moroccan|Rabat",
    "Mozambique||Mozambican|Maputo",
    "Myanmar|Burma|Myanmar;Burmese|Naypyitaw",
    "Namibia||Namibian|Windhoek",
    "Nauru||Nauruan|",
    "Nepal||Nepali;Nepalese|Kathmandu",
    "Netherlands|Holland;the Netherlands|Dutch;Dutchman;Dutchwoman|Amsterdam",
    "New Zealand||New Zealander|Wellington",
    "Nicaragua||Nicaraguan|Managua",
    "Niger||Nigerien|Niamey",
    "Nigeria||Nigerian|Abuja",
    "North Korea|DPRK;Democratic People's Republic of Korea|North Korean;North Koreans|Pyongyang",
    "North Macedonia|Macedonia|Macedonian|Skopje",
    "Norway||Norwegian|Oslo",
    "Oman||Omani|Muscat",
    "Pakistan||Pakistani|Islamabad",
    "Palau||Palauan|Ngerulmud",
    "Palestine|Palestinian territories;State of Palestine|Palestinian;Palestinians|Ramallah",
    "Panama||Panamanian|Panama City",
    "Papua New Guinea|PNG|Papua New Guinean|Port Moresby",
    "Paraguay||Paraguayan|Asuncion",
    "Peru||Peruvian|Lima",
    "Philippines|the Philippines|Philippine;Filipino;Filipina|Manila",
    "Poland||Polish|Warsaw",
    "Portugal||Portuguese|Lisbon",
    "Qatar||Qatari|Doha",
    "Republic of the Congo|Republic of Congo;Congo-Brazzaville||Brazzaville",
    "Romania||Romanian|Bucharest",
    "Russia|Russian Federation|Russian;Russians|Moscow",
    "Rwanda||Rwandan|Kigali",
    "Saint Kitts and Nevis|St. Kitts and Nevis||Basseterre",
    "Saint Lucia|St. Lucia|Saint Lucian|Castries",
    "Saint Vincent and the Grenadines|St. Vincent and the Grenadines||Kingstown",
    "Samoa||Samoan|Apia",
    "San Marino||Sammarinese|",
    "Sao Tome and Principe|||Sao Tome",
    "Saudi Arabia|Saudi;KSA|Saudi Arabian|Riyadh",
    "Senegal||Senegalese|Dakar",
    "Serbia||Serbian;Serb|Belgrade",
    "Seychelles||Seychellois|",
    "Sierra Leone||Sierra Leonean|Freetown",
    "Singapore||Singaporean|",
    "Slovakia||Slovak|Bratislava",
    "Slovenia||Slovenian;Slovene|Ljubljana",
    "Solomon Islands||Solomon Islander|Honiara",
    "Somalia||Somali|Mogadishu",
    "South Africa||South African|Pretoria",
    "South Korea|Republic of Korea;ROK|South Korean;South Koreans|Seoul",
    "South Sudan||South Sudanese|Juba",
    "Spain||Spanish;Spaniard|Madrid",
    "Sri Lanka||Sri Lankan|Colombo",
    "Sudan||Sudanese|Khartoum",
    "Suriname||Surinamese|Paramaribo",
    "Sweden||Swedish;Swede|Stockholm",
    "Switzerland||Swiss|Bern",
    "Syria|Syrian Arab Republic|Syrian;Syrians|Damascus",
    "Taiwan|Republic of China|Taiwanese|Taipei",
    "Tajikistan||Tajik|Dushanbe",
    "Tanzania||Tanzanian|Dodoma",
    "Thailand||Thai|Bangkok",
    "Timor-Leste|East Timor|Timorese|Dili",
    "Togo||Togolese|Lome",
    "Tonga||Tongan|Nuku'alofa",
    "Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain",
    "Tunisia||Tunisian|Tunis",
    "Turkey|Turkiye;Türkiye|Turkish;Turk|Ankara",
    "Turkmenistan||Turkmen|Ashgabat",
    "Tuvalu||Tuvaluan|Funafuti",
    "Uganda||Ugandan|Kampala",
    "Ukraine||Ukrainian;Ukrainians|Kyiv",
    "United Arab Emirates|UAE;Emirates|Emirati|Abu Dhabi",
    "United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons|London",
    "United States|U.S.;US;USA;U.S.A.;United States of America;America|American;Americans|Washington",
    "Uruguay||Uruguayan|Montevideo",
    "Uzbekistan||Uzbek|Tashkent",
    "Vanuatu||Ni-Vanuatu|Port Vila",
    "Vatican City|Holy See;Vatican||",
    "Venezuela||Venezuelan|Caracas",
    "Vietnam|Viet Nam|Vietnamese|Hanoi",
    "Yemen||Yemeni|Sanaa",
    "Zambia||Zambian|Lusaka",
    "Zimbabwe||Zimbabwean|Harare",
};

/* Other cities, with the country each lies in ("name|country"; none where
 * the country is disputed or the name is one of several places). */
static const char *const CITIES[] = {
    "New York|United States", "Kansas City|United States", "Oklahoma City|United States",
    "Salt Lake City|United States", "Mexico City|Mexico", "Jersey City|United States",
    "Atlantic City|United States", "Carson City|United States", "Iowa City|United States",
    "Quezon City|Philippines", "Ho Chi Minh City|Vietnam", "Kuwait City|Kuwait", "Panama City|Panama",
    "Guatemala City|Guatemala", "Vatican City", "Los Angeles|United States", "Chicago|United States",
    "San Francisco|United States", "Houston|United States", "Miami|United States", "Boston|United States",
    "Seattle|United States", "Atlanta|United States", "Dallas|United States", "Philadelphia|United States",
    "Detroit|United States", "St. Petersburg", "Shanghai|China", "Hong Kong|China", "Guangzhou|China",
    "Shenzhen|China", "Osaka|Japan", "Mumbai|India", "Karachi|Pakistan", "Lahore|Pakistan", "Istanbul|Turkey",
    "Dubai|United Arab Emirates", "Geneva|Switzerland", "Zurich|Switzerland", "Frankfurt|Germany", "Munich|Germany",
    "Hamburg|Germany", "Milan|Italy", "Barcelona|Spain", "Sydney|Australia", "Melbourne|Australia",
    "Toronto|Canada", "Montreal|Canada", "Vancouver|Canada", "Sao Paulo|Brazil", "Rio de Janeiro|Brazil",
    "Johannesburg|South Africa", "Lagos|Nigeria", "Kandahar|Afghanistan", "Aleppo|Syria", "Mosul|Iraq",
    "Basra|Iraq", "Gaza", "Tel Aviv|Israel", "Kharkiv|Ukraine", "Odesa|Ukraine", "Odessa|Ukraine",
    "Mariupol|Ukraine", "Lviv|Ukraine", "Donetsk", "Luhansk", "Crimea", "Busan|South Korea", "Incheon|South Korea",
    "Davos|Switzerland", "The Hague|Netherlands", "Strasbourg|France", "Vladivostok|Russia", "Khabarovsk|Russia",
    "Brisbane|Australia", "Perth|Australia", "Auckland|New Zealand", "Kolkata|India", "Chennai|India",
    "Bangalore|India", "Manchester|United Kingdom", "Liverpool|United Kingdom", "Edinburgh|United Kingdom",
    "Glasgow|United Kingdom", "Lyon|France", "Marseille|France", "Naples|Italy", "Venice|Italy", "Florence|Italy",
};

/* Regions and continents (name | kind: r=region, c=continent | aliases,
 * ; separated). The states of the United States carry the abbreviations
 * news datelines use ("PASADENA, Calif."), without their full stop (the
 * tokenizer splits it off unless the abbreviation has inner stops:
 * "N.H."), where the abbreviation is no common word or title. Those that
 * are ("Miss.", "Ill.", "Wash.", "Pa.") are listed with their full stop,
 * which no token carries: mentions.c reads them after a city and a comma
 * ("ALTOONA, Pa."); so are the postal codes ("AL.", "NC."), which
 * mentions.c reads after a city and a comma without the stop ("Charlotte,
 * NC"). Kind s: a state of the United States. "Georgia" names
 * the country; the state is read where the article names other states
 * (mentions.c). */
static const char *const REGIONS[] = {
    "Europe|c", "Asia|c", "Africa|c", "North America|c", "South America|c", "Latin America|r",
    "Antarctica|c", "Oceania|c", "East Asia|r", "Southeast Asia|r", "South Asia|r",
    "Central Asia|r", "Middle East|r", "Western Europe|r", "Eastern Europe|r",
    "Central Europe|r", "Northern Europe|r", "Southern Europe|r", "North Africa|r",
    "West Africa|r", "East Africa|r", "Sub-Saharan Africa|r", "Sahel|r", "Balkans|r",
    "Caucasus|r", "Indo-Pacific|r", "Asia-Pacific|r", "Korean Peninsula|r", "Persian Gulf|r",
    "Gulf|r", "Arctic|r", "Caribbean|r", "Scandinavia|r", "Baltic|r", "South China Sea|r",
    "East China Sea|r", "Black Sea|r", "Red Sea|r", "Mediterranean|r", "Pacific|r",
    "Atlantic|r", "West Bank|r", "Gaza Strip|r", "Golan Heights|r", "Donbas|r", "Kashmir|r",
    "Taiwan Strait|r", "Siberia|r", "New England|r", "Midwest|r", "Pacific Northwest|r",
    "Alabama|s|Ala;AL.", "Alaska|s|AK.", "Arizona|s|Ariz;AZ.", "Arkansas|s|Ark;AR.", "California|s|Calif;CA.",
    "Colorado|s|Colo;CO.", "Connecticut|s|Conn;CT.", "Delaware|s|Del.;DE.", "Florida|s|Fla;FL.", "Georgia|s|Ga;GA.",
    "Hawaii|s|HI.", "Idaho|s|ID.", "Illinois|s|Ill.;IL.", "Indiana|s|Ind.;IN.", "Iowa|s|IA.", "Kansas|s|Kan;KS.",
    "Kentucky|s|Ky;KY.", "Louisiana|s|La.", "Maine|s|ME.", "Maryland|s|Md.", "Massachusetts|s|Mass.;MA.",
    "Michigan|s|Mich;MI.", "Minnesota|s|Minn;MN.", "Mississippi|s|Miss.;MS.", "Missouri|s|Mo.",
    "Montana|s|Mont;MT.", "Nebraska|s|Neb;NE.", "Nevada|s|Nev;NV.", "New Hampshire|s|N.H.;NH.",
    "New Jersey|s|N.J.;NJ.", "New Mexico|s|N.M.;NM.", "North Carolina|s|N.C.;NC.", "North Dakota|s|N.D.;ND.",
    "Ohio|s|OH.", "Oklahoma|s|Okla;OK.", "Oregon|s|Ore.;OR.", "Pennsylvania|s|Pa.", "Rhode Island|s|R.I.;RI.",
    "South Carolina|s|S.C.;SC.", "South Dakota|s|S.D.;SD.", "Tennessee|s|Tenn;TN.", "Texas|s|TX.", "Utah|s|UT.",
    "Vermont|s|Vt;VT.", "Virginia|s|Va.", "West Virginia|s|W.Va.;WV.", "Wisconsin|s|Wis;WI.", "Wyoming|s|Wyo;WY.",
};

/* Organization | aliases ; separated | affiliated country (or empty) */
static const char *const ORGANIZATIONS[] = {
    "United Nations|UN;U.N.|",
    "United Nations Security Council|UNSC;UN Security Council;U.N. Security Council|",
    "United Nations General Assembly|UNGA;UN General Assembly;U.N. General Assembly|",
    "NATO|North Atlantic Treaty Organization|",
    "European Union|EU;E.U.|",
    "European Commission||",
    "African Union|AU|",
    "ASEAN|Association of Southeast Asian Nations|",
    "OPEC|Organization of the Petroleum Exporting Countries|",
    "World Health Organization|WHO|",
    "World Trade Organization|WTO|",
    "International Monetary Fund|IMF|",
    "World Bank||",
    "International Atomic Energy Agency|IAEA|",
    "International Criminal Court|ICC|",
    "Red Cross|International Committee of the Red Cross;ICRC|",
    "G7|Group of Seven|",
    "G20|Group of 20|",
    "CIA|Central Intelligence Agency|United States",
    "FBI|Federal Bureau of Investigation|United States",
    "NSA|National Security Agency|United States",
    "Pentagon|Department of Defense;Defense Department;U.S. Defense Department|United States",
    "State Department|Department of State;U.S. State Department;US State Department|United States",
    "White House||United States",
    "Congress|U.S. Congress;US Congress|United States",
    "Senate|U.S. Senate;US Senate|",
    "House of Representatives|U.S. House of Representatives|United States",
    "Supreme Court|U.S. Supreme Court|",
    "National Security Council|NSC|",
    "U.S. Marine Corps|United States Marine Corps;Marine Corps;US Marine Corps|United States",
    "U.S. Army|United States Army;US Army|United States",
    "U.S. Navy|United States Navy;US Navy|United States",
    "U.S. Air Force|United States Air Force;US Air Force|United States",
    "Kremlin||Russia",
    "Taliban||Afghanistan",
    "Hamas||",
    "Hezbollah||",
    "Islamic State|ISIS;ISIL;Islamic State group|",
    "al-Qaida|al-Qaeda;al Qaeda|",
    "Democratic Party|Democrats|United States",
    "Republican Party|Republicans;GOP|United States",
    "Communist Party|Chinese Communist Party;CCP|China",
    /* (in Britain, Canada and elsewhere: no country) */
    "Conservative Party|Conservatives;Tories;Tory Party|",
    "Labour Party|Labour|",
    "Voice of America|VOA;voanews.com|United States",
    "Reuters|reuters.com|",
    "Associated Press|AP;apnews.com|",
    "Agence France-Presse|AFP|",
    "BBC|British Broadcasting Corporation;bbc.com;bbc.co.uk|United Kingdom",
    "CNN|cnn.com|United States",
    "CBS News|CBS;cbsnews.com|United States",
    "NBC News|NBC;nbcnews.com|United States",
    "Al Jazeera|aljazeera.com|Qatar",
    "Xinhua|Xinhua News Agency|China",
    "TASS||Russia",
    "Yonhap|Yonhap News Agency|South Korea",
    "KCNA|Korean Central News Agency|North Korea",
    "The New York Times|New York Times;nytimes.com|United States",
    "The Washington Post|Washington Post;washingtonpost.com|United States",
    "Polygraph.info||",
};

/* Title head nouns (a title ends in one). */
static const char *const TITLE_HEADS[] = {
    "president", "vice president", "minister", "prime minister", "secretary", "spokesperson",
    "spokesman", "spokeswoman", "official", "officials", "adviser", "advisor", "envoy",
    "ambassador", "chairman", "chairwoman", "chair", "director", "general", "colonel",
    "lieutenant", "captain", "admiral", "sergeant", "commander", "chief", "leader", "king",
    "queen", "prince", "princess", "premier", "chancellor", "senator", "representative",
    "congressman", "congresswoman", "governor", "mayor", "lawmaker", "judge", "justice",
    "attorney", "lawyer", "solicitor", "prosecutor", "analyst", "professor", "researcher", "economist",
    "fellow", "ceo", "co-ceo", "executive", "founder", "head", "counselor", "diplomat", "officer",
    "inspector-general", "speaker", "editor", "correspondent", "reporter", "pope", "cardinal",
    "bishop", "emir", "sheikh", "ayatollah", "strategist", "scientist", "expert", "aide",
    "negotiator", "coordinator", "commissioner", "administrator", "superintendent", "marshal",
    "dr.", "sen.", "rep.", "gov.", "gen.", "col.", "lt.", "capt.", "adm.", "sgt.",
    "maj.", "prof.", "lt", "col", "gen", "sgt", "capt", "adm", "cpl", "pvt", "cmdr",
    /* British police ranks and councillors as their press offices write them
     * ("Det Supt Claire Hughes", "DCI Sarah Webb", "Cllr John Burns"; not
     * "PC", a computer as often: "PC World") */
    "supt", "supt.", "insp", "insp.", "dci", "pcso", "cllr", "cllr.",
    "president-elect", "manager", "deputy", "undersecretary", "attaché",
    "consul", "vice-president", "secretary-general", "chairperson", "member", "partner",
    "owner", "counsel", "vice-premier", "coach", "engineer", "doctor", "nurse", "teacher", "farmer", "pilot", "historian",
    "architect", "author", "writer", "journalist", "photographer", "student", "scholar",
    "investigator", "inspector", "detective", "sheriff", "activist", "advocate", "specialist",
    "candidate", "nominee", "monarch", "dictator", "lord", "crown prince", "foreign minister",
    /* culture, sports, science and business: "singer Taylor Swift", "striker Harry Kane" */
    "singer", "actor", "actress", "rapper", "musician", "guitarist", "drummer", "bassist", "frontman",
    "songwriter", "composer", "conductor", "pianist", "violinist", "producer", "filmmaker", "playwright",
    "novelist", "poet", "artist", "painter", "sculptor", "designer", "comedian", "dancer", "choreographer",
    "chef", "player", "striker", "goalkeeper", "midfielder", "defender", "winger", "quarterback", "pitcher",
    "batsman", "bowler", "jockey", "cyclist", "sprinter", "swimmer", "boxer", "wrestler", "golfer", "skier",
    "patriarch", "imam", "pastor", "priest", "chaplain",
    "kicker", "punter", "linebacker", "cornerback", "receiver", "running back", "tight end", "lineman",
    "defenseman", "shortstop", "catcher", "outfielder", "infielder", "wicketkeeper", "all-rounder", "fly-half",
    "scrum-half", "flanker", "centre-back", "center-back", "full-back", "left-back", "right-back", "point guard",
    "athlete", "champion", "teammate", "team mate", "driver", "rider", "principal", "referee", "umpire",
    "physician", "surgeon", "epidemiologist",
    "virologist", "biologist", "physicist", "chemist", "astronomer", "psychologist", "entrepreneur",
    "investor", "banker", "co-founder", "cofounder", "boss",
    "politician", "legislator", "campaigner", "businessman", "businesswoman",
};

/* Words that may precede a title head inside a title. */
static const char *const TITLE_MODIFIERS[] = {
    "former", "deputy", "vice", "acting", "senior", "top", "chief", "major", "foreign", "defense", "team", "shadow",
    "defence", "interior", "finance", "economy", "trade", "commerce", "justice", "health",
    "education", "energy", "national", "security", "intelligence", "special", "assistant",
    "principal", "press", "military", "state", "prime", "executive", "managing", "affairs",
    "home", "agriculture", "environment", "first", "general", "associate", "junior",
    "regional", "international", "public", "police", "army", "naval", "navy", "air",
    "council", "policy", "political", "legal", "economic", "research", "program", "programme",
    "staff", "supreme", "high", "lead", "longtime", "retired", "then", "interim", "incoming",
    "outgoing", "current", "co-founder", "founding", "nonresident", "non-resident", "visiting",
    "information", "transport", "labor", "labour", "culture", "industry", "technology",
    "science", "housing", "immigration", "homeland", "treasury", "war", "emergency", "district",
    "cabinet", "communications", "spy", "diplomatic", "presidential", "white", "house",
    "majority", "minority", "ranking", "republican", "democratic", "opposition", "party",
    "government", "ministry", "department", "u.s.", "us", "un", "u.n.", "eu", "nato",
    "fisheries", "tourism", "sports", "youth", "women", "water", "forestry", "mining",
    "petroleum", "planning", "development", "veterans", "welfare", "works", "social",
    "digital", "climate", "oil", "finance", "budget", "revenue", "aviation", "railways",
    /* a company's officers: "Chief Financial Officer", "chief operating officer" */
    "financial", "operating", "marketing", "investment", "commercial", "compliance", "administrative",
};

/* Words that make a capitalized phrase an organization. */
static const char *const ORG_WORDS[] = {
    "ministry", "department", "council", "center", "centre", "corps", "agency",
    /* plural heads of one body: "Centers for Disease Control", "National Institutes of Health" */
    "centers", "centres", "institutes", "laboratories", "academies",
    "organization", "organisation", "program", "programme", "institute", "institution",
    "university", "college", "party", "committee", "subcommittee", "commission", "office", "bureau", "court",
    "army", "navy", "force", "forces", "command", "bank", "company", "corporation", "corp.", "bros.",
    "inc.", "ltd.", "llc", "inc", "ltd", "corp", "plc", "association", "union", "foundation", "federation", "service",
    "services", "schools", "police", "constabulary", "parliament", "assembly", "senate", "congress", "academy", "school",
    "hospital", "clinic", "times", "post", "news", "network", "fund", "authority", "board",
    "administration", "guard", "coalition", "alliance", "league", "society", "trust", "club",
    "airlines", "airways", "motors", "group", "cabinet", "government", "secretariat",
    "tribunal", "directorate", "brigade", "regiment", "battalion", "division", "fleet",
    "forum", "initiative", "project", "lab", "laboratory", "exchange", "holdings",
    "industries", "technologies", "systems", "partners", "capital", "media", "press",
    "television", "radio", "journal", "herald", "tribune", "gazette", "magazine", "daily",
    "church", "mission", "embassy", "consulate", "house", "caucus", "chamber", "survey", "observatory",
    "community", "movement", "endowment", "pac", "desk", "front",
    /* words that end company names: "Lumina Semiconductor", "Vertex
     * Pharmaceuticals", "Wedbush Securities" */
    "semiconductor", "semiconductors", "pharmaceuticals", "therapeutics", "biosciences",
    "electronics", "securities", "insurance", "logistics", "entertainment", "communications",
    "telecom", "robotics", "aerospace", "automotive", "financial", "investments", "ventures",
    "enterprises", "laboratories", "labs", "brands", "foods", "petroleum", "studios", "bancorp",
    "architects", "associates", "engineers", "consultants", "devices", "instruments", "analytics",
    "advisors", "advisers",
};

/* Nouns by which news refers back to a company or other organization it
 * has named ("the company said", "the automaker", "the club"): "the" and
 * such a noun stand for the organization the article has named most. */
static const char *const COMPANY_NOUNS[] = {
    "company", "firm", "corporation", "automaker", "carmaker", "retailer", "airline", "carrier",
    "insurer", "lender", "startup", "chipmaker", "drugmaker", "manufacturer", "conglomerate", "maker",
    "planemaker", "jetmaker", "steelmaker", "toymaker", "chain", "brokerage", "supermarket",
    "supplier", "brand", "club", "studio", "platform", "utility", "nonprofit", "charity", "group", "operator", "label",
    "start-up", "fintech", "publication", "newspaper", "magazine", "tabloid", "website", "outlet", "band",
    "journal", "daily", "weekly", "broadsheet",
    /* not nouns that also name people: "producer Rick Rubin", "publisher
     * Rupert Murdoch", "software developer Ana Ruiz", "broadcaster David
     * Attenborough" */
};

/* Words of the names of public bodies: "the company", "the group" never
 * describe a court, a ministry or a commission ("Regulators at the
 * Consumer Product Safety Commission ... the company said" is the
 * company's). */
static const char *const PUBLIC_BODY_WORDS[] = {
    "ministry", "department", "court", "commission", "committee", "council", "agency", "bureau",
    "police", "parliament", "senate", "congress", "assembly", "government", "administration",
    "army", "navy", "military", "tribunal", "authority", "office", "house", "cabinet", "service",
};

/* Nouns for made things a name may be given to: a name right before one
 * ("the Falcon Heavy rocket") or in apposition after one ("the drug,
 * Zurzuvae,") names a product, not a person. Not works ("the Gregory
 * Maguire novel", "the Fernandel vehicle" name their makers). */
static const char *const PRODUCT_NOUNS[] = {
    "drug", "medicine", "medication", "vaccine", "pill", "treatment", "therapy", "device", "app",
    "software", "smartphone", "rocket", "spacecraft", "satellite", "probe", "rover", "lander",
    "telescope", "aircraft", "airliner", "helicopter", "warship", "submarine", "missile", "drone",
    "chip", "processor", "console", "chatbot", "variant", "headset", "tablet", "laptop", "capsule", "car",
    "vehicle", "jet", "plane", "phone", "robot", "sedan", "truck", "suv", "pickup", "minivan", "hatchback",
    "booster", "tour", "album", "system",
};

/* Names of peoples, faiths and ethnic groups, in the plural ("Muslims",
 * "Latinos"): many people, no one actor (plural demonyms of countries are
 * the countries' nationals, ng_mn_nationals in mentions_passes.c). */
static const char *const PEOPLE_NAMES[] = {
    "muslims", "christians", "jews", "hindus", "buddhists", "sikhs", "catholics", "protestants", "evangelicals",
    "mormons", "sunnis", "shiites", "shias", "latinos", "latinas", "latinx", "hispanics", "african-americans",
    "asian-americans", "arabs", "kurds", "uyghurs", "uighurs", "rohingya", "roma", "yazidis", "druze", "copts",
};

/* Short lower-case words inside personal names: "Ursula von der Leyen",
 * "Laurence des Cars", "Luiz Inacio Lula da Silva", "Erik ten Hag",
 * "Marc-Andre ter Stegen". */
static const char *const NAME_PARTICLES[] = {"al", "bin", "bint", "da",  "de",  "del", "della", "der",
                                             "des", "di", "do",   "dos", "du",  "el",  "ibn",   "la",
                                             "le",  "te", "ten",  "ter", "van", "von", "y"};

/* Generational suffixes that end a personal name ("Joseph R. Biden Jr.",
 * "Martin Luther King Jr."): the surname is the word before. */
static const char *const NAME_SUFFIXES[] = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"};

/* Titles of those a country sends to a body or another country: the body
 * named before one ("Russia's deputy U.N. ambassador") is where the
 * person is posted, the country before it the employer. */
static const char *const ENVOY_HEADS[] = {
    "ambassador", "ambassadors", "envoy", "envoys", "representative", "delegate", "emissary",
};

/* Nouns that describe a public or international body of any kind: "the
 * agency said" after "the World Health Organization" is the WHO, though
 * its name has no "agency" in it. */
static const char *const BODY_NOUNS[] = {
    "agency", "organization", "organisation", "body", "watchdog", "regulator", "institution",
};

/* British spellings and the American ones the lexicon's names use: a name
 * not found as written is looked up again respelled ("World Health
 * Organisation" is the World Health Organization). */
static const char *const SPELLING_VARIANTS[][2] = {
    {"isation", "ization"}, {"defence", "defense"}, {"centre", "center"}, {"programme", "program"},
};

/* Last words of the names of happenings ("the Six-Day War", "the Arab
 * Spring uprising", "the Summer Olympic Games", "the World Cup"): such a
 * name is no one's, so the rules make no person of it (where the tagger
 * reads the words as an organization, that reading still stands). */
static const char *const HAPPENING_HEADS[] = {
    "war", "wars", "revolution", "crisis", "uprising", "massacre", "games", "olympics", "cup",
    "championship", "championships", "tournament", "festival", "summit", "marathon", "expo", "pandemic",
    "finals", "final", "open", "series", "bowl", "prix", "awards", "masters", "trophy",
    /* (plurals: "win consecutive Super Bowls", "two World Cups") */
    "bowls", "cups", "tournaments", "festivals", "summits", "marathons", "trophies",
};

/* Last words of place names: "San Francisco Bay Area", "Jordan Valley",
 * "Central Park", "the Grand Ethiopian Renaissance Dam", "Wembley Stadium":
 * such a name is one place (unless a person's cues say otherwise). */
static const char *const PLACE_HEADS[] = {
    "area", "valley", "bay", "island", "islands", "peninsula", "coast", "sea", "ocean", "river",
    "mountains", "desert", "strait", "lake", "park", "square", "airport", "harbor", "harbour",
    "bridge", "street", "avenue", "boulevard", "canal", "dam", "reservoir", "stadium", "arena",
    "highway", "pipeline", "palace", "prison", "gulf", "glacier", "volcano", "waterfall", "falls",
    "theatre", "theater", "cathedral", "mosque", "synagogue", "temple", "castle", "tower", "memorial",
    "monument", "cemetery", "plaza", "shoal", "reef", "atoll", "lagoon", "canyon", "crater", "plateau", "ridge",
    "hills", "fjord", "marsh", "delta", "building", "courthouse", "museum", "gallery", "key", "keys", "beach",
    "springs", "creek", "heights", "amphitheatre", "amphitheater", "pavilion", "auditorium", "coliseum",
    "colosseum", "ballpark", "speedway", "raceway", "racecourse", "racetrack", "velodrome", "st.", "ave.",
    "blvd.", "rd.", "place",
};

/* Era marks written next to a year ("508 BC", "AD 1200"): part of a
 * date, never an organization's acronym. */
static const char *const ERA_WORDS[] = {"bc", "bce", "ad", "ce", "b.c.", "a.d.", "b.c.e.", "c.e."};

/* Words that name a storm when a capitalized name follows ("Hurricane
 * Helene", "Tropical Storm Hilary"): the name is the storm's, no actor. */
static const char *const STORM_WORDS[] = {
    "hurricane", "typhoon", "cyclone", "storm", "superstorm", "supertyphoon",
};

/* Verbs that report a game's result when a score follows ("Liverpool
 * beat Arsenal 3-1", "drew 1-1 with Bayern"): the game is the event. */
static const char *const RESULT_VERBS[] = {
    "beat", "beats", "beaten", "defeated", "defeats", "defeat", "won", "wins", "win", "lost", "loses", "lose",
    "drew", "draws", "draw", "edged", "edges", "thrashed", "routed", "crushed", "downed", "upset",
    "overcame", "outscored", "swept", "tied", "ties", "beating", "defeating", "winning", "losing", "drawing",
    "edging", "thrashing", "routing", "crushing", "downing", "overcoming", "sweeping",
    "stopped", "stops", "stopping", "outpointed", "knocked",
};

/* Words of a contest: a verb of RESULT_VERBS with an opponent and one of
 * these after it is a game even without a score ("stopping Hasim Rahman in
 * the seventh round", "beat Federer in straight sets"). */
static const char *const CONTEST_WORDS[] = {
    "round", "rounds", "set", "sets", "final", "finals", "semifinal", "semifinals", "semi-final",
    "semi-finals", "quarterfinal", "quarterfinals", "quarter-final", "quarter-finals", "overtime",
    "penalties", "shootout", "innings", "match", "bout", "fight", "race", "tiebreak", "tie-break",
    "playoff", "playoffs", "play-off", "play-offs", "knockout", "tournament", "championship",
};

/* Nouns an eponym names with its possessive: "Alzheimer's disease",
 * "Tourette's syndrome" name an illness, not a person. */
static const char *const EPONYM_HEADS[] = {
    "disease", "syndrome", "palsy", "sarcoma", "lymphoma", "ataxia", "dementia",
};

/* What only a company has: "shares of Pfizer", "Pfizer's shareholders". */
static const char *const COMPANY_HOLDINGS[] = {
    "shares", "stock", "shareholders", "stockholders", "subsidiary", "subsidiaries",
};

/* Nouns that, after a demonym or country, name an unnamed group. */
static const char *const GROUP_NOUNS[] = {
    "officials", "analysts", "experts", "diplomats", "lawmakers", "authorities", "leaders",
    "negotiators", "observers", "sources", "investigators", "prosecutors", "commanders",
    "officers", "forces", "troops", "soldiers", "military", "intelligence", "media",
    "politicians", "legislators", "ministers", "envoys", "spokespeople", "representatives",
    "researchers", "scientists", "critics", "activists", "protesters", "residents", "citizens",
    "voters", "delegates", "delegation", "regulators", "agencies", "administration", "personnel",
};

/* Capitalized words that start sentences but never start names. */
static const char *const STOP_CAPS[] = {
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "if", "when", "while",
    "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his",
    "her", "its", "their", "our", "my", "your", "both", "other", "after", "before", "as",
    "for", "with", "by", "from", "to", "of", "there", "here", "what", "who", "why", "how",
    "some", "many", "most", "such", "also", "however", "meanwhile", "last", "next", "yet",
    "still", "since", "because", "although", "though", "then", "now", "today", "yesterday",
    "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
    "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "all", "any", "each", "every", "no",
    "not", "one", "two", "three", "several", "more", "much", "only", "even", "just", "instead",
    "according", "asked", "speaking", "under", "over", "during", "despite", "about", "among",
    "between", "against", "without", "within", "through", "into", "until", "unless",
    "whether", "where", "which", "whose", "whom", "mr.", "mrs.", "ms.", "dr.", "former",
    "others", "few", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody",
    "whoever",
    "earlier", "later", "once", "again", "already", "perhaps", "maybe", "indeed", "thus",
    "therefore", "nevertheless", "nonetheless", "moreover", "furthermore", "besides",
    "similarly", "likewise", "overall", "finally", "first", "second", "third", "another",
    "new", "recent", "source", "photo", "read", "watch", "related", "advertisement", "getty",
    "images", "file", "editor's", "note", "update", "updated", "breaking", "exclusive",
    "analysis", "opinion", "us", "him", "them", "me", "do", "does", "did", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can",
    "may", "might", "must", "let", "please", "thanks", "yes", "no", "oh", "well", "like",
    "never", "always", "specifically", "notably", "importantly", "separately", "additionally",
    "neither", "either", "nor", "roughly", "nearly", "almost", "approximately", "around", "currently",
    "recently", "eventually", "unlike", "amid", "following", "including", "except", "via", "whereas",
    "upon", "toward", "towards", "beyond", "behind", "below", "above", "across", "along", "alongside",
    /* abbreviations of common words, never names */
    "asap", "tv", "pc", "gdp", "faq", "usb", "hd", "vr", "dna", "hiv", "gmt", "utc", "ok", "diy", "etc",
};

/* Reporting verbs (1) and cognition verbs (2). */
static const char *const SPEECH_VERBS[] = {
    "said|1", "says|1", "say|1", "saying|1", "told|1", "tells|1", "tell|1", "added|1",
    "adds|1", "noted|1", "notes|1", "stated|1", "states|1", "explained|1", "explains|1",
    "asked|1", "asks|1", "answered|1", "replied|1", "responded|1", "wrote|1", "writes|1",
    "declared|1", "announced|1", "announces|1", "warned|1", "warns|1", "argued|1",
    "argues|1", "insisted|1", "insists|1", "claimed|1", "claims|1", "suggested|1",
    "suggests|1", "questioned|1", "disputed|1", "indicated|1", "indicates|1", "repeated|1",
    "reiterated|1", "stressed|1", "emphasized|1", "emphasised|1", "acknowledged|1",
    "admitted|1", "confirmed|1", "denied|1", "urged|1", "urges|1", "urge|1", "urging|1",
    "prayed|1", "praying|1", "prays|1", "demanded|1", "demanding|1", "accusing|1",
    "continued|1", "written|1", "joked|1", "quipped|1", "recounted|1", "boasted|1", "complained|1",
    "lamented|1", "adding|1", "noting|1", "arguing|1", "warning|1", "insisting|1", "claiming|1",
    "stressing|1", "explaining|1", "telling|1", "accused|1", "accuses|1", "described|1", "alleged|1",
    "alleges|1", "alleging|1", "predicted|1", "promised|1", "pledged|1", "vowed|1",
    "threatened|1", "begged|1", "pleaded|1", "rejected|1", "dismissed|1", "tweeted|1", "posted|1", "testified|1", "recalled|1", "remarked|1",
    "observed|1", "commented|1", "conceded|1", "contended|1", "maintained|1", "asserted|1",
    "reported|1", "revealed|1", "estimated|1", "described|1", "criticized|1",
    "condemned|1", "denounced|1", "cautioned|1", "countered|1", "concluded|1", "agreed|1", "added.|1",
    "believe|2", "believes|2", "believed|2", "think|2", "thinks|2", "thought|2", "fear|2",
    "fears|2", "feared|2", "expect|2", "expects|2", "expected|2", "hope|2", "hopes|2",
    "hoped|2", "worry|2", "worries|2", "worried|2", "doubt|2", "doubts|2", "assess|2",
    "assessed|2", "assesses|2", "concluded|2", "know|2", "knew|2", "understand|2",
    "recognize|2", "recognizes|2", "recognized|2", "recognise|2", "recognises|2", "recognised|2",
};

/* Event triggers: word or phrase | project class. Phrases use single spaces. */
/* Event triggers live in schemas/event-triggers.tsv (embedded at build time). */


/* Abbreviations whose period does not end a sentence by itself. The second
 * list are titles: they are never sentence ends. */
static const char *const ABBREVIATIONS[] = {
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.",
    "dec.", "no.", "vs.", "v.", "etc.", "inc.", "corp.", "ltd.", "co.", "bros.", "jr.", "sr.", "st.", "ave.",
    "approx.", "est.", "dept.", "univ.", "mt.", "ft.", "a.m.", "p.m.", "e.g.", "i.e.", "u.s.",
    "u.n.", "u.k.", "e.u.", "d.c.", "u.s.a.",
};
static const char *const TITLE_ABBREVIATIONS[] = {
    "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "col.", "lt.", "sgt.", "capt.", "adm.",
    "maj.", "cmdr.", "sen.", "rep.", "gov.", "pres.", "rev.", "hon.", "amb.", "gens.", "sens.",
    "reps.", "messrs.", "fr.", "st.",
    /* courtesy titles as British and Australian style writes them, without a full stop */
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "messrs", "mme", "mlle",
};
/* Courtesy titles among them: they say how a person is addressed, not what
 * post the person holds, so they are never a person's title ("Ms. Rivera,
 * a spokeswoman": her title is "spokeswoman"; "Dr. Kluge, the regional
 * director": "regional director"). */
static const char *const COURTESY_TITLES[] = {
    "mr.", "mrs.", "ms.", "messrs.", "mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle", "dr.", "dr",
    /* British honours, before a full name or a given name ("Sir Keir") */
    "sir", "dame",
    /* clergy addressed so before a name ("Archbishop Paul Gallagher",
     * "Sister Simona Brambilla") */
    "archbishop", "rabbi", "sister", "brother",
};
