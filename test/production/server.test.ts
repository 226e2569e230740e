import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FilePersistenceAdapter } from '../../lambda/persistence/file-adapter';
import { configureSkill } from '../../lambda/skill';
import { createEndpoint } from '../../tools/serve/app';
import { LocallyTrustedVerifier, makeSigningKit, type SigningKit } from './support/alexa-signing';
import { envelope, SKILL_ID } from './support/conversation';

process.env.FMC_LOG = 'silent';

const root = join(__dirname, '..', '..');
const stateFile = () => join(mkdtempSync(join(tmpdir(), 'fmc-serve-')), 'state.json');

function body(options: { ageMs?: number; applicationId?: string } = {}): string {
  const request = envelope(
    'amzn1.ask.account.web',
    { type: 'LaunchRequest', timestamp: new Date(Date.now() - (options.ageMs ?? 0)).toISOString() },
    { id: 'web-session', isNew: true },
    options.applicationId,
  );
  return JSON.stringify(request);
}

async function listen(server: Server): Promise<string> {
  if (!server.listening) await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}/`;
}

describe('the self-hosted endpoint', () => {
  let kit: SigningKit;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    kit = makeSigningKit();
    const skill = configureSkill({
      persistenceAdapter: new FilePersistenceAdapter(stateFile()),
      skillId: SKILL_ID,
    }).create();
    const app = createEndpoint({
      skill,
      skillId: SKILL_ID,
      signatureVerifier: new LocallyTrustedVerifier(kit.chainPem),
    });
    server = app.listen(0, '127.0.0.1');
    url = await listen(server);
  }, 30_000);

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (payload: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: payload,
    });

  it('answers a signed, fresh request for this skill', async () => {
    const payload = body();
    const response = await post(payload, kit.sign(payload));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { response: { outputSpeech: { ssml: string } } };
    expect(answer.response.outputSpeech.ssml).toMatch(/Foot Massage Coach/);
  });

  it('refuses an unsigned request', async () => {
    const response = await post(body());
    expect(response.status).toBe(400);
  });

  it('refuses a request whose body was changed after signing', async () => {
    const payload = body();
    const headers = kit.sign(payload);
    const response = await post(payload.replace('LaunchRequest', 'SessionEndedRequest'), headers);
    expect(response.status).toBe(400);
  });

  it('refuses a request signed by someone else', async () => {
    const payload = body();
    const impostor = makeSigningKit();
    const response = await post(payload, impostor.sign(payload));
    expect(response.status).toBe(400);
  });

  it('refuses a stale request, even correctly signed', async () => {
    const payload = body({ ageMs: 10 * 60_000 });
    const response = await post(payload, kit.sign(payload));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Timestamp/);
  });

  it('refuses a request for another skill, even correctly signed', async () => {
    const payload = body({ applicationId: 'amzn1.ask.skill.someone-else' });
    const response = await post(payload, kit.sign(payload));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/another skill/);
  });

  it('refuses an oversized body with a plain 400 that shows nothing of the server', async () => {
    const payload = JSON.stringify({ padding: 'x'.repeat(3 * 1024 * 1024) });
    const response = await post(payload, kit.sign(payload));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toBe('Bad request: entity.too.large');
    expect(text).not.toMatch(/node_modules|<pre>|at /);
  });

  it('refuses a certificate URL that climbs out of echo.api before fetching anything', async () => {
    const payload = body();
    const headers = {
      ...kit.sign(payload),
      SignatureCertChainUrl: 'https://s3.amazonaws.com/echo.api/../evil/cert.pem',
    };
    const response = await post(payload, headers);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/not Amazon's/);
  });

  it('refuses, with the production verifier and no network, a chain from anywhere but Amazon', async () => {
    const production = createEndpoint({
      skill: configureSkill({
        persistenceAdapter: new FilePersistenceAdapter(stateFile()),
      }).create(),
    }).listen(0, '127.0.0.1');
    try {
      const productionUrl = await listen(production);
      const payload = body();
      const headers = {
        ...kit.sign(payload),
        SignatureCertChainUrl: 'https://attacker.example/echo.api/chain.pem',
      };
      const response = await fetch(productionUrl, { method: 'POST', headers, body: payload });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/not Amazon's/);
    } finally {
      production.closeAllConnections();
      await new Promise((resolve) => production.close(resolve));
    }
  });
});

describe('npm run serve', () => {
  let child: ChildProcess | undefined;

  afterEach(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('starts the endpoint on the given port and refuses unsigned requests', async () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts.serve).toBe('tsx tools/serve/main.ts');
    child = spawn(
      process.execPath,
      [
        join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        join(root, 'tools', 'serve', 'main.ts'),
      ],
      {
        env: {
          ...process.env,
          PORT: '0',
          HOST: '127.0.0.1',
          SKILL_ID,
          FMC_STATE_FILE: stateFile(),
          FMC_TABLE: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address in: ${output}`)), 20_000);
      child!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    const health = await fetch(`${address}health`);
    expect(health.status).toBe(200);
    const payload = body();
    const refused = await fetch(address, { method: 'POST', body: payload });
    expect(refused.status).toBe(400);
  }, 30_000);
});
