import type { IncomingHttpHeaders } from 'node:http';
import { createAskSdkError } from 'ask-sdk-core';
import type { Verifier } from 'ask-sdk-express-adapter';

const HOST = 's3.amazonaws.com';
const PATH_PREFIX = '/echo.api/';

/**
 * Amazon's rule for the signing certificate's URL is "normalise it first, then check it".
 * ask-sdk checks the raw path, so `/echo.api/../evil/cert.pem` passes it and gets fetched; the
 * WHATWG URL parser removes dot segments, so checking its result refuses that before any fetch.
 */
export class CertUrlVerifier implements Verifier {
  async verify(_requestEnvelope: string, headers?: IncomingHttpHeaders): Promise<void> {
    const raw = headers?.signaturecertchainurl;
    if (typeof raw !== 'string') return; // the signature check refuses a missing URL itself
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw createAskSdkError(this.constructor.name, 'SignatureCertChainUrl is not a URL');
    }
    const valid =
      url.protocol === 'https:' &&
      url.hostname.toLowerCase() === HOST &&
      (url.port === '' || url.port === '443') &&
      url.pathname.startsWith(PATH_PREFIX);
    if (!valid) {
      throw createAskSdkError(this.constructor.name, "SignatureCertChainUrl is not Amazon's");
    }
  }
}
