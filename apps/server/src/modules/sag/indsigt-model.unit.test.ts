import { describe, expect, test } from "vitest";
import { HJEMLER, samlIndsigt, visningsart } from "./indsigt-model.ts";

const notat = (id: string, dato: string, retter: string | null = null) => ({
  id,
  dato,
  kategori: "notat",
  emne: `Notat ${id}`,
  forfatter_navn: "Lone",
  oprettet: `${dato}T09:00:00Z`,
  retter_id: retter,
});

describe("the citizen's list of her own case", () => {
  const rows = {
    notater: [notat("n1", "2026-11-10"), notat("n2", "2026-11-20"), notat("n3", "2026-11-21", "n1")],
    dokumenter: [
      {
        id: "d1",
        dato: "2026-11-12",
        titel: "CV",
        kategori: "cv",
        mimetype: "application/pdf",
        filnavn: "cv.pdf",
        uploadet: "2026-11-12T10:00:00Z",
      },
      {
        id: "d2",
        dato: "2026-11-22",
        titel: "Bevilling",
        kategori: "bevilling",
        mimetype: "application/pdf",
        filnavn: "b.pdf",
        uploadet: "2026-11-22T10:00:00Z",
      },
    ],
    beskeder: [
      {
        id: "b1",
        dato: "2026-11-20",
        emne: "Indkaldelse",
        art: "indkaldelse",
        dokument_id: "d1",
        oprettet: "2026-11-20T12:00:00Z",
      },
    ],
  };
  const beslutning = (id: string, genstand: string, ophaevet: string | null) => ({
    id,
    genstand_art: "notat" as const,
    genstand_id: genstand,
    begrundelse: "Om en anden person",
    hjemmel: "FVL-15B-ANDRE",
    besluttet: "2026-11-21T10:00:00Z",
    besluttet_af_navn: "Lone",
    ophaevet,
  });

  test("every note, document and letter is in the list, newest first (same day: the later one first)", () => {
    const liste = samlIndsigt(rows, []);
    expect(liste.map((p) => `${p.art}:${p.id}`)).toEqual([
      "dokument:d2",
      "notat:n3",
      "besked:b1",
      "notat:n2",
      "dokument:d1",
      "notat:n1",
    ]);
    expect(liste.every((p) => p.undtaget === null)).toBe(true);
  });

  test("a decision in force withholds its item with reason and basis; a lifted one withholds nothing", () => {
    const liste = samlIndsigt(rows, [beslutning("u1", "n2", null), beslutning("u2", "n1", "2026-11-22T08:00:00Z")]);
    const n2 = liste.find((p) => p.id === "n2")!;
    expect(n2.undtaget).toMatchObject({ id: "u1", begrundelse: "Om en anden person" });
    expect(n2.undtaget?.hjemmel.henvisning).toMatchObject({ lov: "Forvaltningsloven", paragraf: "§ 15 b, nr. 1" });
    expect(liste.find((p) => p.id === "n1")!.undtaget).toBeNull();
    expect(liste).toHaveLength(6);
  });

  test("kinds: messages are letters, decision categories are decisions, corrected notes are marked", () => {
    const liste = samlIndsigt(rows, []);
    expect(liste.find((p) => p.id === "b1")).toMatchObject({ visningsart: "brev", bilag: "d1" });
    expect(liste.find((p) => p.id === "d2")!.visningsart).toBe("afgoerelse");
    expect(liste.find((p) => p.id === "d1")!.visningsart).toBe("dokument");
    expect(liste.find((p) => p.id === "n1")!.rettetAf).toBe("n3");
    expect(visningsart("dokument", "brev")).toBe("brev");
  });

  test("every legal basis has a reference to the law and a plain-Danish explanation", () => {
    for (const h of HJEMLER) {
      expect(h.henvisning.lov).toBe("Forvaltningsloven");
      expect(h.henvisning.paragraf).toMatch(/^§ 1[2-5]/);
      expect(h.forklaring.da.length).toBeGreaterThan(20);
    }
    expect(new Set(HJEMLER.map((h) => h.id)).size).toBe(HJEMLER.length);
  });
});

describe("dialog messages in the citizen's list", () => {
  const besked = (id: string, fra: "borger" | "jobcenter", tid: string, bilag: string[] = []) => ({
    id,
    dato: tid.slice(0, 10),
    traad_id: "t1",
    emne: "Ferie i februar",
    fra,
    afsender_navn: fra === "borger" ? "Mette Nielsen" : "Lone Sørensen",
    oprettet: tid,
    bilag,
  });
  const rows = {
    notater: [],
    dokumenter: [],
    beskeder: [],
    dialogbeskeder: [
      besked("m1", "borger", "2026-11-17T09:00:00Z"),
      besked("m2", "jobcenter", "2026-11-18T09:00:00Z", ["Vejledning om ferie.pdf"]),
    ],
  };

  test("one item per message, its own kind, with the thread's subject, the side, the writer, the time and attachments", () => {
    const liste = samlIndsigt(rows, []);
    expect(visningsart("dialogbesked", null)).toBe("dialog");
    expect(liste.map((p) => [p.art, p.id, p.visningsart, p.titel])).toEqual([
      ["dialogbesked", "m2", "dialog", "Ferie i februar"],
      ["dialogbesked", "m1", "dialog", "Ferie i februar"],
    ]);
    expect(liste[0]!.dialog).toEqual({
      traadId: "t1",
      fra: "jobcenter",
      afsender: "Lone Sørensen",
      tidspunkt: "2026-11-18T09:00:00.000Z",
      bilag: ["Vejledning om ferie.pdf"],
    });
  });

  test("a withheld message keeps its subject, side and time, but not the names of its attachments", () => {
    const liste = samlIndsigt(rows, [
      {
        id: "u1",
        genstand_art: "dialogbesked",
        genstand_id: "m2",
        begrundelse: "Om en anden person",
        hjemmel: "FVL-15B-ANDRE",
        besluttet: "2026-11-21T10:00:00Z",
        besluttet_af_navn: "Lone",
        ophaevet: null,
      },
    ]);
    expect(liste[0]).toMatchObject({ id: "m2", undtaget: { id: "u1" }, dialog: { fra: "jobcenter", bilag: [] } });
    expect(liste[1]).toMatchObject({ id: "m1", undtaget: null });
  });
});
