import { createSign } from 'node:crypto';
import forge from 'node-forge';
import { SkillRequestSignatureVerifier } from 'ask-sdk-express-adapter';

/** Where Alexa's signing chain would live; the production verifier insists on this host and path. */
export const CERT_URL = 'https://s3.amazonaws.com/echo.api/test-signing.pem';

export interface SigningKit {
  chainPem: string;
  sign(body: string): Record<string, string>;
}

function certificate(
  subject: forge.pki.CertificateField[],
  publicKey: forge.pki.PublicKey,
  issuer: forge.pki.CertificateField[],
  signer: forge.pki.rsa.PrivateKey,
  extensions: object[],
  serial: string,
): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = serial;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  cert.setSubject(subject);
  cert.setIssuer(issuer);
  cert.setExtensions(extensions);
  cert.sign(signer, forge.md.sha256.create());
  return cert;
}

/**
 * A throwaway CA and a signing certificate shaped like Amazon's (SAN echo-api.amazon.com), made
 * fresh for each test run, so no key or certificate is ever committed and nothing is downloaded.
 */
export function makeSigningKit(): SigningKit {
  const caKeys = forge.pki.rsa.generateKeyPair(2048);
  const caName = [{ name: 'commonName', value: 'Foot Massage Coach Test CA' }];
  const ca = certificate(
    caName,
    caKeys.publicKey,
    caName,
    caKeys.privateKey,
    [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', keyCertSign: true },
    ],
    '01',
  );
  const leafKeys = forge.pki.rsa.generateKeyPair(2048);
  const leaf = certificate(
    [{ name: 'commonName', value: 'echo-api.amazon.com' }],
    leafKeys.publicKey,
    caName,
    caKeys.privateKey,
    [
      { name: 'keyUsage', digitalSignature: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'echo-api.amazon.com' }] },
    ],
    '02',
  );
  const leafKeyPem = forge.pki.privateKeyToPem(leafKeys.privateKey);
  return {
    chainPem: forge.pki.certificateToPem(leaf) + forge.pki.certificateToPem(ca),
    sign(body: string) {
      const signature = createSign('RSA-SHA256').update(body, 'utf8').sign(leafKeyPem, 'base64');
      return { SignatureCertChainUrl: CERT_URL, 'Signature-256': signature };
    },
  };
}

/**
 * ask-sdk's own verifier, with the test chain already in the cache it keeps for downloaded chains
 * (a protected field, there for subclasses). URL rules and the body signature are still checked by
 * the library's code; only the download and the check against public root CAs are skipped, and
 * only for this one URL, in tests.
 */
export class LocallyTrustedVerifier extends SkillRequestSignatureVerifier {
  constructor(chainPem: string) {
    super();
    this.certCache.set(CERT_URL, chainPem);
  }
}
