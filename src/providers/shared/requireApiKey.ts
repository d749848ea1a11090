import { InvalidArgumentError } from '../../errors.js';

/**
 * Internal: the API key an adapter was given, else the one in `envVar`; throws when neither is
 * set, naming the variable, so a missing key fails when the client is created rather than as a
 * 401 on the first request.
 *
 * @example
 * ```ts
 * const apiKey = requireApiKey(settings.apiKey, 'TOGETHER_API_KEY', 'Together');
 * ```
 */
export function requireApiKey(given: string | undefined, envVar: string, provider: string): string {
  const key = given ?? process.env[envVar];
  if (typeof key === 'string' && key !== '') return key;
  throw new InvalidArgumentError('apiKey', `${/^[AEIOU]/.test(provider) ? 'an' : 'a'} ${provider} API key (pass \`apiKey\` or set ${envVar})`, given);
}
