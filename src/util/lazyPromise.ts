/**
 * Internal: memoizes an async factory (e.g. loading an optional peer SDK and building its client)
 * so it runs once, but forgets a failure, so a later call can succeed after the cause is fixed
 * (a key set, a package installed).
 *
 * @example
 * ```ts
 * const getClient = lazyPromise(async () => new (await import('openai')).OpenAI({ maxRetries: 0 }));
 * const client = await getClient();
 * ```
 */
export function lazyPromise<T>(create: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    if (!promise) {
      promise = create();
      promise.catch(() => {
        promise = undefined;
      });
    }
    return promise;
  };
}
