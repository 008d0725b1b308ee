/**
 * The demo municipalities' knowledge base as the administrator would write it: the typical questions to a jobcentre
 * in plain Danish, each citing the page of Min side or the rule it comes from. Each municipality gets its own copy
 * (it maintains its own), and Køge has a few articles of its own. The evaluation (bench/chatbot-eval.bench.ts) runs
 * against exactly this content.
 */
import type { ArtikelInput } from "./store.ts";

export const DEMO_SYNONYMER: string[][] = [
  [
    "ferie",
    "fri",
    "holiday",
    "vacation",
    "feriedage",
    "fridage",
    "fridag",
    "feriedag",
    "afspadsering",
    "ferien",
    "rejse til udlandet",
    "rejse",
    "udlandet",
  ],
  [
    "udbetaling",
    "penge",
    "pengene",
    "betaling",
    "betaler",
    "betale",
    "udbetalt",
    "udbetales",
    "payment",
    "overførsel",
    "kontoen",
    "ydelsen",
    "løn",
    "lønningsdag",
    "lønning",
  ],
  ["sygemelding", "syg", "sygdom", "sick", "sygemeldt", "melde syg", "influenza", "feber", "indlagt", "sygemelde"],
  [
    "aktindsigt",
    "se mine papirer",
    "mine papirer",
    "se min sag",
    "sagsakter",
    "akter",
    "journal",
    "journalen",
    "kopi af min sag",
    "indsigt",
    "notater",
    "hvad der står om mig",
  ],
  [
    "samtale",
    "møde",
    "jobsamtale",
    "samtaler",
    "møder",
    "meeting",
    "appointment",
    "opfølgningssamtale",
    "snakke med",
    "tale med",
    "aftale",
    "aftalen",
  ],
  [
    "flytte",
    "rykke",
    "udskyde",
    "ændre",
    "ombooke",
    "reschedule",
    "ny tid",
    "andet tidspunkt",
    "aflyse",
    "kan ikke komme",
    "anden dag",
    "kommet noget i vejen",
    "flyttet",
  ],
  ["booke", "bestille", "reservere", "book", "finde en tid", "lave en aftale", "få en tid"],
  ["melde", "sige til", "sige det til", "give besked", "informere", "fortælle"],
  ["hvorfor", "hvad skal jeg med", "hvad skal det til for", "hvad er formålet med", "hvad er meningen med"],
  ["dækket", "betalt", "dække", "refunderet", "refusion", "godtgjort"],
  [
    "joblog",
    "jobloggen",
    "ansøgninger",
    "ansøgning",
    "jobsøgning",
    "søge job",
    "søgte job",
    "jobansøgninger",
    "ansøge",
    "udfylde jobloggen",
    "udfylde joblog",
  ],
  [
    "befordring",
    "transport",
    "kørsel",
    "buskort",
    "togbillet",
    "kørepenge",
    "befordringsgodtgørelse",
    "transportudgifter",
    "benzin",
    "rejseudgifter",
    "bus",
    "tog",
  ],
  ["besked", "beskeder", "skrive til", "meddelelse", "mail", "e-mail", "message", "kontakte", "skriv"],
  ["sagsbehandler", "jobkonsulent", "rådgiver", "konsulent", "caseworker", "sagsbehandleren"],
  [
    "bisidder",
    "bisiddere",
    "ledsager",
    "støtteperson",
    "tage nogen med",
    "companion",
    "partsrepræsentant",
    "komme med",
    "tage med",
    "veninde",
    "ven",
  ],
  [
    "adgangslog",
    "hvem har set",
    "hvem har kigget",
    "hvem har læst",
    "logning",
    "kigget i",
    "været inde og se",
    "været inde i",
  ],
  ["kursus", "kurser", "markedsplads", "markedspladsen", "course", "efteruddannelse", "opkvalificering", "forløb"],
  ["dagpenge", "a-kasse", "akasse", "a kasse", "arbejdsløshedskasse", "unemployment benefit"],
  ["kontanthjælp", "kontanthjælpen", "uddannelseshjælp", "social benefit"],
  ["rettigheder", "pligter", "ret og pligt", "rights", "duties"],
  ["klage", "klager", "anke", "complain", "complaint", "utilfreds", "uenig"],
  [
    "udeblive",
    "udeblev",
    "udebliver",

    "misse",
    "missede",
    "ikke mødte op",
    "møder ikke op",
    "kom ikke",
    "glemte min samtale",
    "glemt min samtale",
    "glemte samtalen",
    "glemt samtalen",
    "glemte mit møde",
    "glemt mit møde",
    "glemte mødet",
    "glemt mødet",
  ],
  ["rådighed", "til rådighed", "stå til rådighed", "rådig"],
  ["tilbud", "aktivering", "aktiveringstilbud", "løntilskud", "virksomhedspraktik", "praktik"],
  ["plan", "min plan", "jobplan", "handleplan"],
  [
    "oplysninger",
    "telefonnummer",
    "adresse",
    "kontaktoplysninger",
    "mobilnummer",
    "email-adresse",
    "data",
    "mine data",
    "personoplysninger",
  ],
];

export interface DemoArtikel extends ArtikelInput {
  /** only in this municipality (else in both) */
  kun?: string;
}

export const DEMO_ARTIKLER: DemoArtikel[] = [
  {
    noegle: "ferie-dagpenge",
    titel: "Ferie, når du får dagpenge",
    spoergsmaal: [
      "Må jeg holde ferie, når jeg er på dagpenge?",
      "Hvor mange ugers ferie har jeg som ledig med dagpenge?",
      "Hvordan melder jeg ferie fra a-kassen?",
      "Får jeg penge, når jeg holder ferie som ledig?",
    ],
    svar:
      "Når du får dagpenge, kan du holde ferie med feriepenge fra din tidligere arbejdsgiver eller med feriedagpenge " +
      "fra a-kassen (op til 5 uger om året, når du har været medlem i et år). Du skal melde ferien til jobcentret på " +
      "Jobnet og til din a-kasse, før den begynder. Mens du holder ferie, skal du ikke stå til rådighed, men samtaler, " +
      "der allerede er booket, skal du flytte. Din a-kasse udbetaler feriedagpengene.",
    svarEn:
      "On unemployment benefit (dagpenge) you can take holiday with holiday pay from your former employer or with " +
      "holiday benefit from your a-kasse (up to 5 weeks a year after one year of membership). Report the holiday to " +
      "the jobcentre on Jobnet and to your a-kasse before it starts.",
    link: "/borger/samtaler",
    henvisning: "Lov om arbejdsløshedsforsikring m.v., kapitel om feriedagpenge",
  },
  {
    noegle: "ferie-kontanthjaelp",
    titel: "Ferie, når du får kontanthjælp",
    spoergsmaal: [
      "Har jeg ret til ferie på kontanthjælp?",
      "Hvor lang ferie må jeg holde når jeg er på kontanthjælp eller uddannelseshjælp?",
      "Skal jeg sige til kommunen, at jeg holder ferie?",
    ],
    svar:
      "Når du har fået kontanthjælp eller uddannelseshjælp i 12 måneder, har du ret til op til 5 ugers ferie om året " +
      "med hjælp. Har du optjent feriepenge fra et job, bruger du dem først. Du skal aftale ferien med jobcentret i god " +
      "tid, før du tager af sted – skriv til din sagsbehandler under Dialog. Mens du holder ferie, skal du ikke stå " +
      "til rådighed.",
    link: "/borger/dialog",
    henvisning: "Lov om aktiv socialpolitik § 13 c",
  },
  {
    noegle: "udbetaling-dagpenge",
    titel: "Udbetaling af dagpenge",
    spoergsmaal: [
      "Hvornår bliver mine dagpenge udbetalt?",
      "Hvem udbetaler dagpenge?",
      "Hvorfor har jeg ikke fået mine dagpenge?",
    ],
    svar:
      "Dagpenge udbetales af din a-kasse, ikke af jobcentret. A-kassen udbetaler bagud for en måned ad gangen, når du " +
      "har udfyldt dit dagpengekort. Har du spørgsmål om beløbet eller datoen, skal du kontakte din a-kasse.",
    link: "/borger",
    henvisning: "Lov om arbejdsløshedsforsikring m.v.",
  },
  {
    noegle: "udbetaling-kommune",
    titel: "Udbetaling af kontanthjælp og sygedagpenge",
    spoergsmaal: [
      "Hvornår kommer min kontanthjælp?",
      "Hvornår bliver kontanthjælpen udbetalt?",
      "Hvem udbetaler sygedagpenge?",
      "Hvilken dato får jeg penge fra kommunen?",
    ],
    svar:
      "Kontanthjælp og uddannelseshjælp udbetaler kommunen bagud, den sidste bankdag i måneden, til din NemKonto. " +
      "Sygedagpenge udbetaler kommunen også, medmindre din arbejdsgiver betaler løn under sygdom og får refusion. " +
      "Er der fradrag i udbetalingen, får du et brev med begrundelsen i Digital Post.",
    link: "/borger",
    henvisning: "Lov om aktiv socialpolitik; sygedagpengeloven",
  },
  {
    noegle: "book-samtale",
    titel: "Book en samtale",
    spoergsmaal: [
      "Hvordan booker jeg en samtale?",
      "Kan jeg selv bestille tid til en jobsamtale?",
      "Hvor finder jeg ledige tider hos min sagsbehandler?",
      "Jeg vil gerne have en samtale med jobcentret",
    ],
    svar:
      "Under Samtaler på Min side ser du, hvilke samtaler loven siger, du skal have, og de ledige tider. Vælg en tid " +
      "og om du vil møde op, tale i telefon eller mødes på video (den første jobsamtale er altid med fremmøde). Du får " +
      "en kvittering og en kalenderfil. Har du fået dagpenge i over 6 måneder, har du ret til en samtale, når du beder om det.",
    link: "/borger/samtaler",
    henvisning: "Lov om en aktiv beskæftigelsesindsats §§ 31-33",
  },
  {
    noegle: "flyt-samtale",
    titel: "Flyt eller aflys en samtale",
    spoergsmaal: [
      "Hvordan flytter jeg min samtale?",
      "Jeg kan ikke komme til min samtale, hvad gør jeg?",
      "Kan jeg aflyse et møde med jobcentret?",
      "Kan jeg ændre tidspunktet for min jobsamtale?",
      "Kan jeg flytte min tid?",
    ],
    svar:
      "Du kan selv flytte eller aflyse en samtale under Samtaler på Min side, indtil kort før den begynder (fristen " +
      "står ved samtalen). Vælg en ny tid – den gamle bliver frigivet. Er det for sent at flytte den, så ring eller " +
      "skriv til jobcentret før samtalen. Husk, at du skal have samtalen inden for lovens frist.",
    link: "/borger/samtaler",
    henvisning: "Lov om en aktiv beskæftigelsesindsats § 31",
  },
  {
    noegle: "udeblivelse",
    titel: "Hvis du ikke møder op til en samtale",
    spoergsmaal: [
      "Hvad sker der, hvis jeg ikke kommer til min samtale?",
      "Jeg glemte mit møde på jobcentret",
      "Bliver jeg trukket i penge, hvis jeg udebliver?",
    ],
    svar:
      "Udebliver du fra en samtale uden rimelig grund, kan det få betydning for din ydelse. Får du kontanthjælp eller " +
      "uddannelseshjælp, kan kommunen trække dig i hjælp fra den dag, du udeblev, til du kontakter jobcentret igen – " +
      "men først efter en partshøring, hvor du kan forklare dig. Får du dagpenge, giver jobcentret a-kassen besked, og " +
      "a-kassen vurderer, om du står til rådighed. Kontakt jobcentret hurtigst muligt og book en ny tid.",
    link: "/borger/samtaler",
    henvisning: "Lov om aktiv socialpolitik §§ 13, 35 og 37; rådighedsbekendtgørelsen; forvaltningsloven § 19",
  },
  {
    noegle: "hvorfor-samtaler",
    titel: "Hvorfor skal jeg til samtaler?",
    spoergsmaal: [
      "Hvorfor skal jeg til så mange samtaler?",
      "Hvor mange jobsamtaler skal jeg have?",
      "Hvad bruges jobsamtalerne til?",
    ],
    svar:
      "Loven siger, hvor ofte jobcentret skal holde samtaler med dig, afhængigt af din målgruppe og hvor længe du har " +
      "været ledig. Samtalerne handler om dit mål og din plan for at komme i job eller uddannelse. På Min side kan du " +
      "ved hver pligt trykke »Hvorfor skal jeg det?« og se reglen i ord med paragraffen.",
    link: "/borger",
    henvisning: "Lov om en aktiv beskæftigelsesindsats § 31",
  },
  {
    noegle: "raadighed",
    titel: "At stå til rådighed",
    spoergsmaal: [
      "Hvad betyder det at stå til rådighed?",
      "Hvad er rådighedspligt?",
      "Hvilke pligter har jeg som ledig?",
      "Hvilke krav er der til mig som ledig?",
      "Skal jeg sige ja til et job, jeg bliver tilbudt?",
      "Hvad skal jeg gøre for at beholde min ydelse?",
    ],
    svar:
      "At stå til rådighed betyder, at du skal kunne tage et job med dags varsel, søge job aktivt, registrere dine " +
      "ansøgninger i din joblog, møde op til samtaler og deltage i de tilbud, jobcentret giver dig. Dine rettigheder og " +
      "pligter står i gennemgangen på Min side, som du skal bekræfte at have læst.",
    link: "/borger",
    henvisning: "Lov om aktiv socialpolitik § 13; lov om arbejdsløshedsforsikring m.v. § 62",
  },
  {
    noegle: "tilbud-pligt",
    titel: "Tilbud og aktivering",
    spoergsmaal: [
      "Hvad er et tilbud fra jobcentret?",
      "Skal jeg i aktivering?",
      "Hvad er virksomhedspraktik og løntilskud?",
    ],
    svar:
      "Et tilbud er fx virksomhedspraktik, job med løntilskud eller et kursus, som jobcentret giver dig for at hjælpe " +
      "dig i job. Har du fået dagpenge eller kontanthjælp i 6 måneder, har du ret og pligt til et tilbud på mindst to " +
      "uger. Siger du nej til et tilbud uden rimelig grund, kan det få betydning for din ydelse.",
    link: "/borger/forloeb",
    henvisning: "Lov om en aktiv beskæftigelsesindsats § 102",
  },
  {
    noegle: "aktindsigt",
    titel: "Aktindsigt: se alt i din sag",
    spoergsmaal: [
      "Hvordan søger jeg aktindsigt?",
      "Kan jeg se hvad I har skrevet om mig?",
      "Jeg vil gerne se mine papirer",
      "Hvor lang tid tager aktindsigt?",
    ],
    svar:
      "Du kan se alle notater, dokumenter, breve og afgørelser i din sag under Min sag og hente dem som PDF. Vil du " +
      "have aktindsigt i mere, kan du bede om det samme sted. Jobcentret skal svare inden for 7 arbejdsdage, eller " +
      "skrive til dig, hvorfor det tager længere tid, og hvornår du kan forvente svar. Oplysninger, som loven tillader " +
      "at undtage, står som undtaget med begrundelsen.",
    link: "/borger/sag",
    henvisning: "Forvaltningsloven §§ 9 og 16; offentlighedsloven § 36",
  },
  {
    noegle: "syg",
    titel: "Når du er syg",
    spoergsmaal: [
      "Hvad gør jeg, når jeg er syg?",
      "Hvordan melder jeg mig syg?",
      "Jeg er syg og kan ikke komme til samtalen",
      "Skal jeg melde mig rask igen?",
    ],
    svar:
      "Bliver du syg, skal du melde dig syg første sygedag: får du dagpenge, på Jobnet og til din a-kasse; får du " +
      "kontanthjælp eller uddannelseshjælp, til jobcentret (skriv under Dialog eller ring). Er du i et tilbud eller på " +
      "et kursus, giver du også besked dér. Har du en samtale, så flyt " +
      "den eller giv besked. Når du er rask igen, skal du melde dig rask samme sted. Varer sygdommen længe, kan " +
      "kommunen bede om en lægeerklæring.",
    link: "/borger/dialog",
    henvisning: "Rådighedsbekendtgørelsen; lov om aktiv socialpolitik § 13",
  },
  {
    noegle: "sygedagpenge-opfoelgning",
    titel: "Opfølgning, når du er sygemeldt fra job",
    spoergsmaal: [
      "Hvornår skal jeg til opfølgningssamtale, når jeg får sygedagpenge?",
      "Hvorfor skal jeg til samtale, når jeg er sygemeldt?",
    ],
    svar:
      "Får du sygedagpenge, skal jobcentret holde den første opfølgningssamtale med dig inden udgangen af 8. " +
      "sygeuge og derefter jævnligt (mindst 4 gange i de første 6 måneder). Samtalen handler om, hvordan du kommer " +
      "tilbage i arbejde. Du kan bede om en tidlig samtale inden for 2 uger.",
    link: "/borger/samtaler",
    henvisning: "Sygedagpengeloven § 13 b",
  },
  {
    noegle: "joblog",
    titel: "Joblog: hvad den skal indeholde",
    spoergsmaal: [
      "Hvad skal jeg skrive i min joblog?",
      "Hvor mange job skal jeg søge om ugen?",
      "Hvordan registrerer jeg mine ansøgninger?",
      "Skal jeg også skrive uopfordrede ansøgninger i jobloggen?",
    ],
    svar:
      "I din joblog registrerer du hver ansøgning: arbejdsgiver, stilling, dato, hvordan du søgte og status. Kravet " +
      "til hvor mange job du skal søge om ugen afhænger af din målgruppe og står i jobloggen, hvor du også ser, om " +
      "ugens krav er opfyldt. Din sagsbehandler ser den samme joblog og bruger den til jeres samtaler.",
    link: "/borger/joblog",
    henvisning: "Lov om arbejdsløshedsforsikring m.v. § 62; lov om aktiv socialpolitik § 13",
  },
  {
    noegle: "rettigheder",
    titel: "Gennemgang af rettigheder og pligter",
    spoergsmaal: [
      "Hvad er mine rettigheder og pligter?",
      "Hvor bekræfter jeg, at jeg har læst mine rettigheder?",
      "Hvorfor skal jeg læse ret og pligt?",
    ],
    svar:
      "På Min side finder du de rettigheder og pligter, der gælder for din målgruppe, i den version der gælder nu. " +
      "Når du har læst dem, bekræfter du det med et tryk. Din sagsbehandler kan se, at du har læst dem, så samtalen " +
      "kan bruge tiden på dit job.",
    link: "/borger",
    henvisning: "Lov om en aktiv beskæftigelsesindsats",
  },
  {
    noegle: "befordring",
    titel: "Befordringsgodtgørelse",
    spoergsmaal: [
      "Kan jeg få dækket transport til mit tilbud?",
      "Hvordan søger jeg befordringsgodtgørelse?",
      "Får jeg kørepenge til praktikken?",
    ],
    svar:
      "Deltager du i et tilbud eller et kursus langt fra din bopæl, kan du få befordringsgodtgørelse: penge til " +
      "kørsel i egen bil, bus eller tog. Under Befordring søger du for " +
      "en aktivitet: afstanden regnes ud fra postnumrene, og kommunens regel (grænse og takst) giver beløbet. Din " +
      "sagsbehandler godkender eller afviser med en begrundelse, og du får en kvittering og afgørelsen.",
    link: "/borger/befordring",
    henvisning: "Lov om en aktiv beskæftigelsesindsats § 82",
  },
  {
    noegle: "dialog",
    titel: "Skriv til din sagsbehandler",
    spoergsmaal: [
      "Hvordan skriver jeg til min sagsbehandler?",
      "Hvor lang tid går der før jeg får svar på min besked?",
      "Kan jeg sende et dokument til jobcentret?",
    ],
    svar:
      "Under Dialog på Min side skriver du sikkert med din sagsbehandler (og teamet, når sagsbehandleren er væk), og " +
      "du kan vedhæfte filer. Du kan se, om beskeden er læst, og hvornår jobcentret har lovet at svare. Beskederne " +
      "bliver en del af din sag.",
    link: "/borger/dialog",
    henvisning: null,
  },
  {
    noegle: "bisidder",
    titel: "Tag en bisidder med",
    spoergsmaal: [
      "Må jeg tage en bisidder med til samtalen?",
      "Kan en pårørende få lov at se mit overblik?",
      "Hvordan giver jeg en anden adgang til mit overblik?",
    ],
    svar:
      "Du har ret til at tage en bisidder med til samtaler. Under Bisidder kan du også give en person, du vælger, " +
      "adgang til at læse dit overblik i en periode, med et link og en engangskode. Du kan altid trække adgangen " +
      "tilbage, og hver gang bisidderen kigger, står det i din adgangslog.",
    link: "/borger/bisidder",
    henvisning: "Forvaltningsloven § 8",
  },
  {
    noegle: "adgangslog",
    titel: "Hvem har set dine oplysninger?",
    spoergsmaal: [
      "Hvem har kigget i min sag?",
      "Kan jeg se hvem der har læst mine oplysninger?",
      "Hvad er adgangsloggen?",
    ],
    svar:
      "I adgangsloggen på Min side står hver gang en medarbejder eller din bisidder har set dine oplysninger: hvem, " +
      "hvornår, hvad og hvorfor. Loggen kan ikke ændres bagefter. Ser du noget, du ikke forstår, så skriv til jobcentret.",
    link: "/borger/adgangslog",
    henvisning: "Databeskyttelsesforordningen art. 15",
  },
  {
    noegle: "markedsplads",
    titel: "Kurser på markedspladsen",
    spoergsmaal: [
      "Hvordan tilmelder jeg mig et kursus?",
      "Hvor finder jeg kurser?",
      "Hvad koster et kursus på markedspladsen?",
    ],
    svar:
      "På markedspladsen finder du kurser og forløb fra kommunens godkendte udbydere. Du betaler med de point " +
      "(tokens), kommunen har givet dig, og kan se, hvad kurset har gjort for andre som dig. Tilmeld dig på kursets " +
      "side; du får en kvittering og kan følge forløbet under Mine forløb.",
    link: "/borger/marked",
    henvisning: null,
  },
  {
    noegle: "klage",
    titel: "Klag over en afgørelse",
    spoergsmaal: [
      "Hvordan klager jeg over en afgørelse?",
      "Jeg er uenig i kommunens afgørelse",
      "Hvor lang tid har jeg til at klage?",
    ],
    svar:
      "Er du uenig i en afgørelse, kan du klage inden for 4 uger fra du fik den. Klagen sendes til kommunen, som " +
      "vurderer sagen igen; giver kommunen dig ikke ret, sendes klagen videre til Ankestyrelsen. Klagevejledningen " +
      "står i brevet med afgørelsen, som du finder under Min sag.",
    link: "/borger/sag",
    henvisning: "Lov om retssikkerhed og administration på det sociale område § 67",
  },
  {
    noegle: "min-plan",
    titel: "Din plan",
    spoergsmaal: ["Hvor kan jeg se min plan?", "Hvad står der i min jobplan?", "Hvem laver min plan?"],
    svar:
      "Din plan står på Min side: dit mål, de aktiviteter I har aftalt, og hvad der er sket. Planen laves sammen med " +
      "din sagsbehandler ved jobsamtalen, og aftalte punkter er markeret som aftalt.",
    link: "/borger",
    henvisning: "Lov om en aktiv beskæftigelsesindsats § 42",
  },
  {
    noegle: "egne-oplysninger",
    titel: "Ret dine oplysninger",
    spoergsmaal: [
      "Hvordan ændrer jeg mit telefonnummer?",
      "Mine oplysninger er forkerte",
      "Hvor retter jeg min uddannelse eller mit kørekort?",
      "Hvordan opdaterer jeg mine oplysninger?",
    ],
    svar:
      "På Min side kan du se de oplysninger, jobcentret har om dig (kontaktoplysninger, uddannelse, kørekort, børn, " +
      "sprog), og bekræfte eller rette dem. Din sagsbehandler får besked om rettelserne.",
    link: "/borger",
    henvisning: "Databeskyttelsesforordningen art. 16",
  },
  {
    noegle: "jobcafe-koege",
    kun: "0259",
    titel: "Jobcaféen i Køge",
    spoergsmaal: ["Hvornår har jobcaféen åbent?", "Kan jeg få hjælp til mit CV i jobcaféen?", "Hvor ligger jobcaféen?"],
    svar:
      "Jobcaféen i Jobcenter Køge har åbent tirsdag og torsdag kl. 9-12. Du kan komme uden tidsbestilling og få " +
      "hjælp til CV, ansøgninger og Jobnet.",
    link: "/borger/dialog",
    henvisning: null,
  },
];
