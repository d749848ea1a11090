import { NegationNeglectError } from '../../errors.js';

// Literal specifiers, so the CJS build turns each into a `require` of the SDK's CJS entry.
const PEER_SDKS = {
  openai: () => import('openai'),
  '@anthropic-ai/sdk': () => import('@anthropic-ai/sdk'),
};

/** An optional peer SDK the providers load on first use. */
export type PeerSdk = keyof typeof PEER_SDKS;

/**
 * Internal: loads an optional peer SDK, on an adapter's first call (`createX(settings)` is synchronous
 * and checks the settings; an import is not). When it cannot be loaded, a `missing_dependency` error
 * says who needs it and which package to install (the import error is its `cause`); every adapter
 * that loads one also takes the caller's own `client`.
 *
 * @example
 * ```ts
 * const { default: OpenAI } = await loadPeerSdk('openai', 'createOpenAIBatch');
 * ```
 */
export async function loadPeerSdk<P extends PeerSdk>(name: P, user: string): Promise<Awaited<ReturnType<(typeof PEER_SDKS)[P]>>> {
  try {
    return (await PEER_SDKS[name]()) as Awaited<ReturnType<(typeof PEER_SDKS)[P]>>;
  } catch (error) {
    throw new NegationNeglectError(
      `${user} needs the \`${name}\` package (a peer dependency): npm install ${name}, or pass your own \`client\``,
      'missing_dependency',
      { cause: error },
    );
  }
}
