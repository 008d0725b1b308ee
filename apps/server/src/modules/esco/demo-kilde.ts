/**
 * The hand-written part of the demo taxonomy (docs/esco.md): which ESCO occupations beyond the marketplace's slice
 * (modules/marked/esco.ts) the demo holds, the Danish words people use for them, and the Danish labels of their
 * skills (ESCO publishes no Danish skill labels in the data we have). `tools/esco-demo.ts` joins this with the
 * official ESCO files into demo-taksonomi.json, which the seed reads.
 *
 * This service uses the ESCO classification of the European Commission.
 */

const O = "http://data.europa.eu/esco/occupation/";
const S = "http://data.europa.eu/esco/skill/";

export interface DemoErhvervKilde {
  /** ESCO occupation URI */
  uri: string;
  /** the Danish title to show, when ESCO's Danish preferred label is not what people say (one of ESCO's own
   * Danish labels or the common Danish trade name); ESCO's preferred label is then kept as an alternative */
  titelDa?: string;
  /** Danish words people type for the occupation, written by the project */
  synonymer: string[];
  /** skill URIs to leave out of the automatic choice (too far from the Danish job) */
  fravaelg?: string[];
}

/** The occupations a Roskilde/Køge jobcentre sees often, beyond the marketplace's 14. */
export const DEMO_ERHVERV: readonly DemoErhvervKilde[] = [
  {
    uri: `${O}2a22ff9e-de3b-408d-b312-5034896cc4f4`,
    synonymer: ["tømrersvend", "bygningstømrer", "tømrerlærling", "tømrer og snedker"],
    fravaelg: [`${S}1e25d043-0307-4e50-8a19-9e7cce22caea`, `${S}20b9852f-a445-4097-8273-4a18fa6bfff0`],
  },
  {
    uri: `${O}e1416610-ad08-4f37-8b46-9f99632a5c0f`,
    synonymer: ["snedker", "snedkersvend", "bygningssnedker", "møbelsnedker", "inventarsnedker"],
    fravaelg: [`${S}16be151c-c501-43cf-82b1-59df7e32974b`, `${S}a103bca9-6d00-4255-b61b-6c524dacfc8e`],
  },
  {
    uri: `${O}05f321f8-055b-407d-bf19-e0ddabda56b7`,
    synonymer: ["murersvend", "murerlærling", "murerarbejdsmand", "flisemurer"],
  },
  {
    uri: `${O}15620506-fb5d-49cd-87a2-1c9047fb406a`,
    titelDa: "maler",
    synonymer: ["malersvend", "bygningsmaler", "malerlærling", "maler og tapetserer"],
  },
  {
    uri: `${O}ed3cf43d-c2c1-4c46-82fc-1375e27e0290`,
    synonymer: ["vvs'er", "vvs-montør", "vvs montør", "blikkenslager", "vvs-energispecialist"],
  },
  {
    uri: `${O}55d60ead-0343-4008-b9e4-fb4b5a179c83`,
    titelDa: "pædagog",
    synonymer: ["pædagog", "børnehavepædagog", "vuggestuepædagog", "dagtilbudspædagog"],
  },
  {
    uri: `${O}fa4a3b52-990c-44eb-a912-490f5d689400`,
    synonymer: ["socialpædagog", "pædagog på bosted", "pædagog på botilbud"],
  },
  {
    uri: `${O}e1cf6897-158d-4b48-a39e-2a3a8cac216c`,
    synonymer: ["køkkenmedhjælper", "køkkenhjælper", "kantinemedarbejder", "kantinemedhjælper", "ernæringsassistent"],
  },
  { uri: `${O}f756fdab-7726-4c48-bfcc-94ff8810fc08`, synonymer: ["opvasker", "opvask", "opvaskemedarbejder"] },
  {
    uri: `${O}d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471`,
    synonymer: ["tjener", "servering", "serveringsmedarbejder", "restaurationsmedarbejder", "cafémedarbejder"],
    fravaelg: [`${S}131d6a9e-6dd8-4c7d-bb19-a222a9ad16f1`, `${S}496fd702-885e-488c-a48a-27e0ab692292`],
  },
  {
    uri: `${O}2b871272-bd61-4206-bd1a-0b96d7023098`,
    titelDa: "kassemedarbejder",
    synonymer: ["kassemedarbejder", "kassedame", "kasseekspedient", "supermarkedsmedarbejder", "kasseassistent"],
  },
  {
    uri: `${O}2e9c9404-0d86-453c-9001-3a0cd1d1323b`,
    synonymer: ["bagerjomfru", "bagerekspedient", "bagerbutik", "ekspedient i bager"],
  },
  {
    uri: `${O}eeac6251-1974-42f5-91ed-513c6c883755`,
    titelDa: "truckfører",
    synonymer: ["truckfører", "gaffeltruckfører", "truckchauffør", "lagermand med truckcertifikat", "truckkørsel"],
  },
  {
    uri: `${O}cd94def5-3442-4c2e-ae3d-0761a3008bcb`,
    titelDa: "ordreplukker",
    synonymer: ["ordreplukker", "plukker", "lagermand", "pakkerimedarbejder", "lagerekspedient"],
  },
  {
    uri: `${O}b567a979-c556-49fa-8b36-8af6cfe97624`,
    titelDa: "havnearbejder",
    synonymer: ["havnearbejder", "stevedore", "dokarbejder", "terminalarbejder", "havnemedarbejder"],
    fravaelg: [
      `${S}473a8b64-a05c-4d49-962d-b9d9219950bc`,
      `${S}728cd984-19ad-441c-8145-b8edc9c53445`,
      `${S}2035c565-f0df-4efa-99fc-09a42f18c158`,
      `${S}28b7d7fb-0483-4877-9aaa-f990f10f16f5`,
    ],
  },
  {
    uri: `${O}e3dc66de-99c7-4607-a82b-7244036d316d`,
    titelDa: "produktionsmedarbejder i fødevareindustrien",
    synonymer: [
      "produktionsmedarbejder",
      "fødevaremedarbejder",
      "maskinoperatør",
      "procesoperatør",
      "slagteriarbejder",
    ],
    fravaelg: [
      `${S}ff08e1ac-8a6a-49d0-984a-e326a1c0afb8`,
      `${S}06735a47-61df-4fcb-b23c-d26d70fd3cba`,
      `${S}11bc405a-505c-4bfe-be8f-345e5aae0c93`,
    ],
  },
  {
    uri: `${O}245be6d1-fe9a-4ac8-9f81-122a687e4724`,
    titelDa: "fabriksarbejder",
    synonymer: [
      "produktionsmedarbejder",
      "fabriksarbejder",
      "produktionsarbejder",
      "industriarbejder",
      "ufaglært produktionsmedarbejder",
    ],
    fravaelg: [`${S}070b9cfc-5052-4567-ab82-cb931eaed700`],
  },
  {
    uri: `${O}e7970c7a-7769-4002-87d3-0a8ea94fdd6f`,
    synonymer: ["anlægsgartner", "anlægsgartnersvend", "brolægger", "belægningsarbejder", "grøn service"],
  },
  {
    uri: `${O}a10eb17a-3c78-4f7a-a1da-8f31146339d3`,
    synonymer: ["gartnermedhjælper", "parkarbejder", "park og vej", "kirkegårdsgartner", "grønne områder"],
  },
  {
    uri: `${O}f4a25243-b06a-42a9-9c69-246853df63ad`,
    synonymer: [
      "ejendomsservicetekniker",
      "ejendomsfunktionær",
      "pedel",
      "servicemedarbejder",
      "teknisk servicemedarbejder",
    ],
  },
  {
    uri: `${O}1822bfc2-e735-449f-ba00-ca71eb5c062b`,
    synonymer: ["vicevært", "pedel", "skolepedel", "varmemester", "gårdmand"],
    fravaelg: [`${S}d1ba2b40-8811-4b60-8fc9-0e82b369c887`],
  },
  {
    uri: `${O}f7b04542-d8c7-42db-8475-e63b507cce82`,
    synonymer: ["receptionist", "receptionsmedarbejder", "frontdesk", "omstilling", "telefonist"],
  },
  {
    uri: `${O}13d1b2b4-99dd-44da-9734-c9f74bae18f7`,
    synonymer: [
      "kundeservice",
      "kundeservicemedarbejder",
      "kundeserviceassistent",
      "kundemedarbejder",
      "supportmedarbejder",
    ],
  },
  {
    uri: `${O}0ededdc2-050a-4ec3-8e70-6295105fcd19`,
    synonymer: ["callcenter", "callcentermedarbejder", "telefonsalg", "telemarketing", "kundeservice telefon"],
  },
  {
    uri: `${O}c3aae59e-1441-4b3e-bdd1-6da50dc7cf42`,
    synonymer: [
      "bogholder",
      "bogholderi",
      "regnskabsmedarbejder",
      "økonomimedarbejder",
      "kreditorbogholder",
      "debitorbogholder",
    ],
  },
  {
    uri: `${O}8d3e8aaa-791b-4c75-a465-f3f827028f50`,
    synonymer: ["sygeplejerske", "hjemmesygeplejerske", "sygeplejer", "autoriseret sygeplejerske", "spl"],
  },
  {
    uri: `${O}9c55aa23-e3f2-4c00-8c90-5ed5204951a3`,
    titelDa: "handicaphjælper",
    synonymer: ["handicaphjælper", "hjælper", "BPA-hjælper", "personlig hjælper", "handicapplejer"],
  },
  {
    uri: `${O}f4525ed8-54eb-4a3b-90db-55cc01b0d9fd`,
    synonymer: ["hjemmehjælper", "hjemmeplejen", "hjemmeplejer", "plejehjælper", "ufaglært hjemmehjælper"],
  },
  {
    uri: `${O}1aadb308-432a-4d01-b54b-b4f7f76dd419`,
    synonymer: ["bager", "bagersvend", "bagerlærling", "industribager"],
    fravaelg: [`${S}047ceb23-1eb3-4889-a07f-84a1e4b85bff`, `${S}adcde86b-023a-4865-afec-45e1c343388e`],
  },
];

/** More Danish words for occupations of the marketplace's slice (modules/marked/esco.ts keeps its own). */
export const EKSTRA_SYNONYMER: Readonly<Record<string, readonly string[]>> = {
  // cargo vehicle driver
  [`${O}45037d43-a8f5-4f46-b332-b2935bc305f4`]: [
    "chauffør C/E",
    "chauffør C",
    "CE-chauffør",
    "C-chauffør",
    "lastbil",
    "lastvognsmand",
    "vognmandschauffør",
  ],
  // warehouse worker
  [`${O}bea705fe-06ac-4147-b8e0-6e8ac1208d8f`]: ["lagermand", "lagerarbejder", "lager", "logistikmedarbejder"],
  // healthcare assistant
  [`${O}d38c2107-98f2-47b7-8bb4-f69750d51082`]: ["sosu-assistent", "sosu assistent", "sosu", "SSA"],
  // home care aide
  [`${O}1391bdf9-bd61-4fb5-91ca-c29036ab2b60`]: ["sosu-hjælper", "sosu hjælper", "SSH", "hjemmehjælper"],
  // child day care worker
  [`${O}3f74aad8-2d60-4be2-b059-8dba5568d530`]: [
    "pædagogmedhjælper",
    "pædagogisk assistent",
    "PAU",
    "medhjælper i børnehave",
    "medhjælper i vuggestue",
    "dagplejer",
  ],
  // shop assistant
  [`${O}0b15375e-dfdd-4047-9efb-096e0aaee7d2`]: ["butiksmedarbejder", "butik", "detailhandel", "salgsmedarbejder"],
  // ICT help desk agent
  [`${O}aaeec9a7-dc57-4485-890c-86b3eef735f9`]: [
    "IT-supporter",
    "IT supporter",
    "IT-medarbejder",
    "first level support",
  ],
  // building cleaner
  [`${O}303a1e34-cb16-4054-b323-81e5eec17397`]: [
    "rengøringsassistent",
    "servicemedarbejder rengøring",
    "rengøringsdame",
  ],
};

/** Danish labels of the demo occupations' skills that the marketplace's slice does not already label. */
export const DANSKE_FAERDIGHEDER: Readonly<Record<string, string>> = {
  [`${S}00e53a0a-c0ba-4c9f-a2ed-4706d5832a00`]: "sikre kundetilfredshed", // guarantee customer satisfaction
  [`${S}00fc7575-0cee-4b12-ade5-795cb2a4479a`]: "planlægge tiden i anlægsarbejde", // manage time in landscaping
  [`${S}02e235f4-a30a-412a-a06e-1c471ad28678`]: "følge regler for sundhedsfarlige stoffer", // follow procedures to control substances hazardous to health
  [`${S}03b9b491-fc9b-4868-914a-bf7cd47b5041`]: "finde løsninger på problemer", // create solutions to problems
  [`${S}0511c6df-d1fb-4606-9c73-4baba77eea79`]: "veje forsendelser", // weigh shipments
  [`${S}055ff233-6569-43db-9f95-a4b03dca97da`]: "bruge lagerregistreringssystemer", // operate warehouse record systems
  [`${S}0675eb6d-7918-4248-917b-dbce45b06901`]: "klargøre varer til salg", // carry out products preparation
  [`${S}07090471-265a-48ec-b744-72b357e801ed`]: "håndtere børns problemer", // handle children's problems
  [`${S}07dcecd9-b629-40cf-aea9-dbd62e77f841`]: "bruge snerydningsudstyr", // use snow-removal equipment
  [`${S}07e6bc9f-9c98-44ae-a7a3-5266caa393e1`]: "beregne reparationsomkostninger", // calculate costs of repair operations
  [`${S}08881cb7-5331-4b11-9442-4d7c9fce749e`]: "bekæmpe skadedyr", // perform pest control
  [`${S}088dd17a-9d92-4b93-9e4a-49587e015e06`]: "klargøre byggeplads", // prepare site for construction
  [`${S}0a85e1c5-393b-4348-97c4-7b5bef419e7d`]: "udskifte vandhaner", // replace faucets
  [`${S}0ae3af47-dc33-4cb0-a2a3-01c6a5bcd968`]: "pleje planters vækst", // maintain plants' growth
  [`${S}0b144726-21c2-46ed-8d13-c03d27f61604`]: "håndtere flere opgaver på én gang", // perform multiple tasks at the same time
  [`${S}0b3ee7c8-dc29-48de-a54b-2c91560161a4`]: "kontrollere forsendelser", // check shipments
  [`${S}0bb3792c-0a17-4e48-a8b3-5603bb12a660`]: "udføre sygepleje i eget hjem og nærmiljø", // provide nursing care in community settings
  [`${S}0c944316-12f6-4949-a156-a03dbaae790f`]: "sikre god hygiejne og sanitet", // ensure sanitation
  [`${S}0e1fe34b-f4e7-4642-8c8b-5a05ac3438e5`]: "planlægge egne opgaver", // manage schedule of tasks
  [`${S}0e89c75a-0f10-4d4c-b85c-ca7cfbeb9352`]: "vurdere skibes trim", // assess trim of vessels
  [`${S}0f298334-ae4a-4ab7-96c2-0d90d2883768`]: "støtte mennesker med handicap i fællesskabsaktiviteter", // assist individuals with disabilities in community activities
  [`${S}0f46a403-9606-465f-8247-8ae975ff4f35`]: "give mundtlige instruktioner", // communicate verbal instructions
  [`${S}11683adc-56fa-4408-84aa-8f02eb991628`]: "betjene løfteudstyr på skibe og kajer", // operate maritime lifting equipment
  [`${S}118efbcd-8fc5-4668-81d1-c383a0d16070`]: "løse helpdeskopgaver", // handle helpdesk problems
  [`${S}11c0bfec-6bc8-4ec0-a535-91bd65be92c5`]: "montere træelementer i konstruktioner", // install wood elements in structures
  [`${S}11f536f5-b0e2-46a6-95c1-bd765946604c`]: "passe på børnenes sikkerhed", // guarantee students' safety
  [`${S}120e54ef-b480-4d49-bf8d-591dbd3598f5`]: "flytte indgående gods", // shunt inbound loads
  [`${S}1316577b-31f7-437f-97ce-27c408b87a55`]: "tilberede mejeriprodukter", // prepare dairy products for use in a dish
  [`${S}13724e7d-b946-4773-915e-9621340237bc`]: "bidrage til sammenhæng i sundhedsforløb", // contribute to continuity of health care
  [`${S}13e1c0a2-b90d-46f4-be51-11730360b38d`]: "mure med mursten", // lay bricks
  [`${S}142415cb-503f-4721-b4d8-cac47de18cc6`]: "flytte materialer rundt på arbejdsstedet", // transport physical resources within the work area
  [`${S}1448431a-4fe5-4ca3-83db-665e0df3f130`]: "udføre rengøringsopgaver", // conduct cleaning tasks
  [`${S}147170ba-0141-4337-89af-b4513d745afe`]: "bidrage til årsbudgettet", // support development of annual budget
  [`${S}1493adef-8342-418b-bf61-87cf8a99c4d7`]: "håndtere glas", // handle glassware
  [`${S}14f6c275-5a3c-4016-8be0-53c40b4bfbc5`]: "styre varmebehandling", // operate a heat treatment process
  [`${S}17fa5b53-fd59-49eb-8763-29255a185d26`]: "forberede jorden", // prepare the ground
  [`${S}18226538-812b-4b59-a361-cdd58d76673d`]: "afhjælpe fugtproblemer i bygninger", // manage buildings' damp problems
  [`${S}182915aa-3470-433a-9b12-347511befcde`]: "registrere vedligeholdelsesarbejde", // maintain records of maintenance interventions
  [`${S}192043be-5700-40fd-9e21-52c8f1ba8b2e`]: "rengøringsmidler", // cleaning products
  [`${S}1954f68c-74be-4727-b127-1025ab39bfcc`]: "fastsætte priser for kundeservice", // determine charges for customer services
  [`${S}1b3a0b78-cd19-4503-a58c-9b1eda2396bb`]: "klargøre kobberrør til gas", // prepare copper gas-lines pipes
  [`${S}1be68ecc-7263-4118-8ca5-254e444f3bc0`]: "vejlede elever om læringsindhold", // consult students on learning content
  [`${S}1c7ac9a3-5385-4443-bd7f-64f86451c0c1`]: "bruge kreative pædagogiske metoder", // use pedagogic strategies for creativity
  [`${S}1c8a92d4-18b9-4279-898c-ad89233bb511`]: "holde øje med lageret af råvarer", // monitor ingredient storage
  [`${S}1f5148bb-1eb0-473d-a312-50e4ed24159f`]: "forsyne maskiner med værktøj", // supply machine with appropriate tools
  [`${S}1f6eac42-e5aa-4fa7-a75d-a4eea12c618e`]: "formidle intern information", // disseminate internal communications
  [`${S}202d6f30-e630-4b27-a437-ce4e2b8a5d75`]: "arbejde under krævende forhold i fødevareproduktion", // manage challenging work conditions during food processing operations
  [`${S}20b9852f-a445-4097-8273-4a18fa6bfff0`]: "bruge restaureringsteknikker", // apply restoration techniques
  [`${S}20f57a7f-b90e-4403-8c77-5ddd89b5835b`]: "forberede aktiviteter og undervisning", // prepare lesson content
  [`${S}21d5f9c6-c35d-4c70-bbc5-f32cbd7b2500`]: "sikre køling af fødevarer i forsyningskæden", // ensure refrigeration of food in the supply chain
  [`${S}2239694b-771a-4586-8b54-2794e361a9ae`]: "pleje kunderelationer", // maintain relationship with customers
  [`${S}229b10cf-6f3a-490c-9706-01c107df0562`]: "fremme samarbejde mellem børnene", // facilitate teamwork between students
  [`${S}2384ce67-127d-467c-8ac3-cdabd3629936`]: "opsætte udstyr til fødevareproduktion", // set up equipment for food production
  [`${S}23b355ee-94db-4831-b16d-935adc5de1cd`]: "tilberede kødprodukter", // prepare meat products for use in a dish
  [`${S}23db1cab-e565-4a90-89f8-3a8685a20029`]: "holde lagerets bygning og inventar i orden", // maintain physical condition of warehouse
  [`${S}2562fa92-6ecf-4ba9-831e-0ce94acb8991`]: "skille udstyr ad", // disassemble equipment
  [`${S}25fce4fb-35b6-49b6-a4fa-c7aa168fd770`]: "undersøge varer", // examine merchandise
  [`${S}267399ec-f364-4892-9265-906b413583ce`]: "kontrollere råvarers kvalitet ved modtagelse", // check the quality of raw materials at reception
  [`${S}26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da`]: "byde gæster velkommen", // greet guests
  [`${S}27536739-c38b-45d2-9e96-1573b1d32fdd`]: "bruge pakkeudstyr", // use packaging equipment
  [`${S}279101c1-e325-4349-bf58-401b6c8ff208`]: "betjene kasse", // operate cash point
  [`${S}27ef6576-abf1-4825-8d9e-10f1c33dfe4f`]: "bygge havemure og belægninger", // build garden masonry
  [`${S}28123a65-be06-4466-b117-e2ff289899f8`]: "håndtere levering af møbler", // handle delivery of furniture goods
  [`${S}28b7d7fb-0483-4877-9aaa-f990f10f16f5`]: "bruge stemmestyret plukning (voice picking)", // operate voice picking systems
  [`${S}28ca596e-5e2f-4149-a28d-42d2c4c20227`]: "vurdere børn og unges udvikling", // assess the development of youth
  [`${S}28d715e3-3e5b-4fb6-8dd2-4be4919c8587`]: "håndtere kundeklager", // handle customer complaints
  [`${S}28e0aa60-f11d-4c55-b866-155eff99f344`]: "flytte udgående gods", // shunt outbound loads
  [`${S}2a2cf590-67fd-473b-8ae0-f1f7d46bcbe7`]: "bruge vinkelstang", // use squaring pole
  [`${S}2a3807d3-fb29-44cf-8f6c-6a2c36201284`]: "installere vandfiltreringsanlæg", // set up water filtration system
  [`${S}2aa6039e-c747-4f74-a61e-e96a195f3260`]: "bruge slibemaskine", // use sander
  [`${S}2b8386c1-eed6-42ff-bd99-349eca9ea46e`]: "følge faglige standarder i socialt arbejde", // meet standards of practice in social services
  [`${S}2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f`]: "analysere data", // perform data analysis
  [`${S}2c9f2122-093d-4660-908e-dac8fbdc33fa`]: "arbejde helhedsorienteret i omsorgen", // apply a holistic approach in care
  [`${S}2d28964f-0a2d-4aa2-bc2d-c73f7a4442d6`]: "efterbehandle beton", // apply finish to concrete
  [`${S}2da864d4-339f-40ab-91c0-9f8d229a2c0b`]: "slå snorlinjer", // snap chalk line
  [`${S}2de4572a-4724-4f76-afc2-72a568a264ac`]: "tale flere sprog", // speak different languages
  [`${S}2e69f3a4-e0be-4990-aff7-facc1b6c6860`]: "vælge emballage efter sikkerhedsregler", // match goods with appropriate packaging according to security procedures
  [`${S}2e8e2acf-5d58-4d99-807d-2ed77a6c8b17`]: "samle træemner", // join wood elements
  [`${S}2f7800d9-e200-4395-b606-00db52841660`]: "klargøre arealer til græssåning", // prepare sites for planting of grass
  [`${S}2f8a2712-d20c-4e5f-b34a-738f55486aa0`]: "følge kvalitetsstandarder i socialt arbejde", // apply quality standards in social services
  [`${S}30bfd573-ab0b-457e-95fa-851dc681af60`]: "afdække og beskytte overflader under byggearbejde", // protect surfaces during construction work
  [`${S}30d49832-84bd-4d97-9441-aef97a76a8d0`]: "løse problemer i socialt arbejde", // apply problem solving in social service
  [`${S}31266e8e-673b-4e39-91c9-d4774838c152`]: "udføre CIP-rengøring", // conduct cleaning in place
  [`${S}3377f3b2-4ba2-457f-b29d-8df59e8cfba8`]: "følge børnenes udvikling og trivsel", // observe student's progress
  [`${S}341cf309-746c-4437-ad14-e0a0ee13eacc`]: "modtage køkkenvarer", // receive kitchen supplies
  [`${S}34a80161-73fd-4a45-b135-ead89d4f37ee`]: "melde om farligt udstyr", // report on possible equipment hazards
  [`${S}351122a2-44f7-41db-ba8b-425136d5fb87`]: "pleje græs og plæner", // maintain turf and grass
  [`${S}35ccdf6c-6928-4ad1-967f-c984134b6bd9`]: "male med dækkende farve", // apply colour coats
  [`${S}360e1c45-d335-4a19-b717-e1932927a72b`]: "modtage råvarer", // handle delivery of raw materials
  [`${S}37c2e1e3-a283-4e7e-827c-d89efc1ddf5c`]: "sikre at forsendelser svarer til fragtpapirerne", // ensure that shipment contents correspond with shipping documentation
  [`${S}3982571a-e9ce-442a-a4a0-fdfc97727091`]: "styre kassen", // manage cash desk
  [`${S}39a8498f-87e3-4923-817c-3f5835a64bd2`]: "tilberede saucer", // prepare saucier products for use in a dish
  [`${S}3aa7e88e-bebd-48b1-94ba-6efddeecf08f`]: "beskytte sårbare borgere", // protect vulnerable social service users
  [`${S}3aeab77e-daa2-4851-95fc-d236c3b5718e`]: "føre logbog", // maintain logbooks
  [`${S}3b36e006-97a9-4894-b8b7-3979d309d518`]: "følge varebevægelser", // monitor goods movement
  [`${S}3c73898b-04a6-4e3a-b84a-3a032277c916`]: "stable gods i containere", // apply techniques for stacking goods into containers
  [`${S}3c84f7d9-7a3e-4343-814f-31de0aa61651`]: "efterse gaffeltrucks", // conduct forklift inspections
  [`${S}3d3ee5c3-4286-457f-9f76-1704011f7e11`]: "overholde lovkrav", // comply with legal regulations
  [`${S}3dbf27e5-bb92-4b31-b242-d6b02d933184`]: "beskytte borgere mod skade", // contribute to protecting individuals from harm
  [`${S}3e3f2ff8-cf80-4415-ac6a-020d52b175c1`]: "kløve mursten", // split bricks
  [`${S}415abd43-e8e5-4643-b5da-5f11307af57a`]: "bruge forskellige kommunikationskanaler", // use different communication channels
  [`${S}418765cd-77f9-4c6f-8b00-e56ebec767bb`]: "veje materialer", // weigh materials
  [`${S}41be6ab9-1cf9-43af-8c63-b6664b921dd5`]: "vedligeholde grønne arealer", // perform ground maintenance activities
  [`${S}42a6eff0-e9d9-423d-877b-e48fe91ff26f`]: "servere ved bordet", // serve food in table service
  [`${S}43b13058-68d0-40c6-8031-caf5a7b7d20c`]: "føre opgavelister", // keep task records
  [`${S}441707bb-9ad3-406c-9975-a6bec96f537b`]: "styrke borgerens egne ressourcer", // empower individuals, families and groups
  [`${S}44773391-78b7-4500-b421-96a9ca622a99`]: "servere vin", // serve wines
  [`${S}449f85e3-22e6-44d3-a295-b2fb1ab8b494`]: "vejlede gæster om menuer til særlige arrangementer", // advise guests on menus for special events
  [`${S}44da96fe-26a3-4a32-9a0f-c49614bb7298`]: "skabe gode relationer til børnene", // manage student relationships
  [`${S}44f6a65f-6be7-4818-9a66-73908797283f`]: "holde øje med lagerbeholdningen", // monitor stock level
  [`${S}453b6898-de72-4ff9-b217-4a3cd377e155`]: "holde øje med borgerens helbred", // monitor service users' health
  [`${S}46003629-a579-4d0a-b3ea-80ef890699d6`]: "vurdere behov for sygepleje", // diagnose nursing care
  [`${S}47d286a7-38b2-4970-a9f2-69c7faa77167`]: "overholde standardportioner", // comply with standard portion sizes
  [`${S}497705d7-7a03-4a68-99f3-69d2de9366f4`]: "vurdere risici for borgeren", // undertake risk assessment of social service users
  [`${S}4a874516-eb34-4dc1-833d-864c5a448db2`]: "støtte børn og unges positive udvikling", // support the positiveness of youths
  [`${S}4af56376-7b2f-4ced-ac58-0c3967bd1e83`]: "transportere byggematerialer", // transport construction supplies
  [`${S}4b5d4fe3-4280-47c0-b1d2-ab08ace85557`]: "arbejde med borgere med forskellig kulturel baggrund", // deliver social services in diverse cultural communities
  [`${S}4be3c34e-47ba-4881-ac74-8bd244e0b04c`]: "deltage i oplæring af sundhedspersonale", // participate in health personnel training
  [`${S}4f1559a5-c0e6-4950-a66c-c57e12380602`]: "hjælpe med indendørs beplantning", // assist in interior plant projects
  [`${S}4f2f7d17-50e5-4f35-b436-b654c5132282`]: "vurdere skibes stabilitet", // assess stability of vessels
  [`${S}4fa2d6ba-4fff-4f21-bddd-4a54ae840955`]: "arbejde i et byggesjak", // work in a construction team
  [`${S}50181a4b-1cfd-4fbd-ac9a-c1a494b9c5d0`]: "følge op på kundehenvendelser", // implement customer follow-up
  [`${S}50db2b5e-edda-496d-8a6e-aff91dc243d9`]: "tilberede bagværk", // prepare bakery products
  [`${S}51097602-8e4e-4830-8f35-d77afc713fc0`]: "beskære hække og træer", // prune hedges and trees
  [`${S}5125b132-d1a9-41a4-95c3-91b0984e86b5`]: "vedligeholde udearealer", // maintain ground
  [`${S}51754b8a-3e2c-4cc1-86e6-cf510d9c6fe4`]: "bruge personlige værnemidler", // use personal protection equipment
  [`${S}51a26193-9abe-4bce-9108-f50835be1c35`]: "håndtere kemiske rengøringsmidler", // handle chemical cleaning agents
  [`${S}524c4331-5090-4565-a0bc-0a9ae874938d`]: "tage ledelse i sociale sager", // demonstrate leadership in social service cases
  [`${S}5521fcf8-80fa-489b-af18-a69823b85702`]: "rengøre maskiner til fødevarer og drikkevarer", // clean food and beverage machinery
  [`${S}5592ab32-4e7a-4cda-8e64-ca36d5de8a10`]: "omstille sig til nye situationer", // adapt to changing situations
  [`${S}5598739b-6718-4cff-8402-91d7f65b1505`]: "holde arbejdspladsen ryddelig og ren", // maintain work area cleanliness
  [`${S}55f52ccc-fca9-434b-afab-497387e75359`]: "kontrollere vandtryk", // check water pressure
  [`${S}5626b3b1-5415-47f6-acf1-b573d457d180`]: "bage", // bake goods
  [`${S}57c1debf-3867-4e64-baf8-ce70d84f88c9`]: "holde butikken ren", // maintain store cleanliness
  [`${S}585ed991-fdab-4f3c-9187-a32bfb7ab822`]: "udføre balanceposteringer", // perform balance sheet operations
  [`${S}59030382-506d-454d-81cd-787586ffb840`]: "installere PVC-rør", // install PVC piping
  [`${S}5915e97d-ecca-4713-941e-ad7c8c00720b`]: "hjælpe med selvmedicinering", // assist with self-medication
  [`${S}5927864c-0486-442f-9aa0-617a89c727f0`]: "fordele vægten efter løfteudstyrets kapacitet", // organise weight of loads according to lifting equipment capacity
  [`${S}59b2d857-dd1c-4596-925e-219c0ebf9c5d`]: "holde receptionen præsentabel", // maintain reception area
  [`${S}5b91b6d4-345e-4195-a078-218514871e7b`]: "udnytte lagerpladsen effektivt", // ensure efficient utilisation of warehouse space
  [`${S}5bf7f85a-b080-4b27-8ddc-9f62af4643f5`]: "bruge el-værktøj", // use power tools
  [`${S}5d05068e-7ae7-4ff6-8fa3-e35ea03b48b1`]: "kvalitetskontrollere produkter på produktionslinjen", // check quality of products on the production line
  [`${S}5dd01a1e-7ba0-4b7f-a76c-ed811c12bfde`]: "regne og bruge tal", // apply numeracy skills
  [`${S}5df6be8c-c4ff-4bef-b744-3d502e5e5330`]: "høvle og slibe træ glat", // create smooth wood surface
  [`${S}5e13af88-67d3-46ed-af58-8a7b8ebe7b1f`]: "lægge venflon", // perform venous cannulation
  [`${S}5e5d8826-92c4-4274-a6f9-3db6fca9eadc`]: "følge sikkerhedsregler i omsorgsarbejdet", // follow health and safety precautions in social care practices
  [`${S}5ef6d0cf-1ce3-487e-97e6-90670353d030`]: "være omhyggelig med mad og drikke", // attend to detail regarding food and beverages
  [`${S}5f8a6414-7095-410f-aee6-774cec68077e`]: "placere last i lastbil og varebil", // accommodate cargo in freight transport vehicle
  [`${S}6063652e-22c4-472e-bb96-6e5ec1e7c5de`]: "vejlede om sundhed og sygdom", // provide nursing advice on healthcare
  [`${S}606f8d77-443a-48c0-bd9c-1762e459b8e7`]: "tilberede brødprodukter", // prepare bread products
  [`${S}60f51172-37c0-4933-a27a-cbf55dcd7580`]: "udarbejde regnskaber", // prepare financial statements
  [`${S}6122d586-5978-431f-8e7a-96e61fc1f3fc`]: "bære beskyttelsesudstyr", // wear appropriate protective gear
  [`${S}61970f8b-099c-4e7e-82e0-9ccdced0baf3`]: "hjælpe kunder", // assist customers
  [`${S}6451e645-67b5-4cc7-aafd-fab19629fa82`]: "arkivere arbejdsdokumenter", // archive documentation related to work
  [`${S}64f0b3c5-92ff-4fd7-9e34-cfe5eeb11c98`]: "reparere møbelstel", // repair furniture frames
  [`${S}651675ef-d203-4ba9-bde0-c4fb8a2f3ef3`]: "læse tekniske datablade", // read technical datasheet
  [`${S}6569856a-6dbb-49e3-87df-92f8ef7f703c`]: "vedligeholde truck og løfteudstyr", // maintain material handling equipment
  [`${S}65b32af2-3665-49a4-8eec-d3b2138ec09b`]: "finde vindskævt træ", // identify wood warp
  [`${S}680f271f-4a7e-410a-aaaf-4f42c8f48251`]: "dosere ingredienser i fødevareproduktion", // administer ingredients in food production
  [`${S}69c865d1-39d6-48ae-b33f-75a7e9cc1811`]: "betjene maskiner til anlægsarbejde", // operate landscaping equipment
  [`${S}6acf652c-33b2-4e28-8f79-1e553f255229`]: "planlægge sygepleje", // plan nursing care
  [`${S}6c3d9ae0-b7ea-466e-ae9c-04138a4abbba`]: "klatre på jernbanevogne", // climb on railcars
  [`${S}6caaeece-8a4a-44b3-bc78-d9687676c015`]: "støtte traumatiserede børn", // support traumatised children
  [`${S}6d53015b-6867-408f-8f3a-4eb9d5dae101`]: "gøde og pleje jorden", // maintain plant soil nutrition
  [`${S}704bed2c-737a-4585-b840-1d28bbcab9b4`]: "tage imod bestillinger på mad og drikke", // take food and beverage orders from customers
  [`${S}71480db1-a706-47f9-952f-bdc5036e3df3`]: "koordinere pleje og omsorg", // coordinate care
  [`${S}738de3bd-2b6d-4183-beb9-055360b58639`]: "styre råvarer i produktionen", // support management of raw materials
  [`${S}74a5e8b1-dc44-4a03-b4f2-ad06966128c6`]: "hjælpe med personlige papirer og økonomi", // assist with personal administration issues
  [`${S}76f22707-8d30-453f-9eb7-3376e2960311`]: "håndtere post", // handle mail
  [`${S}77250067-81bd-4e18-865e-2be6ca26c8a8`]: "passe bageriovne", // tend bakery ovens
  [`${S}77526b41-a770-4d4e-975e-5a595f6544fe`]: "håndtere kundeklubber og bonusordninger", // process loyalty schemes
  [`${S}77eda69d-ddf6-40ca-b66f-870ea996734d`]: "passe børn i SFO og fritidsordning", // provide after school care
  [`${S}7991b413-8e71-415d-bb6a-923ea154abc5`]: "stable tomme paller", // stack empty pallets
  [`${S}7a63f944-6948-4ae4-9c1f-d08e492535c9`]: "yde personcentreret omsorg", // apply person-centred care
  [`${S}7b3717e4-e963-44e0-b94f-1088a7242da0`]: "passe planter", // nurse plants
  [`${S}7e5786f8-1174-4f75-97e3-cfecfd95d797`]: "give fremragende service", // deliver outstanding service
  [`${S}80e257a9-5725-4faf-ba94-d1675ccc878d`]: "holde styr på træemner", // keep track of wooden elements
  [`${S}81513fdf-5ea9-4375-9bc4-67ad959ac5de`]: "kontakte kunder", // contact customers
  [`${S}81dc035c-921b-4fea-a453-94538e86097c`]: "give beskeder videre", // disseminate messages to people
  [`${S}83e97138-899a-4af8-9187-47823e875841`]: "overholde lovpligtige krav i regnskabet", // follow the statutory obligations
  [`${S}844e9480-7aef-49f6-9260-d88c27249241`]: "formere planter", // propagate plants
  [`${S}8541f3ae-b599-4ffe-8603-e66dc0ee97dc`]: "køre teleskoplæsser", // use telescopic handlers
  [`${S}860e85ee-5992-445a-b3d3-9bab524f7600`]: "styre pædagogiske materialer", // manage resources for educational purposes
  [`${S}872ad4df-5576-4322-8ebf-36b9d448965a`]: "kontrollere malerarbejde", // inspect paintwork
  [`${S}87a708d8-a14d-42ce-8f03-c8a199f999d5`]: "bruge klinisk ræsonnering", // use clinical reasoning
  [`${S}87ebb1d4-3aab-4257-b2bd-7b7f2008eea2`]: "påføre beskyttende overfladebehandling", // apply a protective layer
  [`${S}88ea614f-7e96-48fd-bf0b-96bf00bdb098`]: "slibe træ", // sand wood
  [`${S}89d2bb53-67fc-4b9e-80c7-07b6c587bc0d`]: "arbejde sikkert med kemikalier", // work safely with chemicals
  [`${S}8a1942a8-bebd-4cc5-bdff-fe215aaa3de5`]: "bruge haveredskaber", // use gardening equipment
  [`${S}8a326ee1-169c-4c44-b38b-8f1bb20ec79b`]: "finde fejl i bogføringen", // identify accounting errors
  [`${S}8ce60e03-6513-4530-84c4-feeacefcae85`]: "vurdere afstande", // estimate distances
  [`${S}8ed53702-3e4e-4637-a4c3-9dc8f4281019`]: "montere byggeprofiler", // install construction profiles
  [`${S}8f8fbcd8-d29b-43c4-a27b-8035b91f6ded`]: "finde kondensproblemer", // identify condensation problems
  [`${S}8f96b592-24c4-40c3-bb88-189ae3a1e405`]: "forme dej", // mould doughs
  [`${S}910becaf-d07b-455a-a363-0bf9430afb51`]: "rengøre udstyr", // clean equipment
  [`${S}91324cff-50d9-4a65-81da-2985b6751180`]: "holde øje med køkkenets beholdning", // monitor kitchen supplies
  [`${S}933e7ccf-5d56-46ba-aca4-857f826a6b3a`]: "booke aftaler", // administer appointments
  [`${S}9685849e-f2b4-490f-85b5-20fc6fff9fda`]: "bruge værktøj til lagermærkning", // use warehouse marking tools
  [`${S}98119761-07b9-4e27-ae16-23586ab4becb`]: "undersøge bygningers tilstand", // examine the conditions of buildings
  [`${S}9839e458-9555-45ea-b330-712b0d932acf`]: "opbevare varer", // store goods
  [`${S}9889b795-d755-41b2-8afd-2e3c87a65a38`]: "bruge CRM-system", // use customer relationship management software
  [`${S}9b31016e-c99d-4bd2-a550-d5660dac5041`]: "rengøre køkkenudstyr", // clean kitchen equipment
  [`${S}9ccd8da7-733b-4aff-a49f-94c390aeb618`]: "overdrage køkkenet ryddet og rent", // handover the food preparation area
  [`${S}9db00bb4-4c59-45d2-8040-bbef63361f89`]: "samle varer", // assemble goods
  [`${S}9e4a6278-b6e7-4804-8b6f-11124690c6a8`]: "anbefale vin", // recommend wines
  [`${S}9ea652f6-accf-45bb-b9a8-590f06f7bd51`]: "fylde maskiner op", // supply machine
  [`${S}9fcfddf2-6f79-4452-a642-066dc55ddcbb`]: "dekantere vin", // decant wines
  [`${S}a125a4c2-3b0a-4996-9a63-57043d4d9159`]: "industriværktøj", // industrial tools
  [`${S}a4c40f64-e8d4-4677-a741-ec04e63fa284`]: "designe møbler", // design original furniture
  [`${S}a5acf4ab-767c-42cc-b9ae-b4a11faa198f`]: "klargøre serveringsvogne", // prepare service trolleys
  [`${S}a8c14569-704d-4615-bfb3-b1ecfd721bb3`]: "betjene boremaskine (træ)", // tend boring machine
  [`${S}a8c5e58f-1f0f-40bc-8860-aaab0f64f105`]: "undervise børn i børnehaveklasse", // teach kindergarten class content
  [`${S}a97353c8-f2a3-47be-86e1-f7c301fca630`]: "styre rengøringsopgaver", // manage cleaning activities
  [`${S}a983df1f-7192-4ba4-9b75-944b9614ed89`]: "udføre sikkerhedstjek af legepladser og parker", // perform park safety inspections
  [`${S}aa238394-8126-4ada-be2f-9dfe065cf314`]: "følge organisationens retningslinjer", // adhere to organisational guidelines
  [`${S}aa9b1abd-3a2d-499e-95c5-684385ca5847`]: "reservere varer til kunder", // reserve merchandise for customers
  [`${S}ab3d3d36-0242-41b0-bf5e-d8301171b14a`]: "montere PEX-rør", // attach PEX pipe
  [`${S}ac2d4fd4-3704-42e5-b2a8-c8498c7a25a6`]: "udlevere adgangskort", // allocate badges
  [`${S}b1338cfb-930c-4bcb-b77a-1034d76ddb0e`]: "bruge håndværktøj", // use traditional toolbox tools
  [`${S}b1c87aa4-f4f8-4ca5-a844-c44516483b29`]: "opbevare køkkenvarer", // store kitchen supplies
  [`${S}b401183d-cda3-4137-9feb-eb1054e2771e`]: "lede anlægsprojekter", // supervise landscape projects
  [`${S}b469a01e-2d3c-4143-8af8-687630fb4ee5`]: "yde palliativ pleje", // provide palliative care
  [`${S}b6239792-033c-41ba-b09b-21837655436a`]: "kontrollere at murværket er i lod", // check straightness of brick
  [`${S}b7c8f418-08d5-45d6-b697-ab26c6ecbfb4`]: "sætte kunden i centrum", // ensure client orientation
  [`${S}b826a56a-811d-477c-b165-271729f644a4`]: "male overflader", // paint surfaces
  [`${S}bc250150-3372-42c9-834a-a1b65f89ca0b`]: "overholde krav til fødevareproduktion", // apply requirements concerning manufacturing of food and beverages
  [`${S}bcb02777-45be-4166-9448-74a15b6f8136`]: "støtte børn med særlige behov", // assist children with special needs in education settings
  [`${S}bdcac0c8-b77a-4640-9eaf-c0cf3efd1e23`]: "håndtere betalinger", // process payments
  [`${S}bf7a45c4-0d72-4e6e-9da7-127b2b6656b7`]: "følge GMP (god fremstillingspraksis)", // apply GMP
  [`${S}bfd96453-f2fd-43ea-afc1-fb2dc0d7367d`]: "blande mørtel og fugemasse", // mix construction grouts
  [`${S}c011d9ef-b3f1-4f48-8d1b-9cdd288a4f55`]: "gøre restauranten klar til service", // prepare the restaurant for service
  [`${S}c42d2a2a-2f55-45ac-beb1-0a8a76412457`]: "bruge knive og skæreredskaber", // use food cutting tools
  [`${S}c45efdbc-08f7-4d95-b9c9-1fc63c9b40c4`]: "rengøre malerværktøj", // clean painting equipment
  [`${S}c84b98b2-36bd-4742-84b6-9e5c30ce1407`]: "bruge tolk", // communicate by use of interpretation services
  [`${S}ca273412-56a5-487e-a58b-2539abc0d730`]: "tegne emner til håndværk", // design objects to be crafted
  [`${S}ca309d1f-e080-42a3-b828-1c16e74aa9e7`]: "fuge murværk", // finish mortar joints
  [`${S}cc28b12f-a358-40c9-9fb1-b2e311d8ef4d`]: "bruge erstatningsmaterialer", // use substitute materials
  [`${S}d085f57a-db05-4db7-aab5-9d9a29e8b949`]: "styre vedligehold af udearealer", // manage ground maintenance
  [`${S}d12e9d68-84c5-444e-aa98-d36533bf03f6`]: "arbejde efter ITIL", // apply operations for an ITIL-based environment
  [`${S}d15f8745-28f8-4abf-a7b6-6cb8a304efd2`]: "kunne tåle travlhed og pres", // tolerate stress
  [`${S}db99d662-4230-49b3-a9e9-b0043a70c3c3`]: "betjene boreudstyr", // operate drilling equipment
  [`${S}dc3932d7-d064-436b-9dc7-ee8835d0f246`]: "holde kasseområdet rent", // maintain check-out area cleanliness
  [`${S}debb8d81-ed7f-447d-853a-5d107fda6fcf`]: "følge op over for kunder", // provide customer follow-up services
  [`${S}dfce2aba-783e-4e17-9c17-e74aca505ec2`]: "læse 2D-tegninger", // interpret 2D plans
  [`${S}e0607ffd-586e-4d70-ae88-5998bfa21dda`]: "registrere kundeordrer", // process order forms with customer's information
  [`${S}e9030465-13c5-46d2-bdae-c2c1a9dbec86`]: "bilagsføre posteringer", // attach accounting certificates to accounting transactions
  [`${S}eaa9727c-df1e-407a-85d3-48cc71508bc2`]: "udarbejde råbalance", // prepare trial accounting balances
  [`${S}efe5d94c-2249-4a50-8c44-6e77331c698d`]: "forebygge tyveri", // manage theft prevention
  [`${S}f13bcfba-84b9-44a0-974f-a3d5b470ea9a`]: "gå inspektionsrunder", // execute inspection walkway
  [`${S}f14ff4b7-be1e-4b55-b39b-520005f8a97e`]: "samarbejde med ledelsen", // liaise with managers
  [`${S}f3f15fe4-3e74-4cc2-b0ac-71a330885e3e`]: "opdage beskadigede varer før afsendelse", // identify damaged goods before shipment
  [`${S}f5798f9c-42a3-4a54-b4c2-ec33a2ddd863`]: "følge op på reparation af køretøjer", // monitor vehicle repairs
  [`${S}f5f5b244-6cea-4fbc-8a50-8f712791bc09`]: "følge virksomhedens standarder", // follow company standards
  [`${S}fc0fbc9c-b24d-42fa-ae66-c9b4945b6bc0`]: "flytte varer mellem lagre", // transfer stock
  [`${S}fd311456-d8d2-43ca-b6be-a66bbff90302`]: "arbejde selvstændigt", // handle tasks independently
};
