/** Target groups (målgrupper) under LAB § 6, law of 2019 in force from 1 January 2020. */
export const MAALGRUPPER = {
  DAGPENGE: { nr: 1, da: "Dagpengemodtager", en: "Unemployment benefit recipient" },
  KONTANTHJAELP_JOBPARAT: { nr: 2, da: "Jobparat kontanthjælpsmodtager", en: "Job-ready social assistance recipient" },
  KONTANTHJAELP_AKTIVITETSPARAT: {
    nr: 3,
    da: "Aktivitetsparat kontanthjælpsmodtager",
    en: "Activity-ready social assistance recipient",
  },
  UDDANNELSESHJAELP_UDDANNELSESPARAT: {
    nr: 4,
    da: "Uddannelsesparat uddannelseshjælpsmodtager",
    en: "Education-ready education benefit recipient",
  },
  UDDANNELSESHJAELP_AKTIVITETSPARAT: {
    nr: 5,
    da: "Aktivitetsparat uddannelseshjælpsmodtager",
    en: "Activity-ready education benefit recipient",
  },
  SYGEDAGPENGE: { nr: 6, da: "Sygedagpengemodtager", en: "Sickness benefit recipient" },
  JOBAFKLARING: { nr: 7, da: "Jobafklaringsforløb", en: "Job clarification course" },
  RESSOURCEFORLOEB: { nr: 8, da: "Ressourceforløb", en: "Resource course" },
  FLEKSJOB_LEDIGHEDSYDELSE: { nr: 9, da: "Fleksjobvisiteret / ledighedsydelse", en: "Flexjob eligible" },
  REVALIDERING: { nr: 10, da: "Revalidering", en: "Rehabilitation" },
  FOERTIDSPENSION: { nr: 11, da: "Førtidspensionist", en: "Disability pensioner" },
} as const;
export type Maalgruppe = keyof typeof MAALGRUPPER;
export const MAALGRUPPE_KODER = Object.keys(MAALGRUPPER) as Maalgruppe[];

export const UDDANNELSER = {
  GRUNDSKOLE: { da: "Grundskole", en: "Primary school" },
  GYMNASIAL: { da: "Gymnasial uddannelse", en: "Upper secondary" },
  ERHVERVSFAGLIG: { da: "Erhvervsfaglig uddannelse", en: "Vocational education" },
  KORT_VIDEREGAAENDE: { da: "Kort videregående uddannelse", en: "Short-cycle higher education" },
  MELLEMLANG_VIDEREGAAENDE: { da: "Mellemlang videregående uddannelse", en: "Medium-cycle higher education" },
  LANG_VIDEREGAAENDE: { da: "Lang videregående uddannelse", en: "Long-cycle higher education" },
} as const;
export type Uddannelse = keyof typeof UDDANNELSER;
