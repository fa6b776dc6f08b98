/** Thrown when a text cannot be derived at all (empty, binary, too large); the message says why. */
export class DeriveError extends Error {
  override readonly name = 'DeriveError';
}
