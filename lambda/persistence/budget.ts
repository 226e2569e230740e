/**
 * A storage call that must not outlast its share of Alexa's 8 s: aborted at the budget, so the
 * interceptors can answer without it, and reported as the timeout it was.
 */
export async function withBudget<T>(
  budgetMs: number,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), budgetMs);
  try {
    return await call(controller.signal);
  } catch (error) {
    if (controller.signal.aborted)
      throw new Error(`DynamoDB did not answer within ${budgetMs} ms`, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
