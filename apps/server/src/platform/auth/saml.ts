import { createPrivateKey, X509Certificate } from "node:crypto";
import { type CacheProvider, type Profile, SAML, SamlStatusError, ValidateInResponseTo } from "@node-saml/node-saml";
import { parseCpr } from "#contracts/cpr.ts";
import { AppError } from "../http/errors.ts";

/**
 * The service provider side of NemLog-in: SAML 2.0 Web SSO as profiled by OIOSAML 3.
 *
 * NemLog-in is how citizens (MitID) and employees of companies (MitID Erhverv) log in to public self-service.
 * The login starts with `authorizeUrl` (an AuthnRequest in the HTTP-Redirect binding, signed when the SP has a key)
 * and ends at the assertion consumer service with `validatePostResponse` (HTTP-POST binding). Only a signed
 * assertion, issued for us, in time, at NSIS level Substantial or higher, gives an identity.
 */

/** OIOSAML 3 attribute names (all with NameFormat `urn:oasis:names:tc:SAML:2.0:attrname-format:uri`). */
export const OIOSAML3 = {
  cprNumber: "https://data.gov.dk/model/core/eid/cprNumber",
  cvr: "https://data.gov.dk/model/core/eid/professional/cvr",
  professionalUuid: "https://data.gov.dk/model/core/eid/professional/uuid/persistent",
  fullName: "https://data.gov.dk/model/core/eid/fullName",
  firstName: "https://data.gov.dk/model/core/eid/firstName",
  lastName: "https://data.gov.dk/model/core/eid/lastName",
  orgName: "https://data.gov.dk/model/core/eid/professional/orgName",
  loa: "https://data.gov.dk/concept/core/nsis/loa",
  specVersion: "https://data.gov.dk/model/core/specVersion",
} as const;

/** NSIS levels of assurance, lowest first. */
export const NSIS_LEVELS = ["Low", "Substantial", "High"] as const;
export type NsisLevel = (typeof NSIS_LEVELS)[number];

const PERSISTENT_NAME_ID = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
const BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

export interface SamlSettings {
  /** NemLog-in's SingleSignOnService location for the HTTP-Redirect binding (from its IdP metadata). */
  entryPoint: string;
  /**
   * NemLog-in's signing certificate from its IdP metadata: PEM, or the bare base64 of the metadata's
   * X509Certificate. During a certificate rollover give both: several PEM blocks, or base64 values separated by commas.
   */
  idpCert: string;
  /** Our entity id, as registered for the IT system in NemLog-in's administration portal. */
  spEntityId: string;
  /** Our assertion consumer service URL: `${PUBLIC_URL}/auth/saml/acs`. */
  callbackUrl: string;
  /** Our OCES3 system certificate's private key (PEM): signs AuthnRequests and decrypts encrypted assertions. */
  spPrivateKey?: string;
  /** Our OCES3 system certificate (PEM); required together with spPrivateKey. */
  spCert?: string;
  /** Accepted difference between NemLog-in's clock and ours. Default 2 minutes. */
  clockSkewMs?: number;
  /** Oldest assertion accepted, counted from its IssueInstant (NotOnOrAfter applies as well). Default 5 minutes. */
  maxAssertionAgeMs?: number;
  /** Lowest NSIS level accepted; requested in the AuthnRequest and checked in the assertion. Default Substantial. */
  minimumLevel?: NsisLevel;
  /**
   * Where issued AuthnRequest ids are remembered. When given, every response must answer a request we issued, and
   * each request id is accepted once (no replay, no unsolicited responses). It must be shared by all instances of
   * the server (e.g. a PostgreSQL table); without it, InResponseTo is not checked.
   */
  requestIdCache?: CacheProvider;
}

export type SamlIdentity =
  | { kind: "citizen"; cpr: string; name: string; nameId: string }
  | { kind: "employer"; cvr: string; subject: string; name: string; nameId: string };

export type SamlErrorCode = "SAML_SIGNATURE_INVALID" | "SAML_EXPIRED" | "SAML_WRONG_AUDIENCE" | "SAML_INVALID";

export interface SamlLogin {
  /** The NemLog-in URL to send the browser to. relayState comes back unchanged at the ACS (at most 80 bytes). */
  authorizeUrl(relayState: string): Promise<string>;
  /** Validates the form posted to the ACS; throws AppError with a SAML_* code when the response is not acceptable. */
  validatePostResponse(body: Record<string, string>): Promise<SamlIdentity>;
  /** Our SP metadata, to upload to NemLog-in's administration portal. */
  metadata(): string;
}

const SIGNATURE_ALGORITHMS = new Set([
  "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
  "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
  "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1",
]);
const DIGEST_ALGORITHMS = new Set([
  "http://www.w3.org/2001/04/xmlenc#sha256",
  "http://www.w3.org/2001/04/xmlenc#sha512",
]);
/** Algorithms node-saml would otherwise accept but that must not be used: RSA PKCS#1 v1.5 key transport and 3DES. */
const WEAK_ENCRYPTION = new Set([
  "http://www.w3.org/2001/04/xmlenc#rsa-1_5",
  "http://www.w3.org/2001/04/xmlenc#tripledes-cbc",
]);

/** Relay state characters that node-saml's signing and the URL in the redirect encode the same way. */
const RELAY_STATE = /^[A-Za-z0-9._:/=+-]{0,80}$/;

export function createSamlLogin(s: SamlSettings): SamlLogin {
  const idpCerts = readIdpCerts(s.idpCert);
  const sp = readSpKeyPair(s.spPrivateKey, s.spCert);
  const skewMs = s.clockSkewMs ?? 2 * 60_000;
  const minimumLevel = s.minimumLevel ?? "Substantial";
  const saml = new SAML({
    entryPoint: s.entryPoint,
    idpCert: idpCerts,
    issuer: s.spEntityId,
    callbackUrl: s.callbackUrl,
    audience: s.spEntityId,
    wantAssertionsSigned: true,
    // NemLog-in signs the assertion; a signed Response around it is accepted but not required.
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: skewMs,
    maxAssertionAgeMs: s.maxAssertionAgeMs ?? 5 * 60_000,
    signatureAlgorithm: "sha256",
    digestAlgorithm: "sha256",
    identifierFormat: PERSISTENT_NAME_ID,
    authnContext: [`${OIOSAML3.loa}/${minimumLevel}`],
    racComparison: "minimum",
    authnRequestBinding: "HTTP-Redirect",
    ...(sp ? { privateKey: sp.key, publicCert: sp.cert, decryptionPvk: sp.key } : {}),
    ...(s.requestIdCache
      ? { validateInResponseTo: ValidateInResponseTo.always, cacheProvider: s.requestIdCache }
      : { validateInResponseTo: ValidateInResponseTo.never }),
  });

  async function authorizeUrl(relayState: string): Promise<string> {
    if (!RELAY_STATE.test(relayState)) throw new Error("SAML: RelayState skal være højst 80 URL-sikre tegn");
    return saml.getAuthorizeUrlAsync(relayState, undefined, {});
  }

  async function validatePostResponse(body: Record<string, string>): Promise<SamlIdentity> {
    const samlResponse = body.SAMLResponse;
    if (typeof samlResponse !== "string" || samlResponse.length === 0)
      throw reject("SAML_INVALID", "SAMLResponse mangler");
    checkAlgorithms(Buffer.from(samlResponse, "base64").toString("utf8"));
    let profile: Profile | null;
    try {
      ({ profile } = await saml.validatePostResponseAsync({ SAMLResponse: samlResponse }));
    } catch (e) {
      if (e instanceof SamlStatusError) throw reject("SAML_INVALID", e.message);
      const message = e instanceof Error ? e.message : String(e);
      throw reject(codeFor(message), message);
    }
    if (!profile) throw reject("SAML_INVALID", "intet assertion i svaret");
    checkSubjectConfirmation(profile, s.callbackUrl, skewMs);
    return identityOf(profile, minimumLevel);
  }

  function metadata(): string {
    const xml = saml.generateServiceProviderMetadata(sp?.cert ?? null, sp?.cert ?? null);
    return withRequestedAttributes(xml);
  }

  return { authorizeUrl, validatePostResponse, metadata };
}

/** A PEM value from the environment: real or escaped ("\\n") line breaks, or bare base64 as in SAML metadata. */
function toPem(value: string, label: string): string {
  const v = value.replaceAll("\\n", "\n").trim();
  if (v.startsWith("-----BEGIN")) return `${v}\n`;
  const body = v.replace(/\s+/g, "");
  return `-----BEGIN ${label}-----\n${body.match(/.{1,64}/g)?.join("\n") ?? ""}\n-----END ${label}-----\n`;
}

/** Fails at start-up, not at the first login, when a certificate cannot be read. */
function readIdpCerts(value: string): string[] {
  const v = value.replaceAll("\\n", "\n");
  const blocks = v.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g);
  const certs = (blocks ?? v.split(","))
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => toPem(c, "CERTIFICATE"));
  if (certs.length === 0) throw new Error("SAML: NemLog-ins certifikat (SAML_IDP_CERT) mangler");
  for (const c of certs) {
    try {
      new X509Certificate(c);
    } catch {
      throw new Error("SAML: NemLog-ins certifikat (SAML_IDP_CERT) kan ikke læses som X.509-certifikat");
    }
  }
  return certs;
}

function readSpKeyPair(key: string | undefined, cert: string | undefined): { key: string; cert: string } | undefined {
  if (!key && !cert) return undefined;
  if (!key || !cert) throw new Error("SAML: SAML_SP_PRIVATE_KEY og SAML_SP_CERT skal angives sammen");
  const pair = { key: toPem(key, "PRIVATE KEY"), cert: toPem(cert, "CERTIFICATE") };
  let matches: boolean;
  try {
    matches = new X509Certificate(pair.cert).checkPrivateKey(createPrivateKey(pair.key));
  } catch {
    throw new Error("SAML: SAML_SP_PRIVATE_KEY eller SAML_SP_CERT kan ikke læses");
  }
  if (!matches) throw new Error("SAML: SAML_SP_PRIVATE_KEY hører ikke til SAML_SP_CERT");
  return pair;
}

/** Maps node-saml's error messages to our four codes. */
export function codeFor(message: string): SamlErrorCode {
  if (/signature/i.test(message)) return "SAML_SIGNATURE_INVALID";
  if (/expired|not yet valid|too old|no valid subject confirmation/i.test(message)) return "SAML_EXPIRED";
  if (/audience/i.test(message)) return "SAML_WRONG_AUDIENCE";
  return "SAML_INVALID";
}

/**
 * The error thrown to the caller: only the code is in the message. The reason (for the operator's log) is kept as
 * the error's cause, with anything that looks like a CPR number blanked out.
 */
function reject(code: SamlErrorCode, reason: string): AppError {
  const err = new AppError(code);
  err.cause = reason.replace(/\d{6}-?\d{4}/g, "[cpr]").slice(0, 300);
  return err;
}

/** The signature and encryption algorithms visible in the response must be of the SHA-2 family and current. */
function checkAlgorithms(xml: string): void {
  const algorithmOf = (attrs: string | undefined): string => {
    const m = /\bAlgorithm\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs ?? "");
    return m?.[1] ?? m?.[2] ?? "";
  };
  for (const [, kind, attrs] of xml.matchAll(/<(?:[\w.-]+:)?(SignatureMethod|EncryptionMethod)\b([^>]*)>/g)) {
    const value = algorithmOf(attrs);
    if (kind === "SignatureMethod" && !SIGNATURE_ALGORITHMS.has(value)) {
      throw reject("SAML_SIGNATURE_INVALID", `signaturalgoritme ikke tilladt: ${value}`);
    }
    if (kind === "EncryptionMethod" && WEAK_ENCRYPTION.has(value)) {
      throw reject("SAML_INVALID", `krypteringsalgoritme ikke tilladt: ${value}`);
    }
  }
  // A DigestMethod inside an EncryptionMethod (the OAEP digest of the key transport) is not a signature digest.
  const signaturesOnly = xml.replace(/<((?:[\w.-]+:)?EncryptionMethod)\b[^>]*[^/]>[\s\S]*?<\/\1>/g, "");
  for (const [, attrs] of signaturesOnly.matchAll(/<(?:[\w.-]+:)?DigestMethod\b([^>]*)>/g)) {
    const value = algorithmOf(attrs);
    if (!DIGEST_ALGORITHMS.has(value)) throw reject("SAML_SIGNATURE_INVALID", `digestalgoritme ikke tilladt: ${value}`);
  }
}

type Xml2Js = { $?: Record<string, string>; _?: string; [child: string]: unknown };

function children(node: unknown, name: string): Xml2Js[] {
  const list = (node as Record<string, unknown> | undefined)?.[name];
  return Array.isArray(list) ? (list as Xml2Js[]) : [];
}

/**
 * The bearer subject confirmation must name our ACS as recipient and still be valid. node-saml checks the
 * confirmation's times only when it checks InResponseTo, and never checks the recipient, so we do both here,
 * on the signed assertion node-saml verified.
 */
function checkSubjectConfirmation(profile: Profile, acsUrl: string, skewMs: number): void {
  const assertion = (profile.getAssertion?.() as { Assertion?: unknown } | undefined)?.Assertion;
  const confirmations = children(children(assertion, "Subject")[0], "SubjectConfirmation").filter(
    (c) => c.$?.Method === BEARER,
  );
  const data = confirmations.flatMap((c) => children(c, "SubjectConfirmationData"));
  if (data.length === 0) throw reject("SAML_INVALID", "ingen bearer SubjectConfirmationData");
  const now = Date.now();
  const forUs = data.filter((d) => d.$?.Recipient === acsUrl);
  if (forUs.length === 0) throw reject("SAML_WRONG_AUDIENCE", "SubjectConfirmationData Recipient er ikke vores ACS");
  const inTime = forUs.filter((d) => {
    const notOnOrAfter = Date.parse(d.$?.NotOnOrAfter ?? "");
    const notBefore = d.$?.NotBefore ? Date.parse(d.$.NotBefore) : Number.NEGATIVE_INFINITY;
    return Number.isFinite(notOnOrAfter) && now - skewMs < notOnOrAfter && now + skewMs >= notBefore;
  });
  if (inTime.length === 0) throw reject("SAML_EXPIRED", "SubjectConfirmationData er udløbet");
}

function identityOf(profile: Profile, minimumLevel: NsisLevel): SamlIdentity {
  const attributes = (profile.attributes ?? {}) as Record<string, unknown>;
  const single = (name: string): string | undefined => {
    const v = attributes[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "string") throw reject("SAML_INVALID", `attributten ${name} har ikke én tekstværdi`);
    const t = v.trim();
    return t === "" ? undefined : t;
  };

  const level = single(OIOSAML3.loa);
  const rank = NSIS_LEVELS.indexOf(level as NsisLevel);
  if (rank < NSIS_LEVELS.indexOf(minimumLevel)) {
    throw reject("SAML_INVALID", `sikringsniveau ${level ?? "mangler"} er under ${minimumLevel}`);
  }

  const nameId = typeof profile.nameID === "string" ? profile.nameID.trim() : "";
  if (!nameId) throw reject("SAML_INVALID", "NameID mangler");
  const first = single(OIOSAML3.firstName);
  const last = single(OIOSAML3.lastName);
  const name = single(OIOSAML3.fullName) ?? ([first, last].filter(Boolean).join(" ") || undefined);

  const cvr = single(OIOSAML3.cvr);
  if (cvr !== undefined) {
    if (!/^\d{8}$/.test(cvr)) throw reject("SAML_INVALID", "CVR-nummeret har ikke 8 cifre");
    if (!name) throw reject("SAML_INVALID", "navn mangler");
    return { kind: "employer", cvr, subject: single(OIOSAML3.professionalUuid) ?? nameId, name, nameId };
  }
  const cprRaw = single(OIOSAML3.cprNumber);
  if (cprRaw !== undefined) {
    const parsed = parseCpr(cprRaw);
    if (!parsed.ok) throw reject("SAML_INVALID", `CPR-attributten er ugyldig (${parsed.code})`);
    if (!name) throw reject("SAML_INVALID", "navn mangler");
    return { kind: "citizen", cpr: parsed.cpr, name, nameId };
  }
  throw reject("SAML_INVALID", "hverken CVR- eller CPR-attribut i svaret");
}

/** Adds the attributes we ask NemLog-in for to the metadata node-saml generates (it cannot express them itself). */
function withRequestedAttributes(xml: string): string {
  const requested: [string, boolean][] = [
    [OIOSAML3.specVersion, true],
    [OIOSAML3.loa, true],
    [OIOSAML3.cprNumber, false],
    [OIOSAML3.cvr, false],
    [OIOSAML3.professionalUuid, false],
    [OIOSAML3.orgName, false],
    [OIOSAML3.fullName, false],
    [OIOSAML3.firstName, false],
    [OIOSAML3.lastName, false],
  ];
  const service = [
    '  <AttributeConsumingService index="1" isDefault="true">',
    '      <ServiceName xml:lang="da">Jobunivers</ServiceName>',
    ...requested.map(
      ([name, required]) =>
        `      <RequestedAttribute Name="${name}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="${required}"/>`,
    ),
    "    </AttributeConsumingService>",
  ].join("\n");
  const at = xml.lastIndexOf("</SPSSODescriptor>");
  if (at === -1) return xml;
  return `${xml.slice(0, at)}${service}\n  ${xml.slice(at)}`;
}
