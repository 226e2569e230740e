import type { IncomingHttpHeaders } from 'node:http';
import { createAskSdkError, type Skill } from 'ask-sdk-core';
import {
  ExpressAdapter,
  SkillRequestSignatureVerifier,
  TimestampVerifier,
  type Verifier,
} from 'ask-sdk-express-adapter';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { CertUrlVerifier } from './cert-url-verifier';
import { log } from '../../lambda/logging';

/** Refuses a request meant for another skill before the skill sees it. */
export class SkillIdVerifier implements Verifier {
  constructor(private readonly skillId: string) {}

  async verify(requestEnvelope: string, _headers?: IncomingHttpHeaders): Promise<void> {
    const envelope = JSON.parse(requestEnvelope) as {
      context?: { System?: { application?: { applicationId?: string } } };
      session?: { application?: { applicationId?: string } };
    };
    const applicationId =
      envelope.context?.System?.application?.applicationId ??
      envelope.session?.application?.applicationId;
    if (applicationId !== this.skillId) {
      throw createAskSdkError(this.constructor.name, 'the request is for another skill');
    }
  }
}

export interface EndpointOptions {
  skill: Skill;
  /** When set, requests for any other skill are refused. */
  skillId?: string;
  /**
   * The signature check. Production leaves it unset and gets ask-sdk's own verifier, which fetches
   * Amazon's certificate chain and checks it against the system's root CAs; tests pass that same
   * class with a locally made certificate already in its cache.
   */
  signatureVerifier?: SkillRequestSignatureVerifier;
  path?: string;
}

/**
 * The skill as an HTTPS web service (behind a TLS-terminating proxy): every request must carry a
 * valid Alexa signature and a fresh timestamp, and, with a skill id, be for this skill. Anything
 * else gets a 400 before the skill runs.
 */
export function createEndpoint(options: EndpointOptions): Express {
  const verifiers: Verifier[] = [
    new CertUrlVerifier(),
    options.signatureVerifier ?? new SkillRequestSignatureVerifier(),
    new TimestampVerifier(),
  ];
  if (options.skillId) verifiers.push(new SkillIdVerifier(options.skillId));
  // The flags are off because the verifiers are passed in explicitly, the signature one included.
  const adapter = new ExpressAdapter(options.skill, false, false, verifiers);

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_request, response) => {
    response.json({ ok: true });
  });
  app.post(options.path ?? '/', adapter.getRequestHandlers());
  app.use(refuseUnreadableBody);
  return app;
}

/**
 * A body the parser cannot take (too large, cut short) is a bad request like any other: a plain
 * 400, one log line, and never Express's default HTML page with the server's paths in it.
 */
const refuseUnreadableBody: ErrorRequestHandler = (error, _request, response, _next) => {
  const reason = (error as { type?: string }).type ?? 'unreadable body';
  log.warn(`request refused: ${reason}`);
  response.status(400).type('text/plain').send(`Bad request: ${reason}`);
};
