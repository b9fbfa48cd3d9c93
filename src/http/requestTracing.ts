import type { ApolloServerPlugin } from '@apollo/server';
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { RequestHandler } from 'express';

import type { Context } from '../context';
import { tracer } from '../telemetry/statementSpan';

/**
 * Starts a server span for every HTTP request (a child of the caller's `traceparent`, if any)
 * and runs the rest of the request inside it, so that the spans of its Cypher statements are its
 * children. The request's streams are bound to the span's context too: a body parser's
 * callbacks would otherwise run in the context of the connection. A no-op span when tracing is
 * off.
 */
export function requestTracing(): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(context.active(), req.headers);
    const path = req.path;
    const span = tracer.startSpan(
      `${req.method} ${path}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': req.method, 'url.path': path },
      },
      parent,
    );
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    const active = trace.setSpan(parent, span);
    context.bind(active, req);
    context.bind(active, res);
    context.with(active, next);
  };
}

/** Names the request's span after its GraphQL operation (`query ProgramsByYear`). */
export function tracingPlugin(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, operationName }) {
          const span = trace.getActiveSpan();
          if (span && operation) {
            const type = operation.operation;
            span.setAttribute('graphql.operation.type', type);
            if (operationName) span.setAttribute('graphql.operation.name', operationName);
            span.updateName(`${type} ${operationName ?? '(anonymous)'}`);
          }
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          const body = response.body;
          const code =
            body.kind === 'single' ? body.singleResult.errors?.[0]?.extensions?.code : undefined;
          if (typeof code === 'string')
            trace.getActiveSpan()?.setAttribute('graphql.error.code', code);
          return Promise.resolve();
        },
      });
    },
  };
}
