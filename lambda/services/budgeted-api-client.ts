import type { services } from 'ask-sdk-model';

/**
 * node:https (with tls and crypto) costs a cold start ~6 ms of CPU to load, and only the Alexa API
 * calls (reminders) need it: loaded on the first call, so a session that never calls pays nothing.
 */
function httpClientFor(protocol: string): typeof import('node:http') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(protocol === 'https:' ? 'node:https' : 'node:http') as typeof import('node:http');
}

/**
 * ask-sdk's `DefaultApiClient`, with a time budget. The default client waits for as long as the
 * server takes, and on Lambda a pending socket also holds the response back: a stalled Alexa API
 * would keep the person waiting past Alexa's 8 s. Here a call over budget is aborted (its socket
 * closed) and rejects with a `TimeoutError`, so the skill can say so in time.
 */
export class BudgetedApiClient implements services.ApiClient {
  constructor(private readonly budgetMs: number) {}

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    const url = new URL(request.url);
    const send = httpClientFor(url.protocol).request;
    const headers: Record<string, string[]> = {};
    for (const { key, value } of request.headers ?? []) (headers[key] ??= []).push(value);
    return new Promise((resolve, reject) => {
      const outgoing = send(
        url,
        { method: request.method, headers, signal: AbortSignal.timeout(this.budgetMs) },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('error', reject);
          incoming.on('end', () => {
            const responseHeaders: Array<{ key: string; value: string }> = [];
            for (const [key, value] of Object.entries(incoming.headers)) {
              for (const one of Array.isArray(value) ? value : [value ?? ''])
                responseHeaders.push({ key, value: one });
            }
            resolve({
              statusCode: incoming.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              headers: responseHeaders,
            });
          });
        },
      );
      outgoing.on('error', (error: Error) => {
        const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError';
        const failure = new Error(
          timedOut ? `no answer within ${this.budgetMs} ms` : error.message,
        );
        failure.name = timedOut ? 'TimeoutError' : 'ApiClientError';
        reject(failure);
      });
      if (request.body) outgoing.write(request.body);
      outgoing.end();
    });
  }
}
