import { problemForLog, type Problem } from '../kb/problem';

/**
 * Thrown when a text cannot be derived at all (empty, binary, too large). `problem` says why as
 * a code the UI puts into words; the message is for logs.
 */
export class DeriveError extends Error {
  override readonly name = 'DeriveError';

  constructor(
    readonly id: string,
    readonly problem: Problem,
  ) {
    super(`cannot derive "${id}": ${problemForLog(problem)}`);
  }
}
