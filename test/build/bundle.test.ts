import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const bundle = join(root, 'dist', 'lambda', 'index.js');

function launchEnvelope(userId: string) {
  return {
    version: '1.0',
    session: {
      new: true,
      sessionId: 'session-1',
      application: { applicationId: 'amzn1.ask.skill.test' },
      user: { userId },
    },
    context: {
      System: {
        application: { applicationId: 'amzn1.ask.skill.test' },
        user: { userId },
        device: { deviceId: 'device-1', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: {
      type: 'LaunchRequest',
      requestId: 'request-1',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
    },
  };
}

function findPointEnvelope(userId: string, complaint: string) {
  const envelope = launchEnvelope(userId);
  return {
    ...envelope,
    request: {
      type: 'IntentRequest',
      requestId: 'request-2',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      dialogState: 'COMPLETED',
      intent: {
        name: 'FindPointIntent',
        confirmationStatus: 'NONE',
        slots: { complaint: { name: 'complaint', value: complaint, confirmationStatus: 'NONE' } },
      },
    },
  };
}

// Runs the shipped artefact in a separate Node process, as Lambda would load it.
function invokeBundle(envelope: object, env: Record<string, string> = {}) {
  const script = `
    const { handler } = require(${JSON.stringify(bundle)});
    handler(${JSON.stringify(envelope)}, {}, (error, result) => {
      process.stdout.write(JSON.stringify({ error: error ? String(error) : null, result }));
    });`;
  const out = execFileSync(process.execPath, ['-e', script], {
    env: { ...process.env, FMC_LOG: 'silent', ...env },
    encoding: 'utf8',
  });
  return JSON.parse(out) as {
    error: string | null;
    result: { response: { outputSpeech: { ssml: string }; shouldEndSession: boolean } };
  };
}

describe('the Lambda bundle', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'tools', 'build.mjs')], {
      cwd: root,
      stdio: 'pipe',
    });
  }, 60_000);

  const stateFile = () => join(mkdtempSync(join(tmpdir(), 'fmc-bundle-')), 'state.json');

  it('is one file that answers a LaunchRequest with a welcome and keeps listening', () => {
    expect(statSync(bundle).size).toBeGreaterThan(0);
    const { error, result } = invokeBundle(launchEnvelope('user-a'), {
      FMC_STATE_FILE: stateFile(),
    });
    expect(error).toBeNull();
    expect(result.response.outputSpeech.ssml).toMatch(/^<speak>Welcome to Foot Massage Coach/);
    expect(result.response.shouldEndSession).toBe(false);
  });

  // The bundle carries the locale files as JSON text and builds its phrase index on first use,
  // so a cold start straight into a question must still find both.
  it('answers a one-shot point question on a cold start', () => {
    const { error, result } = invokeBundle(findPointEnvelope('user-c', 'a headache'), {
      FMC_STATE_FILE: stateFile(),
    });
    expect(error).toBeNull();
    expect(result.response.outputSpeech.ssml).toMatch(
      /^<speak>For a headache, tradition points to the big toe\./,
    );
  });

  it('refuses a request for another skill when SKILL_ID is set', () => {
    const { error } = invokeBundle(launchEnvelope('user-b'), {
      FMC_STATE_FILE: stateFile(),
      SKILL_ID: 'amzn1.ask.skill.someone-else',
    });
    expect(error).toMatch(/skill id/i);
  });
});
