import type { FastifyInstance, FastifyRequest } from 'fastify';
import { assertSafeText } from '@app/common';

/**
 * The one place that refuses NUL characters and unpaired UTF-16 surrogates (and over-deep
 * nesting) in a request: every string and every object key, at any depth, of the path
 * parameters, the query string and a parsed body, before any guard, pipe or service sees them.
 * A refusal is a 400 VALIDATION_FAILED whose `details` name each field with the property path
 * the validation pipe uses (`email`, `data.identity.fullName`, `items.0.type`).
 *
 * A Fastify preValidation hook, registered once in bootstrap.ts, so it covers every route,
 * with or without a DTO (the local login guard reads the body before any pipe runs), and the
 * routes of plugins. Multipart bodies are streamed, not parsed here: the upload route checks
 * its field names and values with the same rule (assertSafeText) as it reads them.
 *
 * The thrown error reaches Nest's exception filter through the error handler Nest installs
 * on Fastify, so the answer has the usual ErrorBody shape and request id.
 */
export function installTextSafetyCheck(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (request: FastifyRequest, _reply, done) => {
    try {
      assertSafeText([{ value: request.params }, { value: request.query }, { value: request.body }]);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
}
