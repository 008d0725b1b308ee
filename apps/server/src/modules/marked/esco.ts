/**
 * A small ESCO demo taxonomy, so the embedded demo's course marketplace works without importing the full ESCO.
 *
 * It is a hand-picked slice of ESCO v1.1.1 (the European Commission's classification of occupations and skills):
 * 14 occupations that are typical goals for citizens at a Danish jobcentre, and the skills they use. Every URI,
 * ISCO-08 code, English label and essential/optional relation is taken from the official ESCO v1.1.1 files; for each
 * occupation only the most practical of ESCO's related skills are included. The Danish occupation labels are ESCO's
 * Danish labels (v1.0.8); where ESCO's preferred Danish label is not what people say (the cargo vehicle driver is
 * "bagagevognschauffør", the child day care worker "medarbejder i en børnepasningsordning") one of ESCO's own Danish
 * alternative labels is used instead. ESCO has no Danish skill labels we could use, so the Danish skill labels and
 * the synonyms are written by hand. A few transversal, language and digital skills that courses often teach are added.
 *
 * The full ESCO import replaces this module; until then, offers and job goals can only refer to what is here.
 *
 * This service uses the ESCO classification of the European Commission.
 */

/** An ESCO skill or knowledge concept. */
export interface EscoFaerdighed {
  /** ESCO concept URI, http://data.europa.eu/esco/skill/… */
  uri: string;
  /** hand-written Danish label, unique in this list */
  da: string;
  /** ESCO's English preferred label */
  en: string;
}

/** An ESCO occupation with the skills ESCO relates to it (a selection of them). */
export interface EscoErhverv {
  /** ESCO concept URI, http://data.europa.eu/esco/occupation/… */
  uri: string;
  /** ISCO-08 unit group, 4 digits */
  isco: string;
  da: string;
  en: string;
  /** Danish words people use for the occupation, written by hand */
  synonymer: string[];
  /** skill URIs ESCO marks essential for the occupation */
  essentielle: string[];
  /** skill URIs ESCO marks optional for the occupation */
  valgfrie: string[];
}

export const ESCO_FAERDIGHEDER: readonly EscoFaerdighed[] = [
  // warehouse worker
  {
    uri: "http://data.europa.eu/esco/skill/2cae39d6-78c2-4ce3-bee8-628504371463",
    da: "modtage varer",
    en: "receive goods",
  },
  {
    uri: "http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f",
    da: "plukke ordrer til forsendelse",
    en: "pick orders for dispatching",
  },
  {
    uri: "http://data.europa.eu/esco/skill/078861f5-b901-48a5-951e-a3ad0a4fa0bd",
    da: "betjene palleløftere og andet lagerudstyr",
    en: "operate warehouse materials",
  },
  {
    uri: "http://data.europa.eu/esco/skill/ab2bb44a-3956-4028-8715-8b70b1960b99",
    da: "løfte tunge byrder korrekt",
    en: "lift heavy weights",
  },
  {
    uri: "http://data.europa.eu/esco/skill/d15ce60f-ddab-41ce-ba56-398451b77b60",
    da: "grundlæggende IT-færdigheder",
    en: "have computer literacy",
  },
  {
    uri: "http://data.europa.eu/esco/skill/7c821387-b428-4f75-b5a7-7b038aa81cfd",
    da: "bruge lagerstyringssystemer (WMS)",
    en: "use a warehouse management system",
  },
  {
    uri: "http://data.europa.eu/esco/skill/fd79b3c4-e264-41b5-bada-49ba5f317588",
    da: "bruge stregkodescanner",
    en: "use barcode scanning equipment",
  },
  {
    uri: "http://data.europa.eu/esco/skill/519b3949-b711-4a08-a395-a4bd068f9fa2",
    da: "sikkerhedsregler på lageret",
    en: "safety regulations for warehouses",
  },
  // healthcare assistant
  {
    uri: "http://data.europa.eu/esco/skill/24f980ba-b44f-4739-b563-205104c3190d",
    da: "hjælpe med personlig pleje og daglige gøremål",
    en: "provide basic support to patients",
  },
  {
    uri: "http://data.europa.eu/esco/skill/d3b74d50-7fc9-4051-9335-58d129a4a064",
    da: "måle og observere vitale værdier",
    en: "monitor basic patients signs",
  },
  {
    uri: "http://data.europa.eu/esco/skill/76395873-7fe2-4f9a-b4b6-9932f8cbd0b4",
    da: "følge kliniske retningslinjer",
    en: "follow clinical guidelines",
  },
  {
    uri: "http://data.europa.eu/esco/skill/4d614c92-0c48-4a11-a5ed-416b34fd50d2",
    da: "føre journal og håndtere helbredsoplysninger",
    en: "manage healthcare users' data",
  },
  {
    uri: "http://data.europa.eu/esco/skill/16636767-c215-4cf0-b126-e144fea20926",
    da: "bruge velfærdsteknologi og digitale sundhedsløsninger",
    en: "use e-health and mobile health technologies",
  },
  {
    uri: "http://data.europa.eu/esco/skill/d2f78372-c23b-41ef-bce3-2874f587579c",
    da: "medvirke ved medicinhåndtering hos ældre",
    en: "assist in the administration of medication to elderly",
  },
  {
    uri: "http://data.europa.eu/esco/skill/634865e0-2ec2-4b7f-bb7f-c196637f0f7b",
    da: "ældre borgeres behov",
    en: "older adults' needs",
  },
  {
    uri: "http://data.europa.eu/esco/skill/54411e8e-d62f-46d8-b87b-fce23f8e3bc8",
    da: "pleje af mennesker med handicap",
    en: "disability care",
  },
  // home care aide
  {
    uri: "http://data.europa.eu/esco/skill/261e740b-d32d-4356-94a8-3ea29128b70b",
    da: "hjælpe og pleje ældre",
    en: "tend to elderly people",
  },
  {
    uri: "http://data.europa.eu/esco/skill/1e0ed685-0696-405d-bfa3-dd6ab3751baf",
    da: "støtte mennesker med handicap i eget hjem",
    en: "provide in-home support for disabled individuals",
  },
  {
    uri: "http://data.europa.eu/esco/skill/941438bd-cc03-4326-91bf-677157dca170",
    da: "støtte borgere i at klare sig i eget hjem",
    en: "support social service users to live at home",
  },
  {
    uri: "http://data.europa.eu/esco/skill/1d21f6ad-340f-45da-a0a3-4e83867f47a6",
    da: "yde førstehjælp",
    en: "provide first aid",
  },
  {
    uri: "http://data.europa.eu/esco/skill/156f8c5b-894a-4ccc-a70e-37a2726f3f00",
    da: "arbejde ergonomisk korrekt",
    en: "work ergonomically",
  },
  {
    uri: "http://data.europa.eu/esco/skill/f771d20c-815b-43e1-9355-b7f3f63a0b23",
    da: "forebygge ensomhed og social isolation",
    en: "promote prevention of social isolation",
  },
  // child day care worker
  {
    uri: "http://data.europa.eu/esco/skill/f8d4a24c-fb62-444e-9525-7aa5662f440d",
    da: "have opsyn med børn",
    en: "supervise children",
  },
  {
    uri: "http://data.europa.eu/esco/skill/a65fb963-6faf-47b2-a3d9-c4e5e4d833c5",
    da: "understøtte børns trivsel",
    en: "support children's wellbeing",
  },
  {
    uri: "http://data.europa.eu/esco/skill/b5af495b-61f1-4330-9891-dca56d97d714",
    da: "kommunikere med børn og unge",
    en: "communicate with youth",
  },
  {
    uri: "http://data.europa.eu/esco/skill/efe801a5-8704-4def-8a96-c32f7a6cb9fb",
    da: "samarbejde med forældre",
    en: "maintain relations with children's parents",
  },
  {
    uri: "http://data.europa.eu/esco/skill/6b58a6d2-89cf-4ab5-bb62-eb29ae968934",
    da: "gennemføre pædagogiske aktiviteter med børn",
    en: "implement care programmes for children",
  },
  {
    uri: "http://data.europa.eu/esco/skill/3ff9d956-3e26-40d1-ae0e-f5f247943042",
    da: "børns fysiske udvikling",
    en: "children's physical development",
  },
  {
    uri: "http://data.europa.eu/esco/skill/114f2179-b625-4333-b9f9-fe6a846a7c36",
    da: "planlægge aktiviteter for børn og unge",
    en: "plan youth activities",
  },
  // cargo vehicle driver
  {
    uri: "http://data.europa.eu/esco/skill/48f480aa-c9a8-4552-b1c5-e94330912257",
    da: "færdselsregler",
    en: "road traffic laws",
  },
  {
    uri: "http://data.europa.eu/esco/skill/509ff122-3546-40a7-ae02-3ee7395b3a76",
    da: "lovgivning om vejtransport",
    en: "road transport legislation",
  },
  {
    uri: "http://data.europa.eu/esco/skill/3d2a1f45-5367-47d2-a15a-a8fc72a45bbc",
    da: "føre tilsyn med læsning af gods",
    en: "supervise loading of cargo",
  },
  {
    uri: "http://data.europa.eu/esco/skill/36404bb8-ecce-4afc-88bc-78ebd45c4b90",
    da: "forudse farer i trafikken",
    en: "anticipate foreseeable problems on the road",
  },
  {
    uri: "http://data.europa.eu/esco/skill/97fb21db-a4e5-4b03-af21-03b9d510d872",
    da: "bruge GPS og navigationssystemer",
    en: "operate GPS systems",
  },
  {
    uri: "http://data.europa.eu/esco/skill/be0afbfa-2d39-47d0-8d5c-81df2a27d250",
    da: "aflæse trafiksignaler",
    en: "interpret traffic signals",
  },
  {
    uri: "http://data.europa.eu/esco/skill/8215bbba-2f6d-4530-bf41-904d871eaf72",
    da: "manøvrere tunge lastbiler",
    en: "manoeuvre heavy trucks",
  },
  // bus driver
  {
    uri: "http://data.europa.eu/esco/skill/b54545e6-637c-43a2-8ab2-9efd5f9e2d38",
    da: "regler for personbefordring",
    en: "passenger transport regulations",
  },
  {
    uri: "http://data.europa.eu/esco/skill/4f8f9d1e-6672-4e58-abb2-258e8b1c700f",
    da: "manøvrere en bus",
    en: "manoeuvre bus",
  },
  {
    uri: "http://data.europa.eu/esco/skill/fe490139-ccc4-4b82-ab55-5c6708cb0e30",
    da: "køre defensivt",
    en: "perform defensive driving",
  },
  {
    uri: "http://data.europa.eu/esco/skill/51bc28e9-c489-44d8-9263-4ada49ed1933",
    da: "kommunikere tydeligt med passagerer",
    en: "communicate clearly with passengers",
  },
  {
    uri: "http://data.europa.eu/esco/skill/0ea0b260-617b-4d04-bf00-988dd0b122e5",
    da: "udføre vedligeholdelse af køretøjer",
    en: "execute vehicle maintenance",
  },
  {
    uri: "http://data.europa.eu/esco/skill/63321ecf-4fc6-44d9-88f1-5373a4f3038a",
    da: "håndtere kontanter og småkasse",
    en: "handle petty cash",
  },
  {
    uri: "http://data.europa.eu/esco/skill/3edfa33c-c644-4a9a-acd1-e82039daa663",
    da: "fremme bæredygtig transport",
    en: "promote the use of sustainable transport",
  },
  // construction manager
  {
    uri: "http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388",
    da: "projektledelse",
    en: "project management",
  },
  {
    uri: "http://data.europa.eu/esco/skill/1de548e0-9535-4d2e-9d20-d4474c1ea813",
    da: "føre tilsyn med byggeprojekter",
    en: "oversee construction project",
  },
  {
    uri: "http://data.europa.eu/esco/skill/32abc65b-333e-4af8-88df-ae2938018fb9",
    da: "kommunikere med håndværkere på byggepladsen",
    en: "communicate with construction crews",
  },
  {
    uri: "http://data.europa.eu/esco/skill/989dc903-5838-4d84-8e04-e5b7a2ba97c5",
    da: "lede arbejdsmiljø og sikkerhed",
    en: "apply safety management",
  },
  {
    uri: "http://data.europa.eu/esco/skill/80274731-15ce-490a-8d5b-f55a36b976b0",
    da: "udarbejde byggedokumenter",
    en: "prepare construction documents",
  },
  {
    uri: "http://data.europa.eu/esco/skill/6181f475-110c-497c-a46d-ed2e14e7bc90",
    da: "overholde tidsplanen i byggeprojekter",
    en: "ensure compliance with construction project deadline",
  },
  {
    uri: "http://data.europa.eu/esco/skill/2c4b6914-4b97-4e35-85cb-e6602a8bb04a",
    da: "gennemføre udbud",
    en: "carry out tendering",
  },
  {
    uri: "http://data.europa.eu/esco/skill/0da516ee-e70e-4384-be13-f5ff80be8127",
    da: "kommunikere med kunder",
    en: "communicate with customers",
  },
  // office clerk
  {
    uri: "http://data.europa.eu/esco/skill/71dde84c-0058-4c52-a556-523369333db8",
    da: "bruge kontorsystemer",
    en: "use office systems",
  },
  {
    uri: "http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be",
    da: "bruge regneark",
    en: "use spreadsheets software",
  },
  {
    uri: "http://data.europa.eu/esco/skill/3d427a49-4f85-42cd-8a92-62d4a34f41a1",
    da: "arkivere dokumenter",
    en: "file documents",
  },
  {
    uri: "http://data.europa.eu/esco/skill/b769f524-0f25-44d7-8538-5c46710a040e",
    da: "håndtere digitale dokumenter",
    en: "manage digital documents",
  },
  {
    uri: "http://data.europa.eu/esco/skill/8dd2806f-6dcf-477c-a5bf-66b5d6e02637",
    da: "skrive breve til kunder",
    en: "prepare correspondence for customers",
  },
  {
    uri: "http://data.europa.eu/esco/skill/f683ae1d-cb7c-4aa1-b9fe-205e1bd23535",
    da: "bruge Microsoft Office",
    en: "use microsoft office",
  },
  {
    uri: "http://data.europa.eu/esco/skill/ec0bbf39-0edd-4015-a2c3-82ad563ce3a8",
    da: "skrive professionelle e-mails",
    en: "draft corporate emails",
  },
  {
    uri: "http://data.europa.eu/esco/skill/097c6a36-f031-4d3e-b5c1-62d6ffcb430b",
    da: "overholde reglerne om databeskyttelse (GDPR)",
    en: "respect data protection principles",
  },
  // shop assistant
  {
    uri: "http://data.europa.eu/esco/skill/0cb013af-6dd9-4fb2-b34e-63dda1a5cf82",
    da: "betjene kasseapparat",
    en: "operate cash register",
  },
  {
    uri: "http://data.europa.eu/esco/skill/2b69525c-731c-4813-99a7-673fa5679d32",
    da: "vejlede kunder om varevalg",
    en: "provide customer guidance on product selection",
  },
  {
    uri: "http://data.europa.eu/esco/skill/7e9daad3-8604-4839-af9b-dc6f8db3ef68",
    da: "fylde varer på hylderne",
    en: "stock shelves",
  },
  {
    uri: "http://data.europa.eu/esco/skill/77a11321-754a-41de-b9e4-80d747f528db",
    da: "opbygge vareudstillinger",
    en: "organise product display",
  },
  {
    uri: "http://data.europa.eu/esco/skill/a6d697d1-80ba-4175-82d4-43440ed04270",
    da: "håndtere returneringer og refusioner",
    en: "process refunds",
  },
  {
    uri: "http://data.europa.eu/esco/skill/c81c9ea3-4689-4146-9076-24dd175c69bc",
    da: "sælge aktivt",
    en: "carry out active selling",
  },
  {
    uri: "http://data.europa.eu/esco/skill/75dfe1ee-5935-42ce-b820-697f827825c3",
    da: "yde god kundeservice",
    en: "maintain customer service",
  },
  {
    uri: "http://data.europa.eu/esco/skill/68698869-c13c-4563-adc7-118b7644f45d",
    da: "afdække kundens behov",
    en: "identify customer's needs",
  },
  // building cleaner
  {
    uri: "http://data.europa.eu/esco/skill/a2cd3b30-2d6c-473e-a5d4-4e7cb576babe",
    da: "rengøre gulve",
    en: "clean building floors",
  },
  {
    uri: "http://data.europa.eu/esco/skill/6ff01827-907d-43d8-b6e4-7162c1cf0aca",
    da: "rengøre overflader",
    en: "clean surfaces",
  },
  {
    uri: "http://data.europa.eu/esco/skill/2ed98048-bf2f-47e5-a0de-fd23d6abe2f6",
    da: "betjene gulvrengøringsmaskiner",
    en: "operate floor cleaning equipment",
  },
  {
    uri: "http://data.europa.eu/esco/skill/0162b701-6bb4-400a-b557-7996053d7daf",
    da: "overholde personlig hygiejne ved rengøring",
    en: "maintain personal hygiene standards when cleaning",
  },
  {
    uri: "http://data.europa.eu/esco/skill/110d7aa3-e44e-4cce-a927-8d4de615f3d9",
    da: "sortere affald",
    en: "sort waste",
  },
  {
    uri: "http://data.europa.eu/esco/skill/145fb42f-ebee-48e2-bdf8-2e935edc7158",
    da: "desinficere overflader",
    en: "disinfect surfaces",
  },
  {
    uri: "http://data.europa.eu/esco/skill/58a15a33-2b41-4a7e-bb8a-777328b5d82a",
    da: "rengøre toiletter",
    en: "clean toilet facilities",
  },
  {
    uri: "http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2",
    da: "hygiejne i sundhedssektoren",
    en: "hygiene in a health care setting",
  },
  // cook
  {
    uri: "http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f",
    da: "overholde regler for fødevaresikkerhed og hygiejne",
    en: "comply with food safety and hygiene",
  },
  {
    uri: "http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467",
    da: "bruge tilberedningsmetoder",
    en: "use cooking techniques",
  },
  {
    uri: "http://data.europa.eu/esco/skill/4b15a965-9bb4-42f1-8e44-1024aeb0b08c",
    da: "forarbejde råvarer",
    en: "use food preparation techniques",
  },
  {
    uri: "http://data.europa.eu/esco/skill/c747ab82-9c35-4bf6-ab90-b50b9a53d292",
    da: "holde køkkenet rent",
    en: "ensure cleanliness of food preparation area",
  },
  {
    uri: "http://data.europa.eu/esco/skill/8c8da904-cdb3-47d9-bfbf-15ade747d9ec",
    da: "arbejde i et team i køkken og servering",
    en: "work in a hospitality team",
  },
  {
    uri: "http://data.europa.eu/esco/skill/5c6ca864-76d5-4217-b3e1-9a7ba7f8f47b",
    da: "planlægge menuer",
    en: "plan menus",
  },
  { uri: "http://data.europa.eu/esco/skill/13d96098-2ff0-46b8-b326-b7c0e18cc1f1", da: "ernæring", en: "nutrition" },
  {
    uri: "http://data.europa.eu/esco/skill/b72395ea-623b-4204-abef-a67592b0781a",
    da: "tilberede færdigretter",
    en: "prepare ready-made dishes",
  },
  // ICT help desk agent
  {
    uri: "http://data.europa.eu/esco/skill/c2296e2e-5fef-4f24-a24f-e5b3792268be",
    da: "yde IT-support",
    en: "provide ICT support",
  },
  {
    uri: "http://data.europa.eu/esco/skill/9e06bac6-6b91-48ca-8b7d-c1f48cdecd7c",
    da: "fejlsøge og løse IT-problemer",
    en: "solve ICT system problems",
  },
  {
    uri: "http://data.europa.eu/esco/skill/db36f7f1-5900-45bd-9ffb-f2b19c4362ac",
    da: "vejlede IT-brugere",
    en: "support ICT system users",
  },
  {
    uri: "http://data.europa.eu/esco/skill/6430eb0d-c6de-46b7-a7fc-3dd2e8e62a69",
    da: "bruge ticketsystemer",
    en: "use ICT ticketing system",
  },
  {
    uri: "http://data.europa.eu/esco/skill/d0c6d77e-cb25-4770-bf77-2073fc5f7523",
    da: "IT-infrastruktur",
    en: "ICT infrastructure",
  },
  {
    uri: "http://data.europa.eu/esco/skill/bb2b4485-2bad-402f-8517-44bf7d9afff4",
    da: "installere antivirusprogrammer",
    en: "implement anti-virus software",
  },
  {
    uri: "http://data.europa.eu/esco/skill/d908a818-70ef-419e-9d60-8f459114cb2f",
    da: "bruge digitale selvbetjeningsløsninger",
    en: "use e-services",
  },
  // electrician
  { uri: "http://data.europa.eu/esco/skill/c8ac1986-38fa-43b2-89dc-50a4beeb420e", da: "ellære", en: "electricity" },
  {
    uri: "http://data.europa.eu/esco/skill/d15e92c4-c8dc-48cd-a1f6-94fe13347f87",
    da: "el-installationstegninger",
    en: "electrical wiring plans",
  },
  {
    uri: "http://data.europa.eu/esco/skill/52797dce-911c-4e6d-b0cb-491f6469014f",
    da: "installere elektrisk og elektronisk udstyr",
    en: "install electrical and electronic equipment",
  },
  {
    uri: "http://data.europa.eu/esco/skill/3f6dc31c-ceef-4e93-9d8a-b4b862cf9b51",
    da: "afprøve elektrisk udstyr",
    en: "test electrical equipment",
  },
  {
    uri: "http://data.europa.eu/esco/skill/86df7af2-f9f3-4c06-a500-7f1fba9e78fe",
    da: "følge sikkerhedsregler på byggepladsen",
    en: "follow health and safety procedures in construction",
  },
  { uri: "http://data.europa.eu/esco/skill/334e3e49-fb02-4051-809a-f06adfdc1c40", da: "fejlfinde", en: "troubleshoot" },
  {
    uri: "http://data.europa.eu/esco/skill/2f7b5fa1-5fa5-4bfc-b9c8-c0cef15b8b60",
    da: "installere smart home-udstyr",
    en: "install smart devices",
  },
  {
    uri: "http://data.europa.eu/esco/skill/68b6ef08-d823-489d-a95c-752ae6f6e6a7",
    da: "læse tegninger",
    en: "read standard blueprints",
  },
  // accounting assistant
  {
    uri: "http://data.europa.eu/esco/skill/a0d79341-8398-4019-ad1b-27888ec35aaa",
    da: "bruge økonomisystemer",
    en: "use accounting systems",
  },
  {
    uri: "http://data.europa.eu/esco/skill/2ff405ec-f59c-4a7b-84b6-9776a49582c4",
    da: "bogføringsregler",
    en: "bookkeeping regulations",
  },
  {
    uri: "http://data.europa.eu/esco/skill/e3e42d54-78bd-4337-aa87-bb31a7670c9a",
    da: "udstede fakturaer",
    en: "issue sales invoices",
  },
  {
    uri: "http://data.europa.eu/esco/skill/5f1ebff6-98ec-411f-a1d4-0bf04bd03bdf",
    da: "afstemme og kontrollere regnskabet",
    en: "check accounting records",
  },
  {
    uri: "http://data.europa.eu/esco/skill/faf8943c-72ff-4736-a587-25508695d6f0",
    da: "føre regnskab",
    en: "maintain financial records",
  },
  {
    uri: "http://data.europa.eu/esco/skill/dc417e19-edb4-4401-883a-2375f67a162f",
    da: "føre finansbogholderi",
    en: "manage the general ledger",
  },
  {
    uri: "http://data.europa.eu/esco/skill/7e305865-5b6d-4225-a4f7-ee5c10aaa134",
    da: "rykke for betalinger",
    en: "perform dunning activities",
  },
  {
    uri: "http://data.europa.eu/esco/skill/2ecf90f1-c511-464b-b26f-598d69182c70",
    da: "beregne skat og afgifter",
    en: "calculate tax",
  },
  // transversal, language and digital skills that courses often teach
  {
    uri: "http://data.europa.eu/esco/skill/81633a44-f1db-4a01-a940-804c6905e330",
    da: "bruge tekstbehandling",
    en: "use word processing software",
  },
  {
    uri: "http://data.europa.eu/esco/skill/562c4f04-4f58-4c28-bcc4-49307786067b",
    da: "tale dansk",
    en: "interact verbally in Danish",
  },
  {
    uri: "http://data.europa.eu/esco/skill/c98c8578-6654-4d76-8391-ecfe59abce22",
    da: "læse dansk",
    en: "understand written Danish",
  },
  {
    uri: "http://data.europa.eu/esco/skill/42b7c03a-3ed5-4dc1-adc0-ff1fb8d4d697",
    da: "skrive dansk",
    en: "write Danish",
  },
  {
    uri: "http://data.europa.eu/esco/skill/0ee9e985-0ee5-4a73-8a12-78b53b261bb2",
    da: "tale engelsk",
    en: "interact verbally in English",
  },
  {
    uri: "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0",
    da: "samarbejde i teams",
    en: "work in teams",
  },
  {
    uri: "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da",
    da: "køre gaffeltruck",
    en: "operate forklift",
  },
  {
    uri: "http://data.europa.eu/esco/skill/791fa659-3382-49f8-a8dd-505226d0da48",
    da: "hygiejneregler for fødevarer",
    en: "food hygiene rules",
  },
];

export const ESCO_ERHVERV: readonly EscoErhverv[] = [
  {
    uri: "http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f",
    isco: "9333",
    da: "lagerarbejder",
    en: "warehouse worker",
    synonymer: ["lagermedarbejder", "lagermedhjælper", "lagerassistent", "lagerjob", "ordreplukker"],
    essentielle: [
      "http://data.europa.eu/esco/skill/2cae39d6-78c2-4ce3-bee8-628504371463", // receive goods
      "http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f", // pick orders for dispatching
      "http://data.europa.eu/esco/skill/078861f5-b901-48a5-951e-a3ad0a4fa0bd", // operate warehouse materials
      "http://data.europa.eu/esco/skill/ab2bb44a-3956-4028-8715-8b70b1960b99", // lift heavy weights
      "http://data.europa.eu/esco/skill/d15ce60f-ddab-41ce-ba56-398451b77b60", // have computer literacy
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/7c821387-b428-4f75-b5a7-7b038aa81cfd", // use a warehouse management system
      "http://data.europa.eu/esco/skill/fd79b3c4-e264-41b5-bada-49ba5f317588", // use barcode scanning equipment
      "http://data.europa.eu/esco/skill/519b3949-b711-4a08-a395-a4bd068f9fa2", // safety regulations for warehouses
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/d38c2107-98f2-47b7-8bb4-f69750d51082",
    isco: "5321",
    da: "social- og sundhedsassistent",
    en: "healthcare assistant",
    synonymer: ["sosu-assistent", "sosu assistent", "sosuassistent", "sygehjælper", "plejehjemsassistent"],
    essentielle: [
      "http://data.europa.eu/esco/skill/24f980ba-b44f-4739-b563-205104c3190d", // provide basic support to patients
      "http://data.europa.eu/esco/skill/d3b74d50-7fc9-4051-9335-58d129a4a064", // monitor basic patients signs
      "http://data.europa.eu/esco/skill/76395873-7fe2-4f9a-b4b6-9932f8cbd0b4", // follow clinical guidelines
      "http://data.europa.eu/esco/skill/4d614c92-0c48-4a11-a5ed-416b34fd50d2", // manage healthcare users' data
      "http://data.europa.eu/esco/skill/16636767-c215-4cf0-b126-e144fea20926", // use e-health and mobile health technologies
      "http://data.europa.eu/esco/skill/d15ce60f-ddab-41ce-ba56-398451b77b60", // have computer literacy
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/d2f78372-c23b-41ef-bce3-2874f587579c", // assist in the administration of medication to elderly
      "http://data.europa.eu/esco/skill/634865e0-2ec2-4b7f-bb7f-c196637f0f7b", // older adults' needs
      "http://data.europa.eu/esco/skill/54411e8e-d62f-46d8-b87b-fce23f8e3bc8", // disability care
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60",
    isco: "5322",
    da: "social- og sundhedshjælper",
    en: "home care aide",
    synonymer: ["sosu-hjælper", "sosu hjælper", "sosuhjælper", "hjemmehjælper", "hjemmeplejer", "hjemmepleje"],
    essentielle: [
      "http://data.europa.eu/esco/skill/261e740b-d32d-4356-94a8-3ea29128b70b", // tend to elderly people
      "http://data.europa.eu/esco/skill/1e0ed685-0696-405d-bfa3-dd6ab3751baf", // provide in-home support for disabled individuals
      "http://data.europa.eu/esco/skill/941438bd-cc03-4326-91bf-677157dca170", // support social service users to live at home
      "http://data.europa.eu/esco/skill/634865e0-2ec2-4b7f-bb7f-c196637f0f7b", // older adults' needs
      "http://data.europa.eu/esco/skill/54411e8e-d62f-46d8-b87b-fce23f8e3bc8", // disability care
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/1d21f6ad-340f-45da-a0a3-4e83867f47a6", // provide first aid
      "http://data.europa.eu/esco/skill/156f8c5b-894a-4ccc-a70e-37a2726f3f00", // work ergonomically
      "http://data.europa.eu/esco/skill/f771d20c-815b-43e1-9355-b7f3f63a0b23", // promote prevention of social isolation
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/3f74aad8-2d60-4be2-b059-8dba5568d530",
    isco: "5311",
    da: "pædagogmedhjælper",
    en: "child day care worker",
    synonymer: [
      "pædagogisk assistent",
      "pædagogmedarbejder",
      "medhjælper i børnehave",
      "medhjælper i vuggestue",
      "medarbejder i en daginstitution",
      "medarbejder i en børnepasningsordning",
      "dagplejer",
    ],
    essentielle: [
      "http://data.europa.eu/esco/skill/f8d4a24c-fb62-444e-9525-7aa5662f440d", // supervise children
      "http://data.europa.eu/esco/skill/a65fb963-6faf-47b2-a3d9-c4e5e4d833c5", // support children's wellbeing
      "http://data.europa.eu/esco/skill/b5af495b-61f1-4330-9891-dca56d97d714", // communicate with youth
      "http://data.europa.eu/esco/skill/efe801a5-8704-4def-8a96-c32f7a6cb9fb", // maintain relations with children's parents
      "http://data.europa.eu/esco/skill/6b58a6d2-89cf-4ab5-bb62-eb29ae968934", // implement care programmes for children
      "http://data.europa.eu/esco/skill/3ff9d956-3e26-40d1-ae0e-f5f247943042", // children's physical development
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/114f2179-b625-4333-b9f9-fe6a846a7c36", // plan youth activities
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4",
    isco: "8332",
    da: "lastbilchauffør",
    en: "cargo vehicle driver",
    synonymer: ["chauffør", "lastbilschauffør", "lastvognschauffør", "varebilschauffør", "distributionschauffør"],
    essentielle: [
      "http://data.europa.eu/esco/skill/48f480aa-c9a8-4552-b1c5-e94330912257", // road traffic laws
      "http://data.europa.eu/esco/skill/509ff122-3546-40a7-ae02-3ee7395b3a76", // road transport legislation
      "http://data.europa.eu/esco/skill/3d2a1f45-5367-47d2-a15a-a8fc72a45bbc", // supervise loading of cargo
      "http://data.europa.eu/esco/skill/36404bb8-ecce-4afc-88bc-78ebd45c4b90", // anticipate foreseeable problems on the road
      "http://data.europa.eu/esco/skill/97fb21db-a4e5-4b03-af21-03b9d510d872", // operate GPS systems
      "http://data.europa.eu/esco/skill/be0afbfa-2d39-47d0-8d5c-81df2a27d250", // interpret traffic signals
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/8215bbba-2f6d-4530-bf41-904d871eaf72", // manoeuvre heavy trucks
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/00cee175-1376-43fb-9f02-ba3d7a910a58",
    isco: "8331",
    da: "buschauffør",
    en: "bus driver",
    synonymer: ["rutebuschauffør", "skolebuschauffør", "turistbuschauffør", "chauffør i kollektiv trafik"],
    essentielle: [
      "http://data.europa.eu/esco/skill/48f480aa-c9a8-4552-b1c5-e94330912257", // road traffic laws
      "http://data.europa.eu/esco/skill/b54545e6-637c-43a2-8ab2-9efd5f9e2d38", // passenger transport regulations
      "http://data.europa.eu/esco/skill/4f8f9d1e-6672-4e58-abb2-258e8b1c700f", // manoeuvre bus
      "http://data.europa.eu/esco/skill/fe490139-ccc4-4b82-ab55-5c6708cb0e30", // perform defensive driving
      "http://data.europa.eu/esco/skill/51bc28e9-c489-44d8-9263-4ada49ed1933", // communicate clearly with passengers
      "http://data.europa.eu/esco/skill/1d21f6ad-340f-45da-a0a3-4e83867f47a6", // provide first aid
      "http://data.europa.eu/esco/skill/97fb21db-a4e5-4b03-af21-03b9d510d872", // operate GPS systems
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/0ea0b260-617b-4d04-bf00-988dd0b122e5", // execute vehicle maintenance
      "http://data.europa.eu/esco/skill/63321ecf-4fc6-44d9-88f1-5373a4f3038a", // handle petty cash
      "http://data.europa.eu/esco/skill/3edfa33c-c644-4a9a-acd1-e82039daa663", // promote the use of sustainable transport
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/faed05c0-c1d1-4e34-b575-0dea96459e56",
    isco: "1323",
    da: "byggeleder",
    en: "construction manager",
    synonymer: [
      "projektleder i byggeri",
      "projektleder i byggebranchen",
      "projektleder inden for byggeri",
      "projektleder inden for bygge og anlæg",
      "byggeprojektleder",
      "entrepriseleder",
    ],
    essentielle: [
      "http://data.europa.eu/esco/skill/7111b95d-0ce3-441a-9d92-4c75d05c4388", // project management
      "http://data.europa.eu/esco/skill/1de548e0-9535-4d2e-9d20-d4474c1ea813", // oversee construction project
      "http://data.europa.eu/esco/skill/32abc65b-333e-4af8-88df-ae2938018fb9", // communicate with construction crews
      "http://data.europa.eu/esco/skill/989dc903-5838-4d84-8e04-e5b7a2ba97c5", // apply safety management
      "http://data.europa.eu/esco/skill/80274731-15ce-490a-8d5b-f55a36b976b0", // prepare construction documents
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/6181f475-110c-497c-a46d-ed2e14e7bc90", // ensure compliance with construction project deadline
      "http://data.europa.eu/esco/skill/2c4b6914-4b97-4e35-85cb-e6602a8bb04a", // carry out tendering
      "http://data.europa.eu/esco/skill/0da516ee-e70e-4384-be13-f5ff80be8127", // communicate with customers
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/6c999fc7-c6b7-4ef3-a4b9-af124a1783a2",
    isco: "4110",
    da: "kontormedarbejder",
    en: "office clerk",
    synonymer: ["kontorassistent", "kontorfuldmægtig", "kontormedhjælper", "kontorist", "administrativ medarbejder"],
    essentielle: [
      "http://data.europa.eu/esco/skill/71dde84c-0058-4c52-a556-523369333db8", // use office systems
      "http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be", // use spreadsheets software
      "http://data.europa.eu/esco/skill/3d427a49-4f85-42cd-8a92-62d4a34f41a1", // file documents
      "http://data.europa.eu/esco/skill/b769f524-0f25-44d7-8538-5c46710a040e", // manage digital documents
      "http://data.europa.eu/esco/skill/8dd2806f-6dcf-477c-a5bf-66b5d6e02637", // prepare correspondence for customers
      "http://data.europa.eu/esco/skill/0da516ee-e70e-4384-be13-f5ff80be8127", // communicate with customers
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/f683ae1d-cb7c-4aa1-b9fe-205e1bd23535", // use microsoft office
      "http://data.europa.eu/esco/skill/ec0bbf39-0edd-4015-a2c3-82ad563ce3a8", // draft corporate emails
      "http://data.europa.eu/esco/skill/097c6a36-f031-4d3e-b5c1-62d6ffcb430b", // respect data protection principles
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/0b15375e-dfdd-4047-9efb-096e0aaee7d2",
    isco: "5223",
    da: "butiksassistent",
    en: "shop assistant",
    synonymer: ["ekspedient", "butiksekspedient", "butiksmedarbejder", "butiksmedhjælper", "salgsassistent"],
    essentielle: [
      "http://data.europa.eu/esco/skill/0cb013af-6dd9-4fb2-b34e-63dda1a5cf82", // operate cash register
      "http://data.europa.eu/esco/skill/2b69525c-731c-4813-99a7-673fa5679d32", // provide customer guidance on product selection
      "http://data.europa.eu/esco/skill/7e9daad3-8604-4839-af9b-dc6f8db3ef68", // stock shelves
      "http://data.europa.eu/esco/skill/77a11321-754a-41de-b9e4-80d747f528db", // organise product display
      "http://data.europa.eu/esco/skill/a6d697d1-80ba-4175-82d4-43440ed04270", // process refunds
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/c81c9ea3-4689-4146-9076-24dd175c69bc", // carry out active selling
      "http://data.europa.eu/esco/skill/75dfe1ee-5935-42ce-b820-697f827825c3", // maintain customer service
      "http://data.europa.eu/esco/skill/68698869-c13c-4563-adc7-118b7644f45d", // identify customer's needs
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397",
    isco: "9112",
    da: "rengøringsassistent",
    en: "building cleaner",
    synonymer: ["rengøringsmedarbejder", "rengøringsmedhjælper", "rengøringshjælp", "erhvervsrengøring", "rengøring"],
    essentielle: [
      "http://data.europa.eu/esco/skill/a2cd3b30-2d6c-473e-a5d4-4e7cb576babe", // clean building floors
      "http://data.europa.eu/esco/skill/6ff01827-907d-43d8-b6e4-7162c1cf0aca", // clean surfaces
      "http://data.europa.eu/esco/skill/2ed98048-bf2f-47e5-a0de-fd23d6abe2f6", // operate floor cleaning equipment
      "http://data.europa.eu/esco/skill/0162b701-6bb4-400a-b557-7996053d7daf", // maintain personal hygiene standards when cleaning
      "http://data.europa.eu/esco/skill/110d7aa3-e44e-4cce-a927-8d4de615f3d9", // sort waste
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/145fb42f-ebee-48e2-bdf8-2e935edc7158", // disinfect surfaces
      "http://data.europa.eu/esco/skill/58a15a33-2b41-4a7e-bb8a-777328b5d82a", // clean toilet facilities
      "http://data.europa.eu/esco/skill/0450eaee-1a00-4622-8f4e-5356fce816d2", // hygiene in a health care setting
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e",
    isco: "5120",
    da: "kok",
    en: "cook",
    synonymer: ["faglært kok", "kantinekok", "storkøkkenkok"],
    essentielle: [
      "http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f", // comply with food safety and hygiene
      "http://data.europa.eu/esco/skill/f3934441-4bff-4076-9945-e6c51a01c467", // use cooking techniques
      "http://data.europa.eu/esco/skill/4b15a965-9bb4-42f1-8e44-1024aeb0b08c", // use food preparation techniques
      "http://data.europa.eu/esco/skill/c747ab82-9c35-4bf6-ab90-b50b9a53d292", // ensure cleanliness of food preparation area
      "http://data.europa.eu/esco/skill/8c8da904-cdb3-47d9-bfbf-15ade747d9ec", // work in a hospitality team
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/5c6ca864-76d5-4217-b3e1-9a7ba7f8f47b", // plan menus
      "http://data.europa.eu/esco/skill/13d96098-2ff0-46b8-b326-b7c0e18cc1f1", // nutrition
      "http://data.europa.eu/esco/skill/b72395ea-623b-4204-abef-a67592b0781a", // prepare ready-made dishes
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/aaeec9a7-dc57-4485-890c-86b3eef735f9",
    isco: "3512",
    da: "IT-supportmedarbejder",
    en: "ICT help desk agent",
    synonymer: [
      "IKT-supportmedarbejder",
      "IT-supporter",
      "IT-support",
      "helpdeskmedarbejder",
      "servicedeskmedarbejder",
      "helpdesk",
    ],
    essentielle: [
      "http://data.europa.eu/esco/skill/c2296e2e-5fef-4f24-a24f-e5b3792268be", // provide ICT support
      "http://data.europa.eu/esco/skill/9e06bac6-6b91-48ca-8b7d-c1f48cdecd7c", // solve ICT system problems
      "http://data.europa.eu/esco/skill/db36f7f1-5900-45bd-9ffb-f2b19c4362ac", // support ICT system users
      "http://data.europa.eu/esco/skill/6430eb0d-c6de-46b7-a7fc-3dd2e8e62a69", // use ICT ticketing system
      "http://data.europa.eu/esco/skill/0da516ee-e70e-4384-be13-f5ff80be8127", // communicate with customers
      "http://data.europa.eu/esco/skill/68698869-c13c-4563-adc7-118b7644f45d", // identify customer's needs
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/d0c6d77e-cb25-4770-bf77-2073fc5f7523", // ICT infrastructure
      "http://data.europa.eu/esco/skill/bb2b4485-2bad-402f-8517-44bf7d9afff4", // implement anti-virus software
      "http://data.europa.eu/esco/skill/d908a818-70ef-419e-9d60-8f459114cb2f", // use e-services
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0",
    isco: "7411",
    da: "elektriker",
    en: "electrician",
    synonymer: ["elinstallatør", "installationselektriker", "serviceelektriker", "elektrikerlærling"],
    essentielle: [
      "http://data.europa.eu/esco/skill/c8ac1986-38fa-43b2-89dc-50a4beeb420e", // electricity
      "http://data.europa.eu/esco/skill/d15e92c4-c8dc-48cd-a1f6-94fe13347f87", // electrical wiring plans
      "http://data.europa.eu/esco/skill/52797dce-911c-4e6d-b0cb-491f6469014f", // install electrical and electronic equipment
      "http://data.europa.eu/esco/skill/3f6dc31c-ceef-4e93-9d8a-b4b862cf9b51", // test electrical equipment
      "http://data.europa.eu/esco/skill/86df7af2-f9f3-4c06-a500-7f1fba9e78fe", // follow health and safety procedures in construction
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/334e3e49-fb02-4051-809a-f06adfdc1c40", // troubleshoot
      "http://data.europa.eu/esco/skill/2f7b5fa1-5fa5-4bfc-b9c8-c0cef15b8b60", // install smart devices
      "http://data.europa.eu/esco/skill/68b6ef08-d823-489d-a95c-752ae6f6e6a7", // read standard blueprints
    ],
  },
  {
    uri: "http://data.europa.eu/esco/occupation/bfe142b9-a049-4d41-89c4-fd2f34ac56b6",
    isco: "3313",
    da: "regnskabsassistent",
    en: "accounting assistant",
    synonymer: ["bogholder", "bogholderiassistent", "regnskabsmedarbejder", "økonomiassistent", "økonomimedarbejder"],
    essentielle: [
      "http://data.europa.eu/esco/skill/a0d79341-8398-4019-ad1b-27888ec35aaa", // use accounting systems
      "http://data.europa.eu/esco/skill/2ff405ec-f59c-4a7b-84b6-9776a49582c4", // bookkeeping regulations
      "http://data.europa.eu/esco/skill/e3e42d54-78bd-4337-aa87-bb31a7670c9a", // issue sales invoices
      "http://data.europa.eu/esco/skill/5f1ebff6-98ec-411f-a1d4-0bf04bd03bdf", // check accounting records
      "http://data.europa.eu/esco/skill/faf8943c-72ff-4736-a587-25508695d6f0", // maintain financial records
      "http://data.europa.eu/esco/skill/71dde84c-0058-4c52-a556-523369333db8", // use office systems
    ],
    valgfrie: [
      "http://data.europa.eu/esco/skill/dc417e19-edb4-4401-883a-2375f67a162f", // manage the general ledger
      "http://data.europa.eu/esco/skill/7e305865-5b6d-4225-a4f7-ee5c10aaa134", // perform dunning activities
      "http://data.europa.eu/esco/skill/2ecf90f1-c511-464b-b26f-598d69182c70", // calculate tax
    ],
  },
];

const VED_URI: ReadonlyMap<string, EscoFaerdighed> = new Map(ESCO_FAERDIGHEDER.map((f) => [f.uri, f]));
const VED_NAVN: ReadonlyMap<string, EscoFaerdighed> = new Map(ESCO_FAERDIGHEDER.map((f) => [f.da, f]));

export function faerdighed(uri: string): EscoFaerdighed | undefined {
  return VED_URI.get(uri);
}

/** The skill with exactly this Danish label; throws when there is none (seeds use it, so a typo fails loudly). */
export function faerdighedVedNavn(da: string): EscoFaerdighed {
  const f = VED_NAVN.get(da);
  if (!f) throw new Error(`Ukendt ESCO-færdighed: "${da}"`);
  return f;
}

// Common Danish inflection endings (definite, plural, definite plural), longest first. Stripping them from both the
// text and the labels lets "projektlederen", "lagermedarbejdere" and "byggebranchen" meet their base forms. It is
// crude, but the same on both sides, which is all the matching needs.
const ENDELSER = ["erne", "eren", "ene", "ens", "ere", "en", "er", "et", "e"] as const;
const MINDSTE_STAMME = 3;

function stamme(ord: string): string {
  let s = ord;
  for (const endelse of ENDELSER) {
    if (s.length - endelse.length >= MINDSTE_STAMME && s.endsWith(endelse)) {
      s = s.slice(0, -endelse.length);
      break;
    }
  }
  // "kokken"/"kokke" -> "kokk" -> "kok": the definite and plural forms double a final consonant
  const n = s.length;
  if (n > MINDSTE_STAMME && s[n - 1] === s[n - 2] && !"aeiouyæøå".includes(s[n - 1]!)) s = s.slice(0, -1);
  return s;
}

/** Lower-cased word stems; anything that is not a letter or a digit (hyphens, slashes, punctuation) separates words. */
function ordstammer(tekst: string): string[] {
  return tekst
    .normalize("NFC")
    .toLocaleLowerCase("da")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((ord) => ord.length > 0)
    .map(stamme);
}

interface Fraser {
  erhverv: EscoErhverv;
  fraser: string[][];
}

const FRASER: readonly Fraser[] = ESCO_ERHVERV.map((erhverv) => ({
  erhverv,
  fraser: [erhverv.da, ...erhverv.synonymer, erhverv.en].map(ordstammer).filter((f) => f.length > 0),
}));

function indeholder(tekst: readonly string[], frase: readonly string[]): boolean {
  for (let i = 0; i + frase.length <= tekst.length; i++) {
    if (frase.every((ord, j) => tekst[i + j] === ord)) return true;
  }
  return false;
}

/**
 * The occupation a Danish job goal names ("Job som lagermedarbejder", "Job som projektleder i byggebranchen"), found
 * by whole words in the occupation's Danish label, synonyms and English label. When several occupations match, the
 * longest matching name wins, as the most specific. Undefined when the goal names none of them.
 */
export function erhvervForMaal(tekst: string): EscoErhverv | undefined {
  const ord = ordstammer(tekst);
  let bedst: EscoErhverv | undefined;
  let bedstLaengde = 0;
  for (const { erhverv, fraser } of FRASER) {
    for (const frase of fraser) {
      const laengde = frase.join(" ").length;
      if (laengde > bedstLaengde && indeholder(ord, frase)) {
        bedst = erhverv;
        bedstLaengde = laengde;
      }
    }
  }
  return bedst;
}

/** The occupation's essential and optional skills that are not in `har` (a set of skill URIs), in ESCO_ERHVERV order. */
export function manglendeFaerdigheder(
  erhverv: EscoErhverv,
  har: ReadonlySet<string>,
): { essentielle: EscoFaerdighed[]; valgfrie: EscoFaerdighed[] } {
  const mangler = (uris: readonly string[]) =>
    uris
      .filter((uri) => !har.has(uri))
      .map((uri) => {
        const f = VED_URI.get(uri);
        if (!f) throw new Error(`ESCO-færdighed mangler i demo-taksonomien: ${uri}`);
        return f;
      });
  return { essentielle: mangler(erhverv.essentielle), valgfrie: mangler(erhverv.valgfrie) };
}
