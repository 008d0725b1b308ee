import {
  constants,
  createCipheriv,
  createVerify,
  publicEncrypt,
  randomBytes,
  randomUUID,
  X509Certificate,
} from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { inflateRawSync } from "node:zlib";
import { generate } from "selfsigned";
import { SignedXml } from "xml-crypto";

/**
 * A small but real SAML 2.0 identity provider for tests, speaking OIOSAML 3 the way NemLog-in does:
 * AuthnRequests arrive in the HTTP-Redirect binding (deflate + base64, optionally signed), responses leave in the
 * HTTP-POST binding as an auto-submitting form, assertions are signed with RSA-SHA256 (exclusive c14n, enveloped
 * signature placed after the Issuer) and can be encrypted for the service provider (AES-256-GCM, RSA-OAEP).
 * It has its own key and self-signed certificate, and `buildResponse` lets a test craft any response, including
 * unsigned, expired or misaddressed ones.
 */

const NS = {
  samlp: "urn:oasis:names:tc:SAML:2.0:protocol",
  saml: "urn:oasis:names:tc:SAML:2.0:assertion",
  xenc: "http://www.w3.org/2001/04/xmlenc#",
  ds: "http://www.w3.org/2000/09/xmldsig#",
};
const RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
const SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
const EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
const ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
const LOA = "https://data.gov.dk/concept/core/nsis/loa";

/**
 * What to sign: the assertion (as NemLog-in does), the response with a signed assertion inside, only the response
 * (an assertion without its own signature), or nothing.
 */
export type SignMode = "assertion" | "response" | "response-only" | "none";

export interface BuildResponseOptions {
  /** The SP entity id put in the AudienceRestriction. */
  audience: string;
  /** The SP's assertion consumer service: the response's Destination and the subject confirmation's Recipient. */
  acsUrl: string;
  inResponseTo?: string;
  attributes: Record<string, string | string[]>;
  nameId: string;
  /** When the assertion stops being valid (Conditions and SubjectConfirmationData). Default: 5 minutes after issue. */
  notOnOrAfter?: Date;
  /** Default: now. */
  issueInstant?: Date;
  sign: SignMode;
  /** The SP's certificate (PEM): when given, the assertion is sent as an EncryptedAssertion for it. */
  encryptFor?: string;
}

/** Who "logs in" at the test IdP's SSO endpoint. */
export interface TestLogin {
  nameId: string;
  attributes: Record<string, string | string[]>;
}

export interface SeenAuthnRequest {
  id: string;
  issuer: string;
  acsUrl: string;
  destination: string;
  relayState: string | undefined;
  signed: boolean;
  requestedAuthnContext: string[];
  xml: string;
}

export interface TestSamlIdpOptions {
  /** Default: `http://127.0.0.1:<port>/idp`. */
  entityId?: string;
  /** The SP's certificate: when given, AuthnRequests must carry a valid redirect-binding signature made with it. */
  requireSignedRequestsWith?: string;
  /** The SP's certificate: when given, assertions from the SSO endpoint are encrypted for it. */
  encryptFor?: string;
  /** How SSO responses are signed. Default "assertion". */
  sign?: SignMode;
  /** Who logs in. Default: a synthetic citizen. Can be changed later with setLogin. */
  login?: TestLogin;
}

export interface TestSamlIdp {
  entityId: string;
  /** The SSO URL (HTTP-Redirect binding). */
  entryPoint: string;
  /** The IdP's signing certificate (PEM). */
  cert: string;
  /** Every AuthnRequest the SSO endpoint accepted, newest last. */
  requests: SeenAuthnRequest[];
  setLogin(login: TestLogin): void;
  /** A base64 SAMLResponse, as posted to the SP. */
  buildResponse(o: BuildResponseOptions): string;
  close(): Promise<void>;
}

/** The OIOSAML 3 attributes NemLog-in sends for a citizen logging in with MitID. */
export function oiosamlCitizen(p: { cpr: string; name: string; uuid?: string; level?: string }): TestLogin {
  const uuid = p.uuid ?? randomUUID();
  return {
    nameId: `https://data.gov.dk/model/core/eid/person/uuid/${uuid}`,
    attributes: {
      "https://data.gov.dk/model/core/specVersion": "OIO-SAML-3.0",
      [LOA]: p.level ?? "Substantial",
      "https://data.gov.dk/model/core/eid/cprNumber": p.cpr,
      "https://data.gov.dk/model/core/eid/cprUuid": uuid,
      "https://data.gov.dk/model/core/eid/fullName": p.name,
    },
  };
}

/** The OIOSAML 3 attributes NemLog-in sends for an employee logging in with MitID Erhverv. */
export function oiosamlEmployer(p: { cvr: string; name: string; orgName?: string; uuid?: string }): TestLogin {
  const uuid = p.uuid ?? randomUUID();
  const [first, ...rest] = p.name.split(" ");
  return {
    nameId: `https://data.gov.dk/model/core/eid/professional/uuid/${uuid}`,
    attributes: {
      "https://data.gov.dk/model/core/specVersion": "OIO-SAML-3.0",
      [LOA]: "Substantial",
      "https://data.gov.dk/model/core/eid/professional/cvr": p.cvr,
      "https://data.gov.dk/model/core/eid/professional/orgName": p.orgName ?? "Testvirksomhed ApS",
      "https://data.gov.dk/model/core/eid/professional/uuid/persistent": `urn:uuid:${uuid}`,
      "https://data.gov.dk/model/core/eid/firstName": first ?? "",
      "https://data.gov.dk/model/core/eid/lastName": rest.join(" "),
    },
  };
}

export async function startTestSamlIdp(opts: TestSamlIdpOptions = {}): Promise<TestSamlIdp> {
  const keys = await generate([{ name: "commonName", value: "Jobunivers test-IdP" }], {
    keySize: 2048,
    algorithm: "sha256",
  });
  let login = opts.login ?? oiosamlCitizen({ cpr: "0101901234", name: "Test Testesen" });
  const requests: SeenAuthnRequest[] = [];
  let entityId = opts.entityId ?? "";

  function buildResponse(o: BuildResponseOptions): string {
    const issued = o.issueInstant ?? new Date();
    const notOnOrAfter = o.notOnOrAfter ?? new Date(issued.getTime() + 5 * 60_000);
    const responseId = `_${randomUUID()}`;
    const assertionId = `_${randomUUID()}`;
    const inResponseTo = o.inResponseTo ? ` InResponseTo="${attr(o.inResponseTo)}"` : "";
    const attributes = Object.entries(o.attributes)
      .map(
        ([name, value]) =>
          `<saml:Attribute Name="${attr(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">${(Array.isArray(value) ? value : [value]).map((v) => `<saml:AttributeValue>${text(v)}</saml:AttributeValue>`).join("")}</saml:Attribute>`,
      )
      .join("");
    const assertion =
      `<saml:Assertion xmlns:saml="${NS.saml}" ID="${assertionId}" Version="2.0" IssueInstant="${iso(issued)}">` +
      `<saml:Issuer>${text(entityId)}</saml:Issuer>` +
      "<saml:Subject>" +
      `<saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">${text(o.nameId)}</saml:NameID>` +
      '<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">' +
      `<saml:SubjectConfirmationData NotOnOrAfter="${iso(notOnOrAfter)}" Recipient="${attr(o.acsUrl)}"${inResponseTo}/>` +
      "</saml:SubjectConfirmation>" +
      "</saml:Subject>" +
      `<saml:Conditions NotBefore="${iso(new Date(issued.getTime() - 60_000))}" NotOnOrAfter="${iso(notOnOrAfter)}">` +
      `<saml:AudienceRestriction><saml:Audience>${text(o.audience)}</saml:Audience></saml:AudienceRestriction>` +
      "</saml:Conditions>" +
      `<saml:AuthnStatement AuthnInstant="${iso(issued)}" SessionIndex="${assertionId}">` +
      `<saml:AuthnContext><saml:AuthnContextClassRef>${text(`${LOA}/${String(o.attributes[LOA] ?? "Substantial")}`)}</saml:AuthnContextClassRef></saml:AuthnContext>` +
      "</saml:AuthnStatement>" +
      `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` +
      "</saml:Assertion>";
    let xml =
      `<samlp:Response xmlns:samlp="${NS.samlp}" xmlns:saml="${NS.saml}" ID="${responseId}" Version="2.0" IssueInstant="${iso(issued)}" Destination="${attr(o.acsUrl)}"${inResponseTo}>` +
      `<saml:Issuer>${text(entityId)}</saml:Issuer>` +
      `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
      assertion +
      "</samlp:Response>";
    if (o.sign === "assertion" || o.sign === "response") {
      xml = sign(xml, "/*[local-name(.)='Response']/*[local-name(.)='Assertion']", keys.private, keys.cert);
    }
    if (o.encryptFor) xml = encryptAssertion(xml, o.encryptFor);
    if (o.sign === "response" || o.sign === "response-only") {
      xml = sign(xml, "/*[local-name(.)='Response']", keys.private, keys.cert);
    }
    return Buffer.from(xml, "utf8").toString("base64");
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (req.method !== "GET" || url.pathname !== "/sso") {
      res.writeHead(404).end();
      return;
    }
    try {
      const seen = readAuthnRequest(url, opts.requireSignedRequestsWith);
      requests.push(seen);
      const samlResponse = buildResponse({
        audience: seen.issuer,
        acsUrl: seen.acsUrl,
        inResponseTo: seen.id,
        attributes: login.attributes,
        nameId: login.nameId,
        sign: opts.sign ?? "assertion",
        encryptFor: opts.encryptFor,
      });
      const relay =
        seen.relayState === undefined
          ? ""
          : `<input type="hidden" name="RelayState" value="${attr(seen.relayState)}"/>`;
      res
        .writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" })
        .end(
          '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Test-IdP</title></head><body>' +
            `<form method="post" action="${attr(seen.acsUrl)}">` +
            `<input type="hidden" name="SAMLResponse" value="${attr(samlResponse)}"/>${relay}` +
            '<noscript><button type="submit">Fortsæt</button></noscript></form>' +
            "<script>document.forms[0].submit()</script></body></html>",
        );
    } catch (e) {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(e instanceof Error ? e.message : "fejl");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  entityId ||= `${base}/idp`;

  return {
    entityId,
    entryPoint: `${base}/sso`,
    cert: keys.cert,
    requests,
    setLogin(l) {
      login = l;
    },
    buildResponse,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** Decodes and checks an AuthnRequest received in the HTTP-Redirect binding. */
function readAuthnRequest(url: URL, spCert: string | undefined): SeenAuthnRequest {
  const encoded = url.searchParams.get("SAMLRequest");
  if (!encoded) throw new Error("SAMLRequest mangler");
  // The binding signs the parameters exactly as they were URL-encoded by the sender.
  const raw = new Map(
    url.search
      .slice(1)
      .split("&")
      .map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)] as const),
  );
  const signature = url.searchParams.get("Signature");
  const sigAlg = url.searchParams.get("SigAlg");
  if (spCert) {
    if (!signature || sigAlg !== RSA_SHA256) throw new Error("AuthnRequest skal være signeret med RSA-SHA256");
    const signed = ["SAMLRequest", "RelayState", "SigAlg"]
      .filter((k) => raw.has(k))
      .map((k) => `${k}=${raw.get(k)}`)
      .join("&");
    const ok = createVerify("RSA-SHA256").update(signed).verify(spCert, signature, "base64");
    if (!ok) throw new Error("AuthnRequest-signaturen er ugyldig");
  }
  const xml = inflateRawSync(Buffer.from(encoded, "base64")).toString("utf8");
  const root = /<(?:[\w.-]+:)?AuthnRequest\b([^>]*)>/.exec(xml);
  if (!root) throw new Error("ikke en AuthnRequest");
  const attrs = Object.fromEntries(
    [...(root[1] ?? "").matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1], xmlUnescape(m[2] ?? "")]),
  );
  const issuer = /<(?:[\w.-]+:)?Issuer\b[^>]*>([^<]*)</.exec(xml)?.[1];
  if (!attrs.ID || !attrs.AssertionConsumerServiceURL || !issuer) {
    throw new Error("AuthnRequest mangler ID, AssertionConsumerServiceURL eller Issuer");
  }
  return {
    id: attrs.ID,
    issuer: xmlUnescape(issuer),
    acsUrl: attrs.AssertionConsumerServiceURL,
    destination: attrs.Destination ?? "",
    relayState: url.searchParams.get("RelayState") ?? undefined,
    signed: Boolean(signature),
    requestedAuthnContext: [...xml.matchAll(/<(?:[\w.-]+:)?AuthnContextClassRef\b[^>]*>([^<]*)</g)].map((m) =>
      xmlUnescape(m[1] ?? ""),
    ),
    xml,
  };
}

/** An enveloped RSA-SHA256 signature over the element at `xpath`, placed right after its Issuer. */
function sign(xml: string, xpath: string, privateKey: string, cert: string): string {
  const sig = new SignedXml({
    privateKey,
    publicCert: cert,
    signatureAlgorithm: RSA_SHA256,
    canonicalizationAlgorithm: EXC_C14N,
  });
  sig.addReference({ xpath, transforms: [ENVELOPED, EXC_C14N], digestAlgorithm: SHA256 });
  sig.computeSignature(xml, {
    prefix: "ds",
    location: { reference: `${xpath}/*[local-name(.)='Issuer']`, action: "after" },
  });
  return sig.getSignedXml();
}

/** Replaces the (signed) Assertion with an EncryptedAssertion for the SP: AES-256-GCM content, RSA-OAEP key transport. */
function encryptAssertion(xml: string, spCert: string): string {
  const start = xml.indexOf("<saml:Assertion");
  const endTag = "</saml:Assertion>";
  const end = xml.lastIndexOf(endTag) + endTag.length;
  if (start === -1 || end < endTag.length) throw new Error("intet Assertion at kryptere");
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const content = Buffer.concat([
    iv,
    cipher.update(xml.slice(start, end), "utf8"),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  const wrapped = publicEncrypt(
    { key: new X509Certificate(spCert).publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: "sha1" },
    key,
  );
  const encrypted =
    "<saml:EncryptedAssertion>" +
    `<xenc:EncryptedData xmlns:xenc="${NS.xenc}" Type="http://www.w3.org/2001/04/xmlenc#Element">` +
    '<xenc:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#aes256-gcm"/>' +
    `<ds:KeyInfo xmlns:ds="${NS.ds}"><xenc:EncryptedKey>` +
    '<xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"/>' +
    `<xenc:CipherData><xenc:CipherValue>${wrapped.toString("base64")}</xenc:CipherValue></xenc:CipherData>` +
    "</xenc:EncryptedKey></ds:KeyInfo>" +
    `<xenc:CipherData><xenc:CipherValue>${content.toString("base64")}</xenc:CipherValue></xenc:CipherData>` +
    "</xenc:EncryptedData></saml:EncryptedAssertion>";
  return xml.slice(0, start) + encrypted + xml.slice(end);
}

function iso(d: Date): string {
  return d.toISOString();
}

function text(s: string): string {
  return s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function attr(s: string): string {
  return text(s).replaceAll('"', "&quot;");
}

function xmlUnescape(s: string): string {
  return s
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");
}
